package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How respectful-exchange reads a personal remark by its structure: a word of contempt, a put-down
 * or a sneer, aimed at a person present or at what they said; never at oneself, a thing, someone
 * outside the group, nor a disagreement put with respect.
 */
class RespectfulExchangeReadingTest {
  private static final String RULE = "respectful-exchange";
  private static final Clause RESPECT =
      clause("respect", "We speak to each other with respect: no personal remarks.", RULE);

  private static List<Finding> review(String lines) {
    return Fixtures.reviewUnder(RESPECT, RULE, Fixtures.THREE_MEMBERS, lines);
  }

  @Test
  void should_read_name_calling_in_its_inflections_and_chat_spellings() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I think we should move the meeting to Thursdays.
            10:01 b RESPONSE>1: ur such a loser lol
            10:02 c RESPONSE>1: Ann is a total clown.
            10:03 b RESPONSE>1: you're being ridiculous
            10:04 c RESPONSE>1: u r sooo stoopid
            10:05 b RESPONSE>1: What a moron.
            10:06 c RESPONSE>1: Honestly you are the most arrogant person in this group.
            10:07 b RESPONSE>1: Stop being such a crybaby, Ann.
            10:08 c RESPONSE>1: Typical.
            10:09 b RESPONSE>1: how pathetic.
            10:10 c RESPONSE>1: you lot are a bunch of hypocrites
            """);

    assertThat(at(f)).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
  }

  @Test
  void should_read_remarks_about_a_member_present_and_about_some_people_here() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I've been on the new pump a month and I love it.
            10:01 b SHARING: Don't listen to Ann. She's clueless about pumps.
            10:02 c RESPONSE>2: lol he's such a hypocrite
            10:03 a SHARING: Some people here are so entitled.
            10:04 b SHARING: Certain members are being very childish tonight.
            """);

    assertThat(at(f)).containsExactly(2, 3, 4, 5);
    assertThat(f.get(0).members()).containsExactly(MemberId.of("b"), MemberId.of("a"));
    assertThat(f.get(1).members()).containsExactly(MemberId.of("c"), MemberId.of("b"));
  }

  @Test
  void should_read_contempt_for_what_a_member_said() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I think we should all bring a dish next week.
            10:01 b RESPONSE>1: What a stupid idea.
            10:02 c RESPONSE>1: That's rubbish and you know it.
            10:03 b RESPONSE>1: Your suggestion is idiotic.
            10:04 c RESPONSE>1: that is the dumbest comment anyone has posted here.
            10:05 b RESPONSE>1: Honestly, what a ridiculous comment.
            10:06 c RESPONSE>1: Ann, your advice is garbage.
            10:07 b RESPONSE>1: What a load of rubbish.
            """);

    assertThat(at(f)).containsExactly(2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void should_read_put_downs_sneers_and_mock_titles_aimed_at_a_member() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I walked for an hour today and my readings were lovely.
            10:01 b RESPONSE>1: Oh give it a rest.
            10:02 c RESPONSE>1: Grow up, Ann.
            10:03 b RESPONSE>1: lol ok.
            10:04 c RESPONSE>1: Sure, Jan.
            10:05 b RESPONSE>1: Whatever you say \uD83D\uDE44
            10:06 c RESPONSE>1: Spare us, please.
            10:07 b RESPONSE>1: Do you want a medal?
            10:08 c RESPONSE>1: seriously, nobody asked.
            10:09 b RESPONSE>1: Thanks for that, Captain Obvious.
            10:10 c SHARING: Oh here she comes, Saint Ann.
            10:11 b RESPONSE>1: Nice one, Einstein.
            """);

    assertThat(at(f)).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  @Test
  void should_leave_heated_but_respectful_disagreement_and_remarks_about_others_alone() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I strongly disagree with the new rota, Ben.
            10:01 b RESPONSE>1: That's not my experience at all.
            10:02 c RESPONSE>1: I think that's wrong because the clinic changed its hours.
            10:03 a SHARING: Some people are so ignorant about diabetes, my boss asked if I caught it.
            10:04 b SHARING: My son is so lazy about his injections, he drives me mad.
            10:05 c SHARING: The nurses at my clinic are useless, they never call back.
            10:06 a SHARING: When the kids grow up I'll have more time.
            10:07 b SHARING: Ugh, typical, my sensor fell off again \uD83D\uDE44
            10:08 c SHARING: My pump is so stupid, it alarms all night.
            10:09 a RESPONSE>8: lol ok that made me laugh, thanks Cy
            10:10 b SHARING: Sorry if this is a dumb question, but does anyone use Libre?
            10:11 c RESPONSE>10: That's rubbish, Ben, I'm so sorry.
            10:12 a SHARING: Cy, my GP is hopeless, she's so clueless.
            10:13 b SHARING: My ex is a total idiot, she forgot the kids' insulin.
            10:14 c SHARING: I had a stupid idea at work today and it backfired.
            10:15 a SHARING: What a stupid day, the bus broke down twice.
            10:16 b RESPONSE>15: Give it a rest for a week, Ann, you deserve it.
            10:17 c SHARING: I was killing time in the waiting room, it was a joke of a clinic.
            10:18 a RESPONSE>17: You're such a star, Cy, what a genius idea.
            10:19 b SHARING: I honestly think that's a bad idea, Ann, for these reasons.
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_read_through_hedges_and_at_what_aims_a_word_after_it() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I think everyone should try the low carb diet, it changed my life.
            10:01 b RESPONSE>1: your posts are always so self-righteous
            10:02 c RESPONSE>1: you are a complete and utter joke
            10:03 b RESPONSE>1: shut it ann
            10:04 c RESPONSE>1: Get off your soapbox.
            10:05 b RESPONSE>1: this is why nobody takes you seriously.
            10:06 c RESPONSE>1: How typical of you.
            10:07 b RESPONSE>1: You're talking rubbish again.
            """);

    assertThat(at(f)).containsExactly(2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void should_leave_a_pronoun_for_someone_else_and_a_put_down_of_a_situation_alone() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: My clinic cancelled my appointment again.
            10:01 b RESPONSE>1: He is an idiot, my consultant, I swear.
            10:02 c RESPONSE>1: Get real, the NHS is broke. I'm sorry though Ann.
            10:03 b RESPONSE>1: Honestly that's rubbish, I'm sorry you're dealing with that.
            10:04 c RESPONSE>1: That's so stupid, they cancelled yours again?
            10:05 b RESPONSE>1: I completely disagree with you about the sensor, mine has been fine.
            10:06 c RESPONSE>1: Nobody asked me either, so I just went ahead and rebooked.
            10:07 b RESPONSE>1: Typical NHS.
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_hear_a_one_word_reply_with_sympathy_as_sympathy() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: My sensor fell off in the shower on day two, again.
            10:01 b RESPONSE>1: Typical! So sorry Ann, that sucks.
            10:02 c RESPONSE>1: Rubbish. Sending hugs.
            10:03 b RESPONSE>1: lol ok. poor you though
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_never_quote_the_words_it_reads_back() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I think we should all bring a dish next week.
            10:01 b RESPONSE>1: What a stupid idea, you absolute clown.
            10:02 c RESPONSE>2: Sure, Jan.
            10:03 b SHARING: Some people here are so entitled.
            """);

    assertThat(f).hasSize(3);
    for (Finding x : f) {
      String m = x.message().toLowerCase(Locale.ROOT);
      for (String w : List.of("stupid", "clown", "jan", "entitled", "some people")) {
        assertThat(m).doesNotContain(w);
      }
    }
  }

  @Test
  void should_read_jibes_that_make_a_remark_together_but_not_one_alone() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I slipped on Saturday and I'm back at day 3.
            10:01 b RESPONSE>1: Oh well done Ann, really. Shall we get you a medal?
            10:02 c RESPONSE>1: Well done for coming back, Ann, that takes guts.
            10:03 b RESPONSE>1: No, just for sympathy, as usual. Wake me up when it's new.
            10:04 c RESPONSE>1: Some of us have been there too, as usual the weekends are hardest.
            10:05 b RESPONSE>1: Go away and stay away.
            """);

    assertThat(at(f)).containsExactly(2, 4, 6);
  }

  @Test
  void should_read_an_insult_over_one_describing_word_and_your_misspelt() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I think the new clinic is better.
            10:01 b RESPONSE>1: You're a walking cliché.
            10:02 c RESPONSE>1: your a joke
            10:03 b RESPONSE>1: You're not in recovery, you're in denial, and you're too stupid to see it.
            10:04 c RESPONSE>1: You're not stupid for asking, I asked the same.
            10:05 b RESPONSE>1: Your stupid clinic letter came too.
            10:06 c RESPONSE>1: Get lost, Derek.
            """);

    assertThat(at(f)).containsExactly(2, 3, 4, 7);
  }
}
