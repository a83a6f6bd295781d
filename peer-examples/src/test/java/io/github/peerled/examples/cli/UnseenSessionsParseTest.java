package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the format of the unseen session set (measured twice, now a tuning set; the blind measure
 * is {@code sessions-blind}, see {@link BlindSessionsParseTest}): every file parses and has at
 * least one contribution. Nothing here runs the rules or looks at findings.
 */
class UnseenSessionsParseTest {
  private static final Path DIR =
      Path.of("..", "peer-rules", "src", "test", "resources", "sessions-unseen");

  private static List<Path> sessionFiles() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".session")).sorted().toList();
    }
  }

  @Test
  void should_hold_at_least_thirty_six_sessions() throws IOException {
    assertThat(sessionFiles()).hasSizeGreaterThanOrEqualTo(36);
  }

  @Test
  void should_parse_every_session_with_at_least_one_contribution() throws IOException {
    for (Path file : sessionFiles()) {
      byte[] bytes = Files.readAllBytes(file);
      assertThatCode(() -> LabelledSession.parse(file.toString(), bytes))
          .as("%s parses", file.getFileName())
          .doesNotThrowAnyException();
      LabelledSession session = LabelledSession.parse(file.toString(), bytes);
      assertThat(session.contributions).as("%s has contributions", file.getFileName()).isNotEmpty();
    }
  }
}
