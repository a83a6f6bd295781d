package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.respectFindings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How respectful-exchange reads the replies around a personal remark: someone calling a remark out
 * ("that's out of order", "stop there, please", "we don't talk to each other like that") is
 * stopping an attack, not making one, even when they name what was said; praise put as "is genius,
 * Ann" is not a mock title; a verdict that a member is not fit for their own work or life, drawn
 * from one hard moment ("if you can't read a ticket you shouldn't be in a kitchen", "if one fire
 * has you like this you won't last the year"), is a remark; and siding with it after a laugh or "to
 * be fair" is joining in.
 */
class RespectfulExchangeCallOutTest {
  @Test
  void should_leave_a_member_calling_a_remark_out_alone() {
    List<Finding> f =
        respectFindings(
            """
            10:00 n SHARING: I cried in the car park after my first appointment. Felt like a wreck.
            10:01 b RESPONSE>1: Grow up, Nia. Crying in car parks, honestly.
            10:02 a RESPONSE>2: Ben, that's out of order. Calling a newcomer a crybaby every week is not on, and you know it.
            10:03 c RESPONSE>2: Ben, stop there please. We don't talk to each other like that here. Take a breather.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_leave_a_call_out_that_names_the_jibe_alone() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: My scan was clear. I'm allowed to be scared anyway, surely.
            10:01 b RESPONSE>1: Oh here we go. Some of us actually have something to be scared about, Ann.
            10:02 c RESPONSE>2: Ben, that was uncalled for. Telling Ann she's a drama queen isn't okay in this group.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_read_praise_put_as_genius_as_praise() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: I freeze a wet flannel and put it on my neck when the flush starts. Cheap and quick.
            10:01 b RESPONSE>1: The frozen flannel is genius Ann, doing that tonight.
            10:02 c RESPONSE>1: That's genius, Ann. Stealing it.
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_read_a_verdict_of_unfitness_drawn_from_one_moment_as_a_remark() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: I dropped a full tray on my first shift and the manager shouted. I went home and shook.
            10:01 b RESPONSE>1: Ann, if you can't carry a tray you shouldn't be in a restaurant.
            10:02 n SHARING: A patient died on my ward on Sunday. I haven't stopped shaking since.
            10:03 c RESPONSE>3: Honestly Nia, if one death has you like this you won't last the year on a ward.
            10:04 a SHARING: The lorry cut me up on the bypass and I had to pull over and breathe.
            10:05 b RESPONSE>5: If a lorry's got you in bits, you might want to rethink the job, Ann.
            """);

    assertThat(at(f)).containsExactly(2, 4, 6);
  }

  @Test
  void should_leave_care_put_with_if_alone() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: I dropped a full tray on my first shift. I went home and shook all night.
            10:01 b RESPONSE>1: Ann, if it's got you like this you shouldn't be in work tomorrow. Rest.
            10:02 n SHARING: A patient died on my ward on Sunday. I can't sleep.
            10:03 c RESPONSE>3: If you can't sleep you shouldn't be driving, Nia. Get a lift in.
            10:04 a SHARING: I can't do the stairs yet after the op.
            10:05 b RESPONSE>5: If you can't manage stairs you shouldn't be on your own, Ann. Can someone stay?
            10:06 n SHARING: I'm dreading the night shifts after Sunday.
            10:07 c RESPONSE>7: You'll last, Nia. If I can do it you can.
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_read_siding_after_a_laugh_or_to_be_fair_as_joining_in() {
    List<Finding> f =
        respectFindings(
            """
            10:00 n SHARING: I had my first panic attack at the bus stop. I felt like such an idiot.
            10:01 b RESPONSE>1: Grow up, Nia.
            10:02 c RESPONSE>2: Ben's right to be fair. Some people in this group are made of glass.
            10:03 a SHARING: The new tablets make me dizzy in the mornings.
            10:04 b RESPONSE>4: Oh give it a rest, Ann.
            10:05 c RESPONSE>5: lol ben not wrong tho 😂 what time is the meet on friday
            """);

    assertThat(at(f)).containsExactly(2, 3, 5, 6);
  }
}
