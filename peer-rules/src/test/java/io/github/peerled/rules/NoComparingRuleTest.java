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

class NoComparingRuleTest {
  private static final String RULE = "no-comparing";
  private static final Clause NO_COMPARING =
      clause("numbers", "We don't compare numbers; we talk about what helps.", RULE);

  private final Transcript group = Transcript.load("comparing-numbers");

  private static List<Finding> review(Transcript t, GroupContext context, Clause clause) {
    return byRule(Fixtures.ruleSet(List.of(clause)).review(context, t.contributions), RULE);
  }

  private static List<Finding> review(Transcript t, Clause clause) {
    return review(t, t.context(), clause);
  }

  @Test
  void should_meet_competitive_comparing_of_glucose_numbers_each_time_a_member_competes() {
    List<Finding> f = review(group, NO_COMPARING);

    assertThat(at(f)).containsExactly(3, 4, 5, 14);
    assertThat(f)
        .allSatisfy(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.NUDGE);
              assertThat(x.action()).isEqualTo(SuggestedAction.RETURN_TO_TOPIC);
              assertThat(x.message()).contains("bring the talk back to what helps in daily life");
            });
    assertThat(f.get(0).message()).startsWith("Fay is comparing numbers with others in the group.");
    assertThat(f.get(0).spans())
        .extracting(s -> s.of(group.get(3).text()))
        .containsExactly("5", "9", "Beat that");
    assertThat(f.get(1).message()).startsWith("Gus is comparing numbers with others in the group.");
    assertThat(f.get(2).message()).startsWith("Fay is comparing numbers with others in the group.");
    assertThat(f.get(3).spans())
        .extracting(s -> s.of(group.get(14).text()))
        .containsExactly("weight", "than you", "6", "kg");
  }

  @Test
  void should_name_the_groups_topic() {
    GroupContext context =
        ImmutableGroupContext.builder().from(group.context()).topic("type 1 diabetes").build();

    List<Finding> f = review(group, context, NO_COMPARING);

    assertThat(f.get(0).message())
        .endsWith(
            "You could gently bring the talk back to type 1 diabetes and what helps in daily"
                + " life.");
  }

  @Test
  void should_keep_one_exchange_open_as_long_as_the_cooldown_says() {
    Clause patient = clause("numbers", "No comparing.", RULE, Map.of("cooldown", "10"));
    Clause brisk = clause("numbers", "No comparing.", RULE, Map.of("cooldown", "9"));

    assertThat(at(review(group, patient))).containsExactly(3, 4);
    assertThat(at(review(group, brisk))).containsExactly(3, 4, 14);
  }

  @Test
  void should_read_a_comparison_in_reply_to_a_reading_as_one_of_numbers() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                10:00 a SHARING: My readings were all over the place this week.
                10:01 b RESPONSE>1: Mine's way better than yours, honestly.
                10:02 a SHARING: Good for you.
                10:03 a SHARING: I walked a lot more.
                10:04 a SHARING: And slept better.
                10:05 b SHARING: I sleep more than you do anyway.
                """);

    List<Finding> f = review(t, NO_COMPARING);

    assertThat(at(f)).containsExactly(2);
    assertThat(f.get(0).contributions()).containsExactly(1, 2);
    assertThat(f.get(0).members()).containsExactly(MemberId.of("b"), MemberId.of("a"));
    assertThat(f.get(0).message()).startsWith("Ben and Ann are comparing numbers.");
  }

  @Test
  void should_leave_own_numbers_questions_about_ranges_and_kind_comparisons_alone() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                @member c MEMBER Cy
                10:00 a SHARING: My last HbA1c was 7.2 and I was relieved.
                10:01 b QUESTION: What range should I aim for, is under 7 better than 8?
                10:02 c RESPONSE>2: You're doing better than you think, 8 is a big step from last year.
                10:03 a SHARING: My weight is lower than it was at Christmas, 70 kg now.
                10:04 b SHARING: My readings are better than they were before the pump.
                10:05 c SHARING: I'm 45, older than you lot, and my sugars still surprise me.
                10:06 a SHARING: My nurse said mine is better than yours would be on pens, whatever that means.
                10:07 b QUESTION: What time in range do people usually get in the first year?
                10:08 c SHARING: Mine's way too high this month, 9.1, and mine is lower at night.
                10:09 a QUESTION: My readings spike at 4am every day, how do I beat that?
                10:10 b SHARING: To top that off, my sensor failed at 3 mmol.
                10:11 c SHARING: I'd be ashamed to show my nurse these readings.
                10:12 a SHARING: I'm no better than you at carb counting, my a1c is 8.
                10:13 b SHARING: I want to beat my last a1c of 7.5 by summer.
                10:14 c SHARING: You lose weight when your sugars run high, 5 kg for me.
                """);

    assertThat(review(t, NO_COMPARING)).isEmpty();
  }

  @Test
  void should_catch_competitive_comparing_in_its_common_forms() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                10:00 a SHARING: My HbA1c is 5.9, beat that.
                10:01 b SHARING: Anyway.
                10:02 a SHARING: Mine's lower than yours.
                10:03 b SHARING: Anyway.
                10:04 a SHARING: You're at 9? I'd be ashamed.
                10:05 b SHARING: Anyway.
                10:06 a SHARING: Whose a1c is the best?
                10:07 b SHARING: Anyway.
                10:08 a SHARING: My TIR is 95%, bet none of you can match that.
                10:09 b SHARING: Anyway.
                10:10 a QUESTION: Who's got the lowest a1c here then?
                """);
    Clause eager = clause("numbers", "No comparing.", RULE, Map.of("cooldown", "1"));

    assertThat(at(review(t, eager))).containsExactly(1, 3, 5, 7, 9, 11);
  }

  @Test
  void should_catch_one_upping_and_claims_of_winning() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                @member c MEMBER Cy
                @member d MEMBER Dot
                10:00 a SHARING: Down 5 kg this month, bet nobody else here can do that.
                10:01 b RESPONSE>1: That's nothing, I'm 7 kg down.
                10:02 c RESPONSE>2: My a1c is 44, so I'm doing better than most of you.
                10:03 d RESPONSE>3: 6 kg for me, I'm winning this round.
                """);

    assertThat(at(review(t, NO_COMPARING))).containsExactly(1, 2, 3, 4);
  }

  @Test
  void should_leave_kind_uses_of_one_upping_words_alone() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                10:00 a SHARING: My reading was 5.4 this morning.
                10:01 b RESPONSE>1: That's nothing to worry about, 5.4 is fine. Keep up the good work.
                10:02 a SHARING: Hard to keep up with my readings, 12 alarms a night.
                """);

    assertThat(review(t, NO_COMPARING)).isEmpty();
  }

  @Test
  void should_catch_echoed_numbers_two_sides_and_belittled_numbers() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                @member c MEMBER Cy
                @member d MEMBER Dot
                10:00 a SHARING: Managed 3,000 steps yesterday.
                10:01 b RESPONSE>1: 3,000? I did 11,400 yesterday.
                10:02 c RESPONSE>1: I'm on 12 units a day and you're on 60?? What are you eating
                10:03 a SHARING: Down 1lb this week.
                10:04 d RESPONSE>4: 1lb is nothing, you must be cheating.
                """);

    assertThat(at(review(t, NO_COMPARING))).containsExactly(2, 3, 5);
  }

  @Test
  void should_leave_own_progress_questions_and_numbers_in_advice_alone() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                10:00 a SHARING: My HbA1c is 58 this time.
                10:01 b RESPONSE>1: 58? Is that good? I don't know the numbers yet.
                10:02 a SHARING: A year ago my TIR was 40%. Today it's 68%.
                10:03 b RESPONSE>3: My fasting was 11, you should start on 10 and add 2 till you're under 7.
                10:04 a RESPONSE>4: You're at 9? I was at 11 last year, you'll get there, don't be hard on yourself.
                """);

    assertThat(review(t, NO_COMPARING)).isEmpty();
  }

  @Test
  void should_read_a_reply_that_opens_with_the_number_replied_to_and_sets_its_own_beside_it() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                @member c MEMBER Cy
                10:00 a SHARING: My time in range was 71% this fortnight, best since the twins.
                10:01 b RESPONSE>1: 71 is decent I suppose. I've been sitting at 89 for a month now.
                10:02 c SHARING: I lost around 14 thousand over three years, 60 of it online.
                10:03 a RESPONSE>3: pfft 60. I was at 85 before I stopped.
                """);

    List<Finding> f = review(t, NO_COMPARING);

    assertThat(at(f)).containsExactly(2, 4);
    assertThat(f.get(0).spans()).extracting(s -> s.of(t.get(2).text())).containsExactly("71", "89");
  }

  @Test
  void should_leave_a_number_repeated_in_passing_or_in_a_message_that_replies_to_no_one() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Ben
                10:00 a SHARING: Tapering pred by 5 a week from 40, with calcium at breakfast.
                10:01 b RESPONSE>1: I did 40 down by 5 a week like you and it went fine.
                10:02 a SHARING: 6 months clean today.
                10:03 b SHARING: 6 months is huge. my worst one was back in yr 10.
                10:04 a RESPONSE>4: 10, same as me, I was 10 too.
                """);

    assertThat(review(t, NO_COMPARING)).isEmpty();
  }
}
