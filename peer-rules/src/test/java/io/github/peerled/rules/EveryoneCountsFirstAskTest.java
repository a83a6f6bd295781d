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
 * Everyone counts, on the first ask and on taking the floor: a request addressed politely to the
 * room ("can anyone...", "please") is no distress by that alone, and speaking often in a lively
 * round is not crowding out the quiet ones unless one voice holds an outsize share of the turns.
 */
class EveryoneCountsFirstAskTest {
  private static final String RULE = "everyone-counts";

  private static List<Finding> review(String body) {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member ann MEMBER Ann
                @member bob MEMBER Bob
                @member cy MEMBER Cy
                @member di MEMBER Di
                @member ed MEMBER Ed
                @member fay MEMBER Fay
                """
                + body);
    return byRule(
        Fixtures.review(List.of(clause("everyone", "Everyone counts.", RULE, Map.of())), t), RULE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Can anyone tell me how they managed the first week back at work?",
        "Has anybody found a way to sleep better on the new tablets?",
        "Could you please share how you told your family about the diagnosis?",
        "Is there no one here who tried the evening clinic? I'd like to hear how it went."
      })
  void should_nudge_a_first_request_addressed_politely_to_the_room(String ask) {
    List<Finding> f =
        review(
            "10:00 ann REQUEST_FOR_SUPPORT: "
                + ask
                + "\n10:01 bob SHARING: Lovely weather today.\n"
                + "10:02 cy SHARING: The garden is full of bees.\n"
                + "10:03 di SHARING: My cat had kittens.\n"
                + "10:04 bob SHARING: We went to the beach.\n");

    assertThat(f)
        .filteredOn(x -> x.action() == SuggestedAction.RESPOND_TO_UNANSWERED_REQUEST)
        .singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.NUDGE));
  }

  @Test
  void should_not_invite_the_quiet_while_the_floor_is_shared_round_the_room() {
    // bob takes the floor three times, but in a round where four others speak as often
    List<Finding> f =
        review(
            """
                10:00 ann SHARING: Morning, who wants to start?
                10:01 bob SHARING: I'll go, a rough week with the new job.
                10:02 cy SHARING: Mine was calm, the new tablets suit me.
                10:03 di SHARING: I saw my sister at the weekend.
                10:04 ann SHARING: I tidied the whole shed, finally.
                10:05 bob SHARING: The job is getting easier by Friday though.
                10:06 ed SHARING: I had a good run of sleep this week.
                10:07 cy SHARING: The garden is coming on too.
                10:08 di SHARING: And I booked a holiday.
                10:09 bob SHARING: Mostly I wanted to say thanks for last week.
                """);

    assertThat(f).noneMatch(x -> x.message().contains("taken the floor"));
    assertThat(f).anyMatch(x -> x.message().contains("did not speak")); // fay, at the end
  }
}
