package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Crisis read in the context of the session's earlier turns. */
class SafetyCrisisContextTest {
  private static List<Integer> crisisAt(String lines) {
    return Fixtures.crisisAt(lines);
  }

  @Test
  void should_meet_a_follow_up_that_adds_a_means_or_a_time_to_an_earlier_crisis() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: I honestly don't want to be here anymore.
            10:01 fay RESPONSE>1: Ann, thank you for telling us. We're here.
            10:02 bo SHARING: Sending love Ann.
            10:03 ann RESPONSE>2: I've still got the pills from my last prescription in the kitchen.
            10:04 cat SHARING: My week was quiet, the new sensor is working well.
            10:05 ann RESPONSE>2: probably tonight, after everyone's gone to bed
            """);

    assertThat(at).containsExactly(1, 4, 6);
  }

  @Test
  void should_read_an_unsure_answer_to_are_you_safe_as_a_crisis() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: Everything feels pointless lately.
            10:01 fay RESPONSE>1: Ann, I want to check in with you. Are you safe right now?
            10:02 ann RESPONSE>2: not really
            10:03 bo SHARING: Everything feels pointless at work too, the new manager is hopeless.
            10:04 fay RESPONSE>4: Bo, are you safe right now?
            10:05 bo RESPONSE>5: yes, totally safe, just fed up with work
            """);

    // The unsure answer is the point. Ann's opening line (hopelessness, which the facilitator
    // rightly checks in on) may draw the finding too since the learned reading scores clauses;
    // Bo's line about work and his clear answer must not.
    assertThat(at).contains(3).doesNotContain(4, 6);
  }

  @Test
  void should_read_yes_or_kind_of_to_are_you_thinking_of_hurting_yourself_as_a_crisis() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: I've had a really rough week, honestly.
            10:01 fay RESPONSE>1: Ann, are you thinking of hurting yourself?
            10:02 ann RESPONSE>2: kind of. i don't know
            10:03 bo SHARING: Rough week here too, I feel like a burden on my wife.
            10:04 cat RESPONSE>4: Bo, are you having thoughts of ending your life?
            10:05 bo RESPONSE>5: no, not at all. just tired
            10:06 cat SHARING: Me too, I can't stop thinking about it sometimes.
            10:07 fay RESPONSE>7: Cat, are you having thoughts of suicide?
            10:08 cat RESPONSE>8: yes
            """);

    // 7 ("I can't stop thinking about it", after talk of being a burden) is read as a possible
    // crisis by the learned reading: the facilitator's own check right after reads it so too; so
    // Cat's bare "yes" (9) confirms a crisis already met and is not met again
    assertThat(at).containsExactly(3, 7);
  }

  @Test
  void should_read_a_weak_signal_as_a_crisis_after_an_earlier_signal_of_the_same_member() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: I feel like I'm just a weight on my family these days.
            10:01 bo SHARING: My clinic moved my appointment again, what's the point of booking.
            10:02 fay RESPONSE>1: Ann, thank you for sharing that.
            10:03 ann RESPONSE>3: honestly I can't see a way out of it
            """);

    assertThat(at).containsExactly(1, 4);
  }
}
