package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.group.MemberId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everyone counts on whole sessions: pleas left hanging, replies without a reply-to, the silent.
 */
class EveryoneCountsTranscriptTest {
  private static final String RULE = "everyone-counts";

  private static List<Finding> review(Transcript t) {
    return byRule(
        Fixtures.review(List.of(clause("everyone", "Everyone counts.", RULE, Map.of())), t), RULE);
  }

  private static List<Finding> unanswered(List<Finding> f) {
    return f.stream()
        .filter(x -> x.action() == SuggestedAction.RESPOND_TO_UNANSWERED_REQUEST)
        .toList();
  }

  @Test
  void should_quote_a_plea_left_hanging_and_rise_to_intervene_as_the_newcomer_asks_again() {
    // given: a newcomer asks three times, the third time in distress; the others talk past her
    Transcript t =
        Transcript.parse(
            "plea",
            """
                @member ann FOUNDING_MEMBER Ann
                @member bob MEMBER Bob
                @member cy MEMBER Cy
                @member dee NEWCOMER Dee
                @facilitator ann
                19:00 ann OTHER: Evening all, let's start with a round.
                19:01 dee REQUEST_FOR_SUPPORT: I'm new here. My son was just diagnosed and I\
                 don't know where to begin with his school and the injections at lunch.
                19:02 bob SHARING: My week was busy, the pump training took ages.
                19:03 cy SHARING: Same here, my sensor fell off twice at the gym.
                19:04 bob SHARING: The gym is the worst for sensors honestly.
                19:05 cy SHARING: I tape mine down now.
                19:06 dee REQUEST_FOR_SUPPORT: Sorry, could someone tell me how you dealt with it?
                19:07 bob SHARING: Anyway, the pump training was long but worth it.
                19:08 cy SHARING: I ordered the new tape too.
                19:09 dee REQUEST_FOR_SUPPORT: Please, I'm struggling and I can't cope on my own.
                19:10 bob SHARING: Right, my turn again I suppose.
                """);

    // when
    List<Finding> f = unanswered(review(t));

    // then
    assertThat(f)
        .extracting(Finding::severity)
        .containsExactly(Severity.NUDGE, Severity.INTERVENE, Severity.INTERVENE);
    assertThat(f).extracting(Finding::message).doesNotHaveDuplicates();
    assertThat(f).allSatisfy(x -> assertThat(x.members()).containsExactly(MemberId.of("dee")));
    assertThat(f.get(0).message())
        .startsWith("Dee asked for support (\"I'm new here. My son was just diagnosed and I");
    assertThat(f.get(1).message())
        .contains("again (a second time)")
        .contains("\"Sorry, could someone tell me how you dealt with it?\"")
        .contains("first asking \"I'm new here.");
    assertThat(f.get(1).contributions()).containsExactly(2, 7);
    assertThat(f.get(2).message())
        .contains("again (a third time)")
        .contains("I'm struggling")
        .contains("respond now");
    assertThat(f.get(2).contributions()).containsExactly(2, 7, 10);
  }

