package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafetyCrisisTest {
  private static final String RULE = "safety";

  static List<String> lines(String name) {
    try (InputStream in = SafetyCrisisTest.class.getResourceAsStream("/safety/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      List<String> out = new ArrayList<>();
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Transcript one(String text) {
    return Transcript.parse(
        "s", "@member a MEMBER Ann\n@facilitator f\n10:00 a SHARING: " + text + "\n");
  }

  /** The sentences whose contribution draws no crisis finding from a rule set. */
  static List<String> missed(RuleSet rules, List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      Transcript t = one(s);
      boolean crisis =
          byRule(rules.review(t.context(), t.contributions), RULE).stream()
              .anyMatch(
                  f ->
                      f.severity() == Severity.INTERVENE
                          && f.action() == SuggestedAction.CHECK_SAFETY
                          && f.signposts().contains(Fixtures.CRISIS_LINE)
                          && f.message().contains("the Samaritans (116 123)"));
      if (!crisis) {
        out.add(s);
      }
    }
    return out;
  }

  private static RuleSet lenient() {
    return Fixtures.ruleSet(
        List.of(
            clause(
                "safety",
                "We look after each other.",
                RULE,
                Map.of(
                    "graphicThreshold", "100", "traumaInScope", "true", "avalancheCount", "100"))));
  }

  @Test
  void should_meet_every_crisis_disclosure_however_it_is_said() {
    List<String> crisis = lines("crisis.txt");

    assertThat(crisis).hasSizeGreaterThanOrEqualTo(30);
    assertThat(missed(Fixtures.ruleSet(Fixtures.allRules()), crisis)).isEmpty();
  }

  @Test
  void should_meet_crisis_whatever_the_parameters_and_when_no_clause_binds_safety() {
    List<String> crisis = lines("crisis.txt");
    RuleSet unbound = Fixtures.ruleSet(List.of(clause("share", "Share.", "sharing-not-advice")));

    assertThat(missed(lenient(), crisis)).isEmpty();
    assertThat(missed(unbound, crisis)).isEmpty();
  }

  @Test
  void should_raise_no_crisis_on_everyday_figures_of_speech() {
    List<String> negatives = lines("not-crisis.txt");
    RuleSet rules = Fixtures.ruleSet(Fixtures.allRules());

    assertThat(negatives).hasSizeGreaterThanOrEqualTo(20);
    assertThat(missed(rules, negatives)).containsExactlyElementsOf(negatives);
  }

  @Test
  void should_never_read_a_crisis_disclosure_as_advice() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Bo
                @facilitator b
                10:00 a SHARING: You should all know I'm done, I've been saving up my pills.
                10:01 b RESPONSE>1: Just stop taking your insulin and it's over, I've thought about it, I don't want to be here anymore.
                """);

    List<Finding> f = Fixtures.review(Fixtures.allRules(), t);

    assertThat(f).extracting(Finding::ruleId).containsOnly(RULE);
    assertThat(f)
        .extracting(Finding::action)
        .containsExactly(SuggestedAction.CHECK_SAFETY, SuggestedAction.CHECK_SAFETY);
  }
}
