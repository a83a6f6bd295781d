package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.guideline.Clause;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafetyRuleTest {
  private static final String RULE = "safety";
  private final Transcript rare = Transcript.load("rare-condition-online");

  @Test
  void should_meet_a_graphic_story_told_calmly_then_the_avalanche_then_crisis() {
    List<Finding> f = byRule(Fixtures.review(Fixtures.allRules(), rare), RULE);

    assertThat(at(f)).containsExactly(9, 10, 11, 13, 14);
    assertThat(f.get(0).severity()).isEqualTo(Severity.NUDGE); // calm, still graphic
    assertThat(f.get(0).action()).isEqualTo(SuggestedAction.AFFIRM_AND_SIGNPOST);
    assertThat(f.get(0).message()).contains("\"blood everywhere\"");
    assertThat(f.get(2).severity()).isEqualTo(Severity.INTERVENE);
    assertThat(f.get(2).action()).isEqualTo(SuggestedAction.RETURN_TO_TOPIC);
    assertThat(f.get(2).contributions()).containsExactly(9, 10, 11);
  }

  @Test
  void should_surface_crisis_language_with_the_crisis_line_even_when_joking() {
    List<Finding> f = byRule(Fixtures.review(Fixtures.allRules(), rare), RULE);

    assertThat(f.subList(3, 5))
        .allSatisfy(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INTERVENE);
              assertThat(x.signposts()).containsExactly(Fixtures.CRISIS_LINE);
              assertThat(x.message()).contains("the Samaritans (116 123)");
            });
    assertThat(f.get(4).spans())
        .extracting(s -> s.of(rare.get(14).text()))
        .containsExactly("kill myself");
  }

  @Test
  void should_surface_crisis_language_whatever_the_parameters() {
    Clause lenient =
        clause(
            "safety",
            "We look after each other.",
            RULE,
            Map.of(
                "graphicThreshold", "100",
                "traumaInScope", "true",
                "avalancheCount", "100",
                "avalancheWindow", "100"));

    List<Finding> f = byRule(Fixtures.review(List.of(lenient), rare), RULE);

    assertThat(at(f)).containsExactly(13, 14);
  }

  @Test
  void should_surface_crisis_language_even_when_no_clause_binds_safety() {
    List<Finding> f =
        Fixtures.review(List.of(clause("share", "Share.", "sharing-not-advice")), rare);

    assertThat(byRule(f, RULE)).extracting(Finding::contribution).containsExactly(13, 14);
    assertThat(byRule(f, RULE)).allSatisfy(x -> assertThat(x.clauseId()).isEmpty());
  }

  @Test
  void should_leave_trauma_themes_alone_when_they_are_the_groups_topic() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER A
                @member b MEMBER B
                @member c MEMBER C
                10:00 a SHARING: The abuse went on for years.
                10:01 b SHARING: My flashbacks are worse in winter.
                10:02 c SHARING: He stabbed me in the neck and I was bleeding all over the floor.
                10:03 a SHARING: He smashed my face into the wall and my nose poured blood.
                """);

    List<Finding> out = byRule(Fixtures.review(List.of(clause("safety", "Safe.", RULE)), t), RULE);
    List<Finding> in =
        byRule(
            Fixtures.review(
                List.of(clause("safety", "Safe.", RULE, Map.of("traumaInScope", "true"))), t),
            RULE);

    // themes and stories together make an avalanche; themes in scope are no stories
    assertThat(out).extracting(Finding::action).endsWith(SuggestedAction.RETURN_TO_TOPIC);
    assertThat(out.get(out.size() - 1).contributions()).containsExactly(1, 2, 3, 4);
    assertThat(in).extracting(Finding::action).doesNotContain(SuggestedAction.RETURN_TO_TOPIC);
    assertThat(at(in)).containsExactly(3, 4);
  }

  @Test
  void should_point_to_the_crisis_line_when_no_help_is_configured_other_than_it() {
    RuleSet rules =
        RuleSet.of(
            Fixtures.version(1, List.of(clause("safety", "Safe.", RULE))),
            GroupResources.ofDefaults());
    Transcript t = Transcript.parse("s", "@member a MEMBER A\n10:00 a SHARING: I want to die.\n");

    Finding f = rules.review(t.context(), t.contributions).get(0);

    assertThat(f.signposts()).isEmpty();
    assertThat(f.message()).contains("local emergency services");
  }
}
