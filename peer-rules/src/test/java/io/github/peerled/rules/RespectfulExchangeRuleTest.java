package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RespectfulExchangeRuleTest {
  private static final String RULE = "respectful-exchange";
  private static final Clause RESPECT =
      clause("respect", "We speak to each other with respect: no personal remarks.", RULE);
  private static final List<String> INSULTS =
      List.of("know nothing", "nobody asked", "idiot", "shut up", "grow up", "stupid");

  private final Transcript mentors = Transcript.load("mentors-falling-out");

  private static List<Finding> review(Transcript t, Clause... clauses) {
    return byRule(Fixtures.review(List.of(clauses), t), RULE);
  }

  @Test
  void should_meet_two_mentors_trading_personal_attacks_with_a_pause() {
    List<Finding> f = review(mentors, RESPECT);

    assertThat(at(f)).containsExactly(4, 5, 7, 9);
    assertThat(f).allSatisfy(x -> assertThat(x.action()).isEqualTo(SuggestedAction.PAUSE));
    assertThat(f.get(0).severity()).isEqualTo(Severity.NUDGE);
    assertThat(f.get(0).message())
        .isEqualTo(
            "Omar made a personal remark to Quinn. You could pause for a moment and remind the"
                + " group of our agreement to speak with respect.");
    assertThat(f.get(0).members()).containsExactly(MemberId.of("omar"), MemberId.of("quinn"));
  }

  @Test
  void should_intervene_when_the_attacks_are_sustained() {
    List<Finding> f = review(mentors, RESPECT);

    assertThat(f.subList(1, 4))
        .allSatisfy(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INTERVENE);
              assertThat(x.message())
                  .contains("are trading personal remarks", "our agreement to speak with respect");
            });
    assertThat(f.get(1).message()).startsWith("Quinn and Omar");
    assertThat(f.get(3).members()).containsExactly(MemberId.of("quinn"), MemberId.of("omar"));
  }

  @Test
  void should_never_quote_the_insult_but_point_at_it() {
    List<Finding> f = review(mentors, RESPECT);

    for (Finding x : f) {
      for (String insult : INSULTS) {
        assertThat(x.message().toLowerCase(java.util.Locale.ROOT)).doesNotContain(insult);
      }
    }
    assertThat(f)
        .extracting(x -> x.spans().get(0).of(mentors.get(x.contribution()).text()))
        .containsExactly("you clearly know nothing", "Nobody asked you", "Oh grow up", "Shut up");
    assertThat(f.get(2).spans())
        .extracting(s -> s.of(mentors.get(7).text()))
        .containsExactly("Oh grow up", "idiot");
  }

  @Test
  void should_escalate_later_when_told_to() {
    Clause patient =
        clause(
            "respect",
            "We speak with respect.",
            RULE,
            Map.of("escalateAfter", "3", "replyWindow", "0", "severity", "info"));

    List<Finding> f = review(mentors, patient);

    assertThat(f)
        .extracting(Finding::severity)
        .containsExactly(Severity.INFO, Severity.INFO, Severity.INTERVENE, Severity.INTERVENE);
  }

  @Test
  void should_treat_a_pile_on_within_a_few_contributions_as_sustained() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                @member c MEMBER Cy
                10:00 a SHARING: I think the new clinic hours are fine.
                10:01 b RESPONSE>1: Get a life, Ann.
                10:02 c RESPONSE>1: Honestly Ann, you're pathetic.
                10:03 a SHARING: I'm going to step away for a bit.
                10:04 a SHARING: Back now.
                10:05 b SHARING: Anyway.
                10:06 c RESPONSE>5: Seriously, nobody asked you, Ann.
                """);

    List<Finding> f = review(t, RESPECT);

    assertThat(at(f)).containsExactly(2, 3, 7);
    assertThat(f)
        .extracting(Finding::severity)
        .containsExactly(Severity.NUDGE, Severity.INTERVENE, Severity.INTERVENE);
    assertThat(f.get(1).message())
        .isEqualTo(
            "Cy made a personal remark to Ann in an exchange that is heating up. Please pause now"
                + " and remind everyone of our agreement to speak with respect.");
  }

  @Test
  void should_leave_self_talk_things_reassurance_and_respectful_disagreement_alone() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                @member c MEMBER Cy
                10:00 a SHARING: I felt so stupid when my sensor fell off in the pool.
                10:01 b SHARING: My stupid pump beeped all through the film last night.
                10:02 c RESPONSE>1: You're not stupid, Ann, it happens to all of us.
                10:03 a SHARING: I really disagree with that, Ben. The closed loop is worth the hassle.
                10:04 b RESPONSE>4: Fair enough, we just see it differently.
                10:05 c QUESTION: Stupid question, but does anyone else get site rashes?
                10:06 a RESPONSE>6: There's no such thing as a stupid question, Cy.
                10:07 b SHARING: My ex used to tell me to shut up about my diabetes.
                10:08 c SHARING: Thank you, silly me forgot my hypo kit again.
                10:09 a SHARING: I'm such an idiot, I bolused twice this morning.
                10:10 c RESPONSE>10: Your stupid sensor again? Mine did that too.
                10:11 b SHARING: My consultant said "you know nothing about carbs" and I cried.
                10:12 c RESPONSE>12: You must feel so stupid after a day like that, I would too.
                10:13 a SHARING: Dealing with the pharmacy makes me feel like an idiot.
                10:14 b SHARING: He said you're worthless so often that I believed it.
                10:15 c SHARING: I'd go to hell and back for my kids, you know that.
                10:16 a SHARING: I had to learn to read food labels all over again.
                10:17 b SHARING: After the pasta you get stuffed and then the spike comes.
                """);

    assertThat(review(t, RESPECT)).isEmpty();
  }

  @Test
  void should_name_the_member_a_remark_names_when_it_replies_to_nobody() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                @member c MEMBER Cy
                10:00 a SHARING: I switched to the new sensor this week.
                10:01 b SHARING: I'm still on the old one.
                10:02 c SHARING: Ann is such a complete idiot sometimes.
                """);

    Finding f = review(t, RESPECT).get(0);

    assertThat(f.message()).startsWith("Cy made a personal remark to Ann.");
    assertThat(f.members()).containsExactly(MemberId.of("c"), MemberId.of("a"));
  }

  @Test
  void should_catch_name_calling_and_sarcasm_in_their_common_forms() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                10:00 a SHARING: u r such a moron
                10:01 b SHARING: Ben's an idiot, I said it.
                10:02 a SHARING: Are you really this dumb?
                10:03 b SHARING: Oh sure, because you're the expert on everything.
                10:04 a SHARING: stfu ben
                10:05 b SHARING: Honestly, you're clueless about pumps.
                """);

    assertThat(at(review(t, RESPECT))).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void should_catch_put_downs_not_aimed_through_you_and_retorts() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                @member c MEMBER Cy
                10:00 a SHARING: I think the new clinic hours are fine.
                10:01 b RESPONSE>1: Oh listen to Little Miss Perfect, you smug cow.
                10:02 c SHARING: Anyway, about the rota.
                10:03 c SHARING: Shall we vote next week?
                10:04 a SHARING: Fine by me.
                10:05 b SHARING: Sure.
                10:06 c SHARING: Good.
                10:07 a SHARING: And the coffee?
                10:08 b RESPONSE>8: says the one who never brings any. pathetic.
                """);

    assertThat(at(review(t, RESPECT))).containsExactly(2, 9);
  }

  @Test
  void should_leave_self_talk_retorts_and_own_pity_parties_alone() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                10:00 a SHARING: I think the new clinic hours are fine.
                10:01 b RESPONSE>1: I forgot my kit again today. pathetic.
                10:02 a SHARING: I had a pity party for myself last night, then felt better.
                10:03 b SHARING: When my kids grow up I want to volunteer here.
                """);

    assertThat(review(t, RESPECT)).isEmpty();
  }
}