  @Test
  void should_intervene_when_a_request_left_unanswered_carries_distress_words() {
    // given
    Transcript t =
        Transcript.parse(
            "distress",
            """
                @member ann MEMBER Ann
                @member bob MEMBER Bob
                10:00 ann REQUEST_FOR_SUPPORT: Everything is falling apart since the diagnosis.
                10:01 bob SHARING: I had a quiet week.
                10:02 bob SHARING: Went to the coast.
                10:03 bob SHARING: The weather was good.
                10:04 bob SHARING: Back at work now.
                """);

    // then
    assertThat(unanswered(review(t)))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INTERVENE);
              assertThat(x.message()).contains("falling apart");
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Dee, I remember that feeling so well.",
        "dee I'm so sorry, that first month is hard.",
        "Welcome, we're really glad you're here.",
        "The school nurse was our lifeline with the lunchtime injections.",
        "Dee's question is one I asked too.",
        "Our school's nurse did the injection for a term.",
      })
  void should_count_a_reply_by_name_welcome_or_content_without_reply_to_as_an_answer(String reply) {
    // given: the reply is a response to nothing in particular, not right after the request
    Transcript t =
        Transcript.parse(
            "reply",
            """
                @member bob MEMBER Bob
                @member cy MEMBER Cy
                @member dee NEWCOMER Dee
                10:00 bob SHARING: Hello all.
                10:01 dee REQUEST_FOR_SUPPORT: My son was just diagnosed and I worry about the\
                 injections at school.
                10:02 bob SHARING: I had a quiet week.
                10:03 cy RESPONSE: %s
                10:04 cy SHARING: Went to the coast.
                10:05 bob SHARING: The weather was good.
                """
                .formatted(reply));

    // then
    assertThat(unanswered(review(t))).isEmpty();
  }

  @Test
  void should_not_count_an_unrelated_contribution_as_an_answer() {
    // given
    Transcript t =
        Transcript.parse(
            "unrelated",
            """
                @member bob MEMBER Bob
                @member cy MEMBER Cy
                @member dee MEMBER Dee
                10:01 dee REQUEST_FOR_SUPPORT: My son was just diagnosed and I worry about the\
                 injections at school.
                10:02 cy SHARING: My pump alarm went off in the cinema, so embarrassing.
                10:03 bob SHARING: I had a quiet week.
                10:04 cy SHARING: Went to the coast.
                10:05 bob SHARING: The weather was good.
                """);

    // then
    assertThat(unanswered(review(t))).hasSize(1);
  }

  @Test
  void should_name_every_attendee_who_never_spoke_at_the_end_even_if_invited_earlier() {
    // given: Bob takes 60% of the turns; Gus and Hal never speak, though invited early on
    String s =
        """
                @member ann FOUNDING_MEMBER Ann
                @member bob MEMBER Bob
                @member cy MEMBER Cy
                @member dee MEMBER Dee
                @member eve MEMBER Eve
                @member fay MEMBER Fay
                @member gus MEMBER Gus
                @member hal MEMBER Hal
                @facilitator ann
                @attendees ann bob cy dee eve fay gus hal
                19:00 ann OTHER: Evening all. Who would like to start?
                19:01 bob SHARING: I will. My week started badly at work.
                19:02 bob SHARING: Then my car broke down on Tuesday.
                19:03 bob SHARING: And on Wednesday I missed my clinic appointment.
                19:04 cy SHARING: That sounds like a lot.
                19:05 bob SHARING: It was. Thursday was better though.
                19:06 dee SHARING: Mine was quieter.
                19:07 bob SHARING: Friday I finally slept.
                19:08 eve SHARING: Glad you slept.
                19:09 bob SHARING: Saturday I went to my sister's.
                19:10 fay SHARING: That sounds nice.
                19:11 bob SHARING: Sunday I cooked for everyone.
                19:12 bob SHARING: And today I feel ready for the week.
                19:13 bob SHARING: Sorry, I have talked a lot.
                19:14 ann OTHER: Thank you all, see you next week.
                """;

    // when
    List<Finding> f = review(Transcript.parse("sixty", s));

    // then
    Finding early = f.get(0);
    Finding end =
        f.stream().filter(x -> x.message().contains("did not speak")).findFirst().orElseThrow();
    assertThat(early.members()).contains(MemberId.of("gus"), MemberId.of("hal"));
    assertThat(end.members()).containsExactly(MemberId.of("gus"), MemberId.of("hal"));
    assertThat(end.message()).startsWith("Gus and Hal did not speak this session");
    assertThat(f)
        .filteredOn(x -> x.action() == SuggestedAction.BALANCE_PARTICIPATION)
        .anySatisfy(x -> assertThat(x.message()).startsWith("Bob took 60% of the turns"));
  }

  @Test
  void should_not_count_the_turn_share_of_a_facilitator_who_links_each_share() {
    // given: Ann facilitates and speaks between every share, 7 of 14 turns
    String s =
        """
                @member ann FOUNDING_MEMBER Ann
                @member bob MEMBER Bob
                @member cy MEMBER Cy
                @member dee MEMBER Dee
                @facilitator ann
                19:00 ann OTHER: Evening, everyone. Bob, would you like to start?
                19:01 bob SHARING: It's three years since Dad died and it still hits me at night.
                19:02 ann OTHER: Thank you, Bob. Cy?
                19:03 cy SHARING: Mum's birthday was Sunday. I made her cake and cried.
                19:04 ann OTHER: Thank you for bringing that. Dee?
                19:05 dee SHARING: I went back to the church for the first time since the funeral.
                19:06 ann OTHER: That took courage. Bob, you wanted to add something?
                19:07 bob SHARING: Just that hearing Cy helps, I made Dad's soup last week.
                19:08 ann OTHER: Cy, how was that to hear?
                19:09 cy SHARING: It helps a lot actually.
                19:10 ann OTHER: Dee, anything before we close?
                19:11 dee SHARING: Only thanks to you all.
                19:12 ann OTHER: Thank you all. Same time next week.
                19:13 bob SHARING: Thanks Ann.
                """;

    // when
    List<Finding> f = review(Transcript.parse("linking", s));

    // then
    assertThat(f).noneMatch(x -> x.action() == SuggestedAction.BALANCE_PARTICIPATION);
  }
}
