package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.session.SessionId;
import io.github.peerled.examples.cli.LabelledSession.Label;
import io.github.peerled.rules.Finding;
import io.github.peerled.rules.ImmutableFinding;
import io.github.peerled.rules.Severity;
import io.github.peerled.rules.SuggestedAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleScoresTest {
  private static Finding finding(
      String rule, int at, Severity severity, SuggestedAction action, int... about) {
    return ImmutableFinding.builder()
        .ruleId(rule)
        .guidelineVersion(1)
        .sessionId(SessionId.of("s"))
        .contribution(at)
        .severity(severity)
        .action(action)
        .message("Finding of " + rule + " at " + at)
        .addContributions(about)
        .build();
  }

  private static Label label(int at, String category, Severity severity) {
    return new Label(1, at, category, severity);
  }

  @Test
  void should_read_a_safety_finding_that_checks_safety_as_crisis() {
    assertThat(
            RuleScores.category(
                finding("safety", 1, Severity.INTERVENE, SuggestedAction.CHECK_SAFETY)))
        .isEqualTo("crisis");
    assertThat(
            RuleScores.category(
                finding("safety", 1, Severity.NUDGE, SuggestedAction.AFFIRM_AND_SIGNPOST)))
        .isEqualTo("safety");
    assertThat(
            RuleScores.category(
                finding("everyone-counts", 1, Severity.NUDGE, SuggestedAction.CHECK_SAFETY)))
        .isEqualTo("everyone-counts");
  }

  @Test
  void should_match_by_contribution_and_by_contributions() {
    Finding f = finding("everyone-counts", 7, Severity.NUDGE, SuggestedAction.PAUSE, 2, 4);
    assertThat(RuleScores.matches(f, false, label(7, "everyone-counts", Severity.INFO))).isTrue();
    assertThat(RuleScores.matches(f, false, label(2, "everyone-counts", Severity.NUDGE))).isTrue();
    assertThat(RuleScores.matches(f, false, label(4, "everyone-counts", Severity.NUDGE))).isTrue();
    assertThat(RuleScores.matches(f, false, label(3, "everyone-counts", Severity.NUDGE))).isFalse();
    assertThat(RuleScores.matches(f, false, label(7, "sharing-not-advice", Severity.NUDGE)))
        .isFalse();
    assertThat(RuleScores.matches(f, false, label(0, "everyone-counts", Severity.NUDGE))).isFalse();
  }

  @Test
  void should_match_end_findings_with_end_labels_only() {
    Finding f =
        finding("everyone-counts", 9, Severity.INFO, SuggestedAction.INVITE_QUIET_MEMBER, 9);
    assertThat(RuleScores.matches(f, true, label(0, "everyone-counts", Severity.NUDGE))).isTrue();
    assertThat(RuleScores.matches(f, true, label(9, "everyone-counts", Severity.INFO))).isFalse();
    assertThat(RuleScores.matches(f, true, label(0, "safety", Severity.INFO))).isFalse();
  }

  @Test
  void should_count_precision_recall_and_severity_agreement_over_matched_labels() {
    LabelledSession s =
        LabelledSession.parse(
            "s.session",
            """
            @member a MEMBER A
            10:00 a SHARING: One.
            => everyone-counts NUDGE
            10:01 a SHARING: Two.
            => everyone-counts INFO
            10:02 a SHARING: Three.
            => sharing-not-advice NUDGE
            => end everyone-counts NUDGE
            """
                .getBytes(StandardCharsets.UTF_8));
    RuleScores scores = new RuleScores(Set.of("everyone-counts", "sharing-not-advice"));
    // one finding at 2 about 1 and 2 (judged at 2 for label 2: NUDGE!=INFO; the only one for label
    // 1: NUDGE=NUDGE), one false alarm at 3, and an end finding of another severity
    scores.add(
        s,
        List.of(
            finding("everyone-counts", 2, Severity.NUDGE, SuggestedAction.PAUSE, 1, 2),
            finding("everyone-counts", 3, Severity.NUDGE, SuggestedAction.PAUSE)),
        List.of(finding("everyone-counts", 3, Severity.INFO, SuggestedAction.PAUSE)));
    String table = scores.table("header");
    assertThat(table.lines())
        .filteredOn(l -> l.startsWith("everyone-counts "))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.trim().split(" +"))
                    .containsExactly(
                        "everyone-counts", "1", "3", "3", "2", "3", "0.667", "1.000", "0.333"));
    assertThat(table.lines())
        .filteredOn(l -> l.startsWith("sharing-not-advice "))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.trim().split(" +"))
                    .containsExactly(
                        "sharing-not-advice", "1", "1", "0", "0", "0", "-", "0.000", "-"));
    assertThat(table.lines())
        .filteredOn(l -> l.startsWith("safety "))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.trim().split(" +"))
                    .containsExactly("safety", "0", "0", "not", "bound"));
    assertThat(scores.details())
        .isEqualTo(
            """
            s
              unmatched  #3    everyone-counts         NUDGE      Finding of everyone-counts at 3
              severity   #2    everyone-counts         NUDGE      labelled INFO: Finding of everyone-counts at 2
              missed     #3    sharing-not-advice      NUDGE      Three.
              severity   end   everyone-counts         INFO       labelled NUDGE: Finding of everyone-counts at 3
            """);
  }

  @Test
  void should_judge_a_label_by_the_finding_at_its_own_contribution_not_by_a_later_recall() {
    LabelledSession s =
        LabelledSession.parse(
            "s.session",
            """
            @member a MEMBER A
            10:00 a REQUEST_FOR_SUPPORT: Can someone help?
            => everyone-counts NUDGE
            10:01 a REQUEST_FOR_SUPPORT: Please, anyone?
            => everyone-counts INTERVENE
            """
                .getBytes(StandardCharsets.UTF_8));
    RuleScores scores = new RuleScores(Set.of("everyone-counts"));
    // the repeat at 2 recalls the first request at 1 and rises: each label is judged at its place
    scores.add(
        s,
        List.of(
            finding("everyone-counts", 1, Severity.NUDGE, SuggestedAction.PAUSE),
            finding("everyone-counts", 2, Severity.INTERVENE, SuggestedAction.PAUSE, 1, 2)),
        List.of());
    assertThat(scores.table("header").lines())
        .filteredOn(l -> l.startsWith("everyone-counts "))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.trim().split(" +"))
                    .containsExactly(
                        "everyone-counts", "1", "2", "2", "2", "2", "1.000", "1.000", "1.000"));
    assertThat(scores.details()).isEmpty();
  }

  @Test
  void should_shorten_a_long_message_to_60_characters() {
    LabelledSession s =
        LabelledSession.parse(
            "s.session",
            ("@member a MEMBER A\n10:00 a SHARING: " + "x".repeat(100) + "\n=> safety NUDGE\n")
                .getBytes(StandardCharsets.UTF_8));
    RuleScores scores = new RuleScores(Set.of("safety"));
    scores.add(s, List.of(), List.of());
    assertThat(scores.details()).contains("x".repeat(60) + "...\n").doesNotContain("x".repeat(61));
  }
}
