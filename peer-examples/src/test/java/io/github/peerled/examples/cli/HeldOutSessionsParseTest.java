package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the format of the session sets that are labelled and kept whole rather than split by hash:
 * {@code sessions-unseen} and {@code sessions-blind} to {@code sessions-blind8} (each written
 * blind, measured once and now retired to tuning) and the {@code sessions-tuning} sets (written for
 * tuning). Every file parses and has at least one contribution. Nothing here runs the rules or
 * looks at findings; a held-out set is measured once, with {@code peer evaluate-rules}, after all
 * rule changes are in.
 */
class HeldOutSessionsParseTest {
  private static Path dir(String folder) {
    return Path.of("..", "peer-rules", "src", "test", "resources", folder);
  }

  private static List<Path> sessionFiles(String folder) throws IOException {
    try (Stream<Path> files = Files.list(dir(folder))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".session")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "sessions-unseen, 36",
    "sessions-blind, 36",
    "sessions-blind2, 36",
    "sessions-tuning3, 12",
    "sessions-tuning4, 10",
    "sessions-blind3, 36",
    "sessions-blind4, 36",
    "sessions-tuning5, 4",
    "sessions-tuning6, 10",
    "sessions-tuning7, 10",
    "sessions-blind5, 40",
    "sessions-tuning8, 6",
    "sessions-tuning10, 7",
    "sessions-tuning9, 7",
    "sessions-tuning11, 6",
    "sessions-blind6, 40",
    "sessions-tuning13, 7",
    "sessions-tuning12, 7",
    "sessions-tuning14, 6",
    "sessions-tuning17, 8",
    "sessions-tuning15, 8",
    "sessions-tuning16, 7",
    "sessions-blind7, 40",
    "sessions-blind8, 40",
    "sessions-tuning18, 7"
  })
  void should_hold_at_least_the_sessions_written_for_it(String folder, int least)
      throws IOException {
    assertThat(sessionFiles(folder))
        .as("%s holds sessions", folder)
        .hasSizeGreaterThanOrEqualTo(least);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "sessions-unseen",
        "sessions-blind",
        "sessions-blind2",
        "sessions-tuning3",
        "sessions-tuning4",
        "sessions-blind3",
        "sessions-blind4",
        "sessions-tuning5",
        "sessions-tuning6",
        "sessions-tuning7",
        "sessions-blind5",
        "sessions-tuning8",
        "sessions-tuning10",
        "sessions-tuning9",
        "sessions-tuning11",
        "sessions-blind6",
        "sessions-tuning13",
        "sessions-tuning12",
        "sessions-tuning14",
        "sessions-tuning17",
        "sessions-tuning15",
        "sessions-tuning16",
        "sessions-blind7",
        "sessions-blind8",
        "sessions-tuning18"
      })
  void should_parse_every_session_with_at_least_one_contribution(String folder) throws IOException {
    for (Path file : sessionFiles(folder)) {
      byte[] bytes = Files.readAllBytes(file);
      assertThatCode(() -> LabelledSession.parse(file.toString(), bytes))
          .as("%s/%s parses", folder, file.getFileName())
          .doesNotThrowAnyException();
      LabelledSession session = LabelledSession.parse(file.toString(), bytes);
      assertThat(session.contributions)
          .as("%s/%s has contributions", folder, file.getFileName())
          .isNotEmpty();
    }
  }
}
