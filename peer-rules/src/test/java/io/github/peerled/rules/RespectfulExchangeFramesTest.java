package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.respectFindings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How respectful-exchange reads first attacks made with no insult word, by the frame of the clause
 * around "you": a motive imputed ("you only post to ..."), sarcasm giving the listener's reason
 * ("Sure, Ann, because you ..."), condescension put with formal courtesy ("With respect, you
 * clearly ..."), and the listener's experience belittled as a short span; and the near misses of
 * the same shapes it leaves alone.
 */
class RespectfulExchangeFramesTest {
  @Test
  void should_read_a_motive_imputed_to_a_member_as_a_remark() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: Here's a picture of my legs after six weeks of compression. Proud of it.
            10:01 b RESPONSE>1: Ann, you just post pictures of yourself for the likes.
            10:02 a SHARING: I switched to the flat-knit leggings and they changed my summer.
            10:03 c RESPONSE>3: Be honest, you only say this stuff on here so everyone tells you how brave you are.
            10:04 n SHARING: I've had a rotten week with the new job.
            10:05 b RESPONSE>5: u just want everyone telling u ur amazing
            """);

    assertThat(at(f)).containsExactly(2, 4, 6);
  }

  @Test
  void should_read_sarcasm_that_gives_a_members_reason_as_a_remark() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: I keep buying him presents in the shops and then crying in the queue.
            10:01 b RESPONSE>1: Sure, Ann, because you're the only one in the room who ever lost anyone.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_read_condescension_put_with_courtesy_as_a_remark() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: I still can't manage more than a saucer of food at a sitting.
            10:01 b RESPONSE>1: I'm afraid, Ann, you have rather missed the point of the dietitian's talk.
            10:02 n QUESTION: Should I tell my employer about the diagnosis?
            10:03 c RESPONSE>3: With respect, you clearly haven't understood how the law works.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_read_a_members_experience_belittled_as_a_remark() {
    List<Finding> f =
        respectFindings(
            """
            10:00 n SHARING: It's a year since our Isla. I missed the birth, I was stuck on the motorway.
            10:01 b RESPONSE>1: You've been coming here three weeks, Nia. Come back when you've done ten years of it.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_leave_near_misses_of_the_same_shapes_alone() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: My mom told me last week, "You just post on those forums for attention, honey." It stung.
            10:01 b RESPONSE>1: With respect Ann, I see it differently. For me it's about the pain.
            10:02 c SHARING: The insurer denied it again. Oh sure, because I just love not walking up my own stairs.
            10:03 n SHARING: The agency quoted nine months. Sure, because it takes that long to photocopy one file.
            10:04 a RESPONSE>4: You just come along when you can, for as long as you like, Nia.
            10:05 b RESPONSE>4: You've only been diagnosed six weeks, Nia, it takes time. You're doing brilliantly.
            10:06 c RESPONSE>1: I'm afraid you'll have to wait for the nurse, Ann, she's running late.
            10:07 n RESPONSE>1: You just want to get better, that's all any of us want.
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_read_a_motive_asked_after_and_laughing_along_as_remarks() {
    List<Finding> f =
        respectFindings(
            """
            10:00 n SHARING: I've been reading up on post-polio since my mam was diagnosed.
            10:01 b RESPONSE>1: Nay lass, I'd like to know what you're really coming here for, because it's not for your mam.
            10:02 c RESPONSE>2: lol Ben 💀
            """);

    assertThat(at(f)).containsExactly(2, 3);
    assertThat(f.get(1).severity()).isEqualTo(Severity.INTERVENE);
  }

  @Test
  void should_read_put_downs_about_a_members_skin_and_nerve_as_remarks() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: I had to leave the office again because of the chewing.
            10:01 b RESPONSE>1: Grow a thicker skin, Ann.
            10:02 n SHARING: I still can't face the court hearing on my own.
            10:03 c RESPONSE>3: Here we go again. Grow a pair.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_read_a_members_posts_and_nerve_set_below_the_speakers_as_a_remark() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: Back in A&E with the shunt again last night. Scan was clear.
            10:01 b RESPONSE>1: lmao every week it's the shunt with you. Some of us have actual problems.
            10:02 n SHARING: I've ordered a wheelchair for the longer trips out.
            10:03 c RESPONSE>3: Nia, I always thought you had more backbone than that. Some of us still walk on our own two legs.
            10:04 a SHARING: Some of us have been there too, Nia. The chair gave me my summers back.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }
}
