package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FacilitatorNotExpertRuleTest {
  private static final String RULE = "facilitator-not-expert";

  private static List<Finding> review(Map<String, String> params, String lines) {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member ann FOUNDING_MEMBER Ann
                @member bob MEMBER Bob
                @member dr ADVISOR Dr Lee
                @facilitator ann
                """
                + lines);
    return byRule(Fixtures.review(List.of(clause("peers", "Peers.", RULE, params)), t), RULE);
  }

  @Test
  void should_flag_the_facilitator_giving_a_dose_but_not_sharing_their_own_experience() {
    Transcript diabetes = Transcript.load("diabetes-evening");

    List<Finding> f = byRule(Fixtures.review(Fixtures.allRules(), diabetes), RULE);

    // 7: the facilitator shares what they did; 11: the facilitator gives Dev a dose.
    assertThat(at(f)).containsExactly(11);
    assertThat(f.get(0).message()).startsWith("As facilitator, Ann");
    assertThat(f.get(0).action()).isEqualTo(SuggestedAction.SUGGEST_OWN_CARE_TEAM);
    assertThat(f.get(0).spans()).extracting(s -> s.of(diabetes.get(11).text())).contains("take");
  }

  @Test
  void should_flag_any_member_telling_someone_to_stop_their_medication() {
    List<Finding> f =
        review(
            Map.of(), "10:00 bob RESPONSE: You should stop taking your metformin, it's poison.\n");

    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).startsWith("Bob gave"));
  }

  @Test
  void should_not_flag_ones_own_regimen_or_a_doctors_instruction_reported() {
    List<Finding> f =
        review(
            Map.of(),
            """
                10:00 bob SHARING: I had to stop taking my statins because of the cramps.
                10:01 ann SHARING: I take 14 units of Lantus at night.
                10:02 bob SHARING: My consultant said to double my dose in winter.
                """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_mark_advisors_instructions_as_outside_advice_unless_the_group_exempts_them() {
    String line = "10:00 dr RESPONSE: Just double your insulin when you're ill.\n";

    assertThat(review(Map.of(), line))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.action()).isEqualTo(SuggestedAction.NOTE_OUTSIDE_ADVICE);
            });
    assertThat(review(Map.of("exemptAdvisors", "true"), line)).isEmpty();
  }

  @Test
  void should_mark_the_visiting_nurse_as_outside_advice_and_keep_never_in_the_quote() {
    // given: an invited nurse explains not to stop basal insulin when ill
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member ann FOUNDING_MEMBER Ann
                @member bob MEMBER Bob
                @member priya ADVISOR Nurse Priya
                @facilitator ann
                19:00 ann OTHER: Priya is our diabetes nurse, visiting tonight. Over to you.
                19:01 bob REQUEST_FOR_SUPPORT: I had flu last month and didn't know what to do.
                19:02 priya RESPONSE>2: It's important never to stop your basal insulin when\
                 you're ill, even if you are not eating. Check your levels more often.
                """);

    // when
    List<Finding> all = Fixtures.review(Fixtures.allRules(), t);
    List<Finding> exempt =
        byRule(
            Fixtures.review(
                List.of(
                    clause("peers", "Peers.", RULE, Map.of("exemptAdvisors", "true")),
                    clause("share", "Share.", "sharing-not-advice")),
                t),
            RULE);

    // then
    assertThat(all).noneMatch(x -> x.severity() != Severity.INFO && x.contribution() == 3);
    assertThat(byRule(all, "sharing-not-advice")).isEmpty();
    assertThat(byRule(all, RULE))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.action()).isEqualTo(SuggestedAction.NOTE_OUTSIDE_ADVICE);
              assertThat(x.message())
                  .startsWith("Nurse Priya, the group's invited advisor")
                  .contains("\"never to stop your")
                  .contains("own care team");
              assertThat(x.spans())
                  .extracting(s -> s.of(t.get(3).text()))
                  .contains("never to stop your");
            });
    assertThat(exempt).isEmpty();
  }

  @Test
  void should_read_dose_changes_and_pump_settings_phrased_in_other_ways() {
    List<Finding> f =
        review(
            Map.of(),
            """
                10:00 bob RESPONSE: Sky, set your ISF to 2.5 and your max basal to 3 units.
                10:01 bob RESPONSE: Honestly just up your basal by 10% and see.
                10:02 bob RESPONSE: You'll want to cut your long-acting before the run.
                10:03 bob SHARING: I set my ISF to 2.5 last month and it helped me.
                """);

    assertThat(at(f)).containsExactly(1, 2, 3);
  }

  @Test
  void should_mark_an_advisors_instruction_that_opens_a_clause() {
    List<Finding> f =
        review(
            Map.of(),
            """
                10:00 dr RESPONSE: Bob, please don't change two things at once after one night.
                10:01 dr RESPONSE: If you feel sick, check ketones and ring the team.
                10:02 dr SHARING: In our clinic, most people settle within a month.
                """);

    assertThat(at(f)).containsExactly(1, 2);
    assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void should_mark_an_advisors_instructions_in_other_forms_but_not_a_condition() {
    List<Finding> f =
        review(
            Map.of(),
            """
                10:00 dr RESPONSE: Bob, I'd be careful there. It's best to ask his team first.
                10:01 dr RESPONSE: Of course. Grab a leaflet on the way out.
                10:02 dr RESPONSE: A little is fine. I'd suggest swapping it for plain chocolate.
                10:03 dr RESPONSE: It's real but early. I'd say it is one for later, if you want\
                 to be assessed.
                """);

    assertThat(at(f)).containsExactly(1, 2, 3);
    assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void should_leave_reported_advice_and_a_known_myth_to_their_own_readings() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member ann FOUNDING_MEMBER Ann
                @member bob MEMBER Bob
                @member cy MEMBER Cy
                @facilitator ann
                10:00 bob SHARING: I read online that you should stop your statins on a keto\
                 diet. I don't trust that one bit.
                10:01 cy RESPONSE>1: Bob you should take cinnamon instead of your metformin,\
                 cinnamon cures diabetes.
                """);

    List<Finding> f = Fixtures.review(Fixtures.allRules(), t);

    assertThat(byRule(f, RULE)).isEmpty();
    assertThat(at(byRule(f, "peer-review"))).containsExactly(2);
  }
}
