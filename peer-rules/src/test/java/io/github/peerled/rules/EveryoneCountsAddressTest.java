package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everyone counts, read by address as well as content: an answer that comes only after four others
 * talked past the request is late; asking again flags the first ask too; a member's own sharing
 * that happens to use the asker's words, a reply to an older thread that names the asker, and a
 * welcome to the room that hands the floor on have not answered.
 */
class EveryoneCountsAddressTest {
  private static final String RULE = "everyone-counts";

  private static List<Finding> unanswered(String lines) {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member ann FOUNDING_MEMBER Ann
                @member bob MEMBER Bob
                @member cy MEMBER Cy
                @member dee NEWCOMER Dee
                @facilitator ann
                """
                + lines);
    return byRule(
            Fixtures.review(List.of(clause("everyone", "Everyone counts.", RULE, Map.of())), t),
            RULE)
        .stream()
        .filter(x -> x.action() == SuggestedAction.RESPOND_TO_UNANSWERED_REQUEST)
        .toList();
  }

  @Test
  void should_nudge_at_the_request_when_the_answer_comes_only_after_four_others() {
    // given: the facilitator comes back to Dee at the fourth contribution after her request
    List<Finding> f =
        unanswered(
            """
                10:00 ann OTHER: Evening all.
                10:01 dee REQUEST_FOR_SUPPORT: Can I say something? My son has started having\
                 absences at school. How did other parents find the first months?
                10:02 bob SHARING: Did anyone see the match last night?
                10:03 cy RESPONSE>3: Overtime winner, unreal.
                10:04 bob RESPONSE>4: Unreal. The power play finally works.
                10:05 ann RESPONSE>2: Dee, sorry, I nearly missed you. My daughter had them at 14.
                """);

    // then
    assertThat(f).singleElement().satisfies(x -> assertThat(x.contributions()).contains(2));
    assertThat(f.get(0).severity()).isEqualTo(Severity.NUDGE);
  }

  @Test
  void should_nudge_the_first_ask_and_intervene_at_the_second_when_asked_again_soon() {
    // given: two others talk past Dee's request, then she asks again
    List<Finding> f =
        unanswered(
            """
                10:00 ann OTHER: Evening all.
                10:01 dee REQUEST_FOR_SUPPORT: I did my first session on Tuesday and froze. Can\
                 someone tell me what they say when that happens?
                10:02 bob SHARING: Back from the conference, the buffet was great.
                10:03 cy RESPONSE>3: Jealous of the buffet.
                10:04 dee REQUEST_FOR_SUPPORT: Sorry, me again. I really need some help with this.
                """);

    // then
    assertThat(f).extracting(Finding::severity).containsExactly(Severity.NUDGE, Severity.INTERVENE);
    assertThat(f.get(0).contributions()).containsExactly(2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "cy SHARING: 12 weeks for me. Honestly being sick I can cope with, the comments I can't.",
        "cy SHARING: Talking of sick, has anyone tried the new bands? Twelve weeks of them.",
        "cy RESPONSE>1: Ann, twelve weeks of sick leave for me this year, and Dee, lovely hat.",
        "ann OTHER: Welcome to the new faces tonight. Bob, do you want to start us off?"
      })
  void should_not_count_a_sharing_an_older_thread_or_a_welcome_handing_on_as_an_answer(
      String line) {
    // given
    List<Finding> f =
        unanswered(
            """
                10:00 ann OTHER: Evening all.
                10:01 dee REQUEST_FOR_SUPPORT: I'm new. I'm 9 weeks and sick all day, I can't\
                 keep water down and my GP just said ginger.
                10:02 %s
                10:03 bob SHARING: My week was quiet.
                10:04 bob SHARING: Went to the coast.
                10:05 bob SHARING: Weather was good.
                """
                .formatted(line));

    // then
    assertThat(f).as(line).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "cy RESPONSE: Twelve weeks of being sick every day was me too, the unit gave me fluids.",
        "cy SHARING: Dee, I was exactly like that at 9 weeks, it does ease.",
        "ann OTHER: Welcome Dee, we're so glad you found us.",
        "cy RESPONSE>2: I was like that too, the early pregnancy unit helped."
      })
  void should_count_a_reply_by_content_name_welcome_or_link_as_an_answer(String line) {
    // given
    List<Finding> f =
        unanswered(
            """
                10:00 ann OTHER: Evening all.
                10:01 dee REQUEST_FOR_SUPPORT: I'm new. I'm 9 weeks and sick all day, I can't\
                 keep water down and my GP just said ginger.
                10:02 bob SHARING: My week was quiet.
                10:03 %s
                10:04 bob SHARING: Went to the coast.
                10:05 bob SHARING: Weather was good.
                10:06 bob SHARING: Back at work.
                """
                .formatted(line));

    // then
    assertThat(f).as(line).isEmpty();
  }
}
