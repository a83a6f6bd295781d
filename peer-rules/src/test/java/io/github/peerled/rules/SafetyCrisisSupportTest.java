package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crisis read with the support around it: a bare confirmation of a crisis already met, a plan
 * reported about someone else, and the learned reading alone on talk without a crisis word.
 */
class SafetyCrisisSupportTest {
  private static List<Integer> crisisAt(String lines) {
    return Fixtures.crisisAt(lines);
  }

  @Test
  void should_not_meet_again_a_bare_i_think_about_it_yes_after_the_crisis_was_met() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: Since Alan died I've started to feel everyone would be better off if I just quietly went.
            10:01 fay RESPONSE>1: Ann, thank you for telling us. Are you thinking of ending your life?
            10:02 ann RESPONSE>2: I've thought about it. Yes.
            10:03 bo SHARING: Rough week here, the boiler broke again.
            10:04 cat SHARING: Most nights I lie there thinking it'd be easier if I didn't wake up.
            10:05 fay RESPONSE>5: Cat, are you having thoughts of ending your life?
            10:06 cat RESPONSE>6: yes. I've thought about how.
            """);

    // Ann's yes only confirms what was met at 1; Cat's answer adds how, so it is met again
    assertThat(at).containsExactly(1, 5, 7);
  }

  @Test
  void should_not_meet_again_a_short_answer_to_a_check_the_rules_read_as_a_weak_one() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: I'll be honest, I'm no right. The bank wrote again and the milk cheque's no covering it. I've been sittin in the tractor at night wi the shotgun across my knees, just thinkin how easy it'd be. The wife thinks I'm checkin the calves.
            10:01 fay RESPONSE>1: Ann, thank you for saying that. I need to ask, are you thinking about using the gun on yourself?
            10:02 ann RESPONSE>2: aye. some nights.
            """);

    assertThat(at).containsExactly(1);
  }

  @Test
  void should_meet_a_plan_reported_about_someone_else() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: Her friend's mom called me. Kayla told her friend she's got pills saved up in a sock in her drawer and she's going to do it after her finals.
            10:01 bo SHARING: My friend Imran messaged me last night, he said he's bought a rope and he's going to do it Friday after jummah.
            10:02 cat SHARING: My brother took an overdose four years ago over money. He's fine now, married, two kids.
            10:03 bo SHARING: Our Tyler was in the hospital two years ago after he tried. He's nineteen now, in community college, says therapy saved him.
            """);

    // a relative's or a friend's plan is a crisis to signpost; a past attempt told as recovery is
    // not
    assertThat(at).containsExactly(1, 2);
  }

  @Test
  void should_need_support_for_the_learned_reading_alone_on_talk_without_a_crisis_word() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: my niece calls my patches my "maps". I've decided I like it.
            10:01 bo SHARING: My grandson's started calling my sleeve my "robot arm". I've decided to be flattered.
            10:02 cat SHARING: Honestly I've been in a dark place. Four years of three times a week, four hours a go. I'm so tired of it. Sometimes I think about just not turning up, letting it run its course. I've started telling my kids I love them every time I leave the house, in case it's the last time.
            """);

    // plain talk the learned reading alone calls is left; a call it is sure of stands alone
    assertThat(at).containsExactly(3);
  }
}
