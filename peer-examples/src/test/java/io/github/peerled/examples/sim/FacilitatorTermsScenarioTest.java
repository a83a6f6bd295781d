package io.github.peerled.examples.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.examples.cli.PeerCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bundled scenario comparing facilitator term lengths, run by {@code peer simulate}: the term
 * metrics are printed and summarized for the arms with terms, and the bytes are the same for any
 * number of threads.
 */
class FacilitatorTermsScenarioTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int peer(String... args) {
    CommandLine cli = PeerCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void should_print_and_summarize_the_term_metrics_the_same_on_any_number_of_threads(
      @TempDir Path dir) throws Exception {
    // given the scenario comparing no terms, weekly, monthly, 3-month and one-year terms
    Path scenario =
        Path.of(
            Objects.requireNonNull(getClass().getResource("/scenarios/facilitator-terms.json"))
                .toURI());
    byte[] first = null;
    for (String threads : new String[] {"1", "2"}) {
      // when simulated
      Path o = dir.resolve("t" + threads);
      int code =
          peer(
              "simulate",
              scenario.toString(),
              "--replicates",
              "6",
              "--threads",
              threads,
              "--out",
              o.toString());
      // then it prints a table of the term metrics for the arms with terms
      assertThat(code).as(err.toString()).isZero();
      String printed = out.toString();
      String terms = printed.substring(printed.indexOf("Facilitator terms and burn-out"));
      assertThat(terms)
          .contains("facilitator_drop_outs")
          .contains("weekly")
          .contains("3-month-terms")
          .contains("one-year-term")
          .doesNotContain("no-terms");
      List<String> summary = Files.readAllLines(o.resolve("summary.csv"));
      assertThat(summary)
          .anyMatch(l -> l.startsWith("facilitator-terms,one-year-term,facilitator_drop_outs,6,"))
          .noneMatch(l -> l.startsWith("facilitator-terms,no-terms,facilitator_drop_outs"));
      assertThat(Files.readString(o.resolve("runs.jsonl"))).contains("\"burnoutEpisodes\"");
      byte[] manifest = Files.readAllBytes(o.resolve("manifest.json"));
      if (first == null) {
        first = manifest;
      }
      assertThat(manifest).isEqualTo(first);
      out.getBuffer().setLength(0);
    }
  }
}
