package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateRulesCommandTest {
  private static Path fixtures() throws URISyntaxException {
    return Path.of(
        Objects.requireNonNull(EvaluateRulesCommandTest.class.getResource("/rule-sessions"))
            .toURI());
  }

  /** The table's lines after the header, each split into its cells. */
  private static List<List<String>> rows(String report) {
    return report
        .lines()
        .skip(2)
        .takeWhile(l -> !l.isEmpty())
        .map(l -> List.of(l.trim().split(" +")))
        .toList();
  }

  // The fixture: four sessions whose marker rules raise known findings (see MarkerRule). Held out:
  // alpha-story (SHA-256 first byte 72) and charlie-end (45); tuning: bravo-quiet (210) and
  // delta-calm (91). Only safety, everyone-counts and sharing-not-advice are registered.
  //
  // alpha-story: safety #2 NUDGE matches its label; everyone-counts at #4 about #3 INFO matches
  // the NUDGE label at #3 (severity differs); sharing-not-advice #4 matches; crisis #5 matches.
  // bravo-quiet: sharing-not-advice #3 matches nothing; everyone-counts #4 matches nothing (the
  // only label is an end label); the end finding NUDGE matches the end label; one no-comparing
  // label, not bound.
  // charlie-end: the end finding (raised at #2) does not match the label at #2; that label and
  // the sharing-not-advice label at #2 are missed.
  // delta-calm: @bind silences sharing-not-advice, so its marker raises nothing.
  @Test
  void should_print_the_table_computed_by_hand_for_all_sessions() throws Exception {
    String report =
        EvaluateRulesCommand.evaluate(fixtures(), Split.ALL, false, MarkerRule.registry());
    assertThat(report.lines().findFirst())
        .contains("Facilitation rules, split all: 4 of 4 labelled sessions in " + fixtures());
    assertThat(rows(report))
        .containsExactly(
            List.of("crisis", "1", "1", "1", "1", "1", "1.000", "1.000", "1.000"),
            List.of("safety", "1", "1", "1", "1", "1", "1.000", "1.000", "1.000"),
            List.of("everyone-counts", "3", "3", "4", "2", "2", "0.500", "0.667", "0.500"),
            List.of("sharing-not-advice", "3", "2", "2", "1", "1", "0.500", "0.500", "1.000"),
            List.of("facilitator-not-expert", "0", "0", "not", "bound"),
            List.of("peer-review", "0", "0", "not", "bound"),
            List.of("existing-answer", "0", "0", "not", "bound"),
            List.of("respectful-exchange", "0", "0", "not", "bound"),
            List.of("no-comparing", "1", "1", "not", "bound"),
            List.of("total", "4", "7", "8", "5", "5", "0.625", "0.714", "0.800"),
            List.of(
                "not",
                "bound",
                "(no",
                "such",
                "rule",
                "registered;",
                "left",
                "out",
                "of",
                "the",
                "total):",
                "facilitator-not-expert,",
                "peer-review,",
                "existing-answer,",
                "respectful-exchange,",
                "no-comparing"));
  }

  @Test
  void should_score_the_held_out_and_the_tuning_sessions_apart() throws Exception {
    String heldOut =
        EvaluateRulesCommand.evaluate(fixtures(), Split.HELDOUT, false, MarkerRule.registry());
    assertThat(heldOut.lines().findFirst())
        .hasValueSatisfying(h -> assertThat(h).contains("split heldout: 2 of 4"));
    assertThat(rows(heldOut))
        .contains(
            List.of("crisis", "1", "1", "1", "1", "1", "1.000", "1.000", "1.000"),
            List.of("everyone-counts", "2", "2", "2", "1", "1", "0.500", "0.500", "0.000"),
            List.of("sharing-not-advice", "2", "2", "1", "1", "1", "1.000", "0.500", "1.000"),
            List.of("no-comparing", "0", "0", "not", "bound"),
            List.of("total", "2", "6", "5", "4", "4", "0.800", "0.667", "0.750"));
    String tuning =
        EvaluateRulesCommand.evaluate(fixtures(), Split.TUNING, false, MarkerRule.registry());
    assertThat(rows(tuning))
        .contains(
            List.of("crisis", "0", "0", "0", "0", "0", "-", "-", "-"),
            List.of("everyone-counts", "1", "1", "2", "1", "1", "0.500", "1.000", "1.000"),
            List.of("sharing-not-advice", "1", "0", "1", "0", "0", "0.000", "-", "-"),
            List.of("no-comparing", "1", "1", "not", "bound"),
            List.of("total", "2", "1", "3", "1", "1", "0.333", "1.000", "1.000"));
  }

  @Test
  void should_list_misses_per_session_with_details() throws Exception {
    String report =
        EvaluateRulesCommand.evaluate(fixtures(), Split.TUNING, true, MarkerRule.registry());
    assertThat(report)
        .endsWith(
            """

            Missed labels, unmatched findings and severity disagreements, per session:
            bravo-quiet
              unmatched  #3    sharing-not-advice      NUDGE      Marker sharing-not-advice NUDGE at 3
              unmatched  #4    everyone-counts         INFO       Marker everyone-counts INFO at 4
            """);
  }

  @Test
  void should_list_a_matched_finding_whose_severity_differs_from_its_label() throws Exception {
    String report =
        EvaluateRulesCommand.evaluate(fixtures(), Split.ALL, true, MarkerRule.registry());
    assertThat(report)
        .contains(
            "alpha-story\n  severity   #3    everyone-counts         INFO       labelled NUDGE: Marker"
                + " everyone-counts INFO 3 at 4\n");
  }

  private static final String CALM =
      """
      # A calm session.
      @member ana MEMBER Ana
      @member ben MEMBER Ben
      @facilitator ana
      10:00 ana OTHER: Welcome, everyone.
      10:01 ben SHARING: A quiet week for me; my readings were steady.
      """;

  @Test
  void should_print_the_same_bytes_every_run_with_the_built_in_rules(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("calm.session"), CALM);
    PeerProcess.Run first = PeerProcess.inThisJvm("evaluate-rules", dir.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(PeerProcess.inThisJvm("evaluate-rules", dir.toString())).isEqualTo(first);
    assertThat(first.out()).startsWith("Facilitation rules, split all: 1 of 1 labelled sessions");
    assertThat(rows(first.out()))
        .extracting(r -> r.get(0))
        .containsSubsequence(
            "crisis",
            "safety",
            "everyone-counts",
            "sharing-not-advice",
            "facilitator-not-expert",
            "peer-review",
            "existing-answer",
            "respectful-exchange",
            "no-comparing",
            "total");
  }

  @Test
  void should_report_the_first_problem_of_every_bad_file_and_print_nothing(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("a.session"), "@member a MEMBER A\n10:00 b SHARING: Hi.\n");
    Files.writeString(dir.resolve("b.session"), "@member a MEMBER A\n10:00 a SHARING: Hi.\n");
    Files.writeString(
        dir.resolve("c.session"), "@member a MEMBER A\n=> safety NUDGE\n=> safety LOUD\n");
    Files.writeString(dir.resolve("notes.txt"), "not a session");
    PeerProcess.Run run = PeerProcess.inThisJvm("evaluate-rules", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "peer evaluate-rules: "
                + dir.resolve("a.session")
                + ":2: unknown member 'b': declare them with an @member line above\n"
                + "peer evaluate-rules: "
                + dir.resolve("c.session")
                + ":2: a label before any contribution: it goes under the contribution it is"
                + " about\n");
  }

  @Test
  void should_reject_bad_parameters_of_a_bind_line_with_its_line() throws Exception {
    Path dir = Files.createTempDirectory("sessions");
    try {
      Files.writeString(
          dir.resolve("a.session"),
          "@member a MEMBER A\n@bind sharing-not-advice silent=maybe\n10:00 a SHARING: Hi.\n",
          StandardCharsets.UTF_8);
      assertThatThrownBy(
              () -> EvaluateRulesCommand.evaluate(dir, Split.ALL, false, MarkerRule.registry()))
          .isInstanceOf(EvaluateRulesCommand.BadSessions.class)
          .hasMessageStartingWith(dir.resolve("a.session") + ":2: ")
          .hasMessageContaining("maybe");
      Files.writeString(
          dir.resolve("a.session"),
          "@member a MEMBER A\n@bind no-such-rule x=1\n10:00 a SHARING: Hi.\n",
          StandardCharsets.UTF_8);
      assertThatThrownBy(
              () -> EvaluateRulesCommand.evaluate(dir, Split.ALL, false, MarkerRule.registry()))
          .hasMessage(dir.resolve("a.session") + ":2: @bind names an unknown rule 'no-such-rule'");
      // a rule of a known category that is not registered: its labels are not bound, no error
      Files.writeString(
          dir.resolve("a.session"),
          "@member a MEMBER A\n@bind no-comparing x=1\n10:00 a SHARING: Hi.\n",
          StandardCharsets.UTF_8);
      assertThat(EvaluateRulesCommand.evaluate(dir, Split.ALL, false, MarkerRule.registry()))
          .contains("no-comparing");
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  @Test
  void should_reject_a_missing_or_empty_directory_and_bad_arguments(@TempDir Path dir) {
    PeerProcess.Run missing =
        PeerProcess.inThisJvm("evaluate-rules", dir.resolve("nope").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("nope: no such directory");
    PeerProcess.Run empty = PeerProcess.inThisJvm("evaluate-rules", dir.toString());
    assertThat(empty.exitCode()).isEqualTo(1);
    assertThat(empty.err()).contains("holds no *.session file");
    PeerProcess.Run split =
        PeerProcess.inThisJvm("evaluate-rules", dir.toString(), "--split", "test");
    assertThat(split.exitCode()).isEqualTo(2);
    assertThat(split.err()).contains("unknown --split 'test'");
    PeerProcess.Run details =
        PeerProcess.inThisJvm("evaluate-rules", dir.toString(), "--split", "heldout", "--details");
    assertThat(details.exitCode()).isEqualTo(2);
    assertThat(details.err()).contains("use it with --split tuning");
    assertThat(details.out()).isEmpty();
    PeerProcess.Run all = PeerProcess.inThisJvm("evaluate-rules", dir.toString(), "--details");
    assertThat(all.exitCode()).isEqualTo(2);
    assertThat(all.err()).contains("on a directory that holds a TUNING file");
  }

  @Test
  void should_list_details_of_a_whole_directory_marked_as_a_tuning_set(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("alpha-story.session"), CALM);
    Files.writeString(dir.resolve("TUNING"), "");
    PeerProcess.Run all = PeerProcess.inThisJvm("evaluate-rules", dir.toString(), "--details");
    assertThat(all.exitCode()).isZero();
    assertThat(all.out()).contains("severity disagreements, per session:");
    PeerProcess.Run heldout =
        PeerProcess.inThisJvm("evaluate-rules", dir.toString(), "--split", "heldout", "--details");
    assertThat(heldout.exitCode()).isEqualTo(2);
  }

  @Test
  void should_run_from_the_command_line_on_a_split(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("alpha-story.session"), CALM);
    Files.writeString(dir.resolve("delta-calm.session"), CALM);
    PeerProcess.Run run =
        PeerProcess.inThisJvm("evaluate-rules", dir.toString(), "--split", "heldout");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Facilitation rules, split heldout: 1 of 2").contains("total");
  }
}
