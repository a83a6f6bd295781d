package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a call of the learned reading rests on, and what a confirmation answers: a weak call with no
 * crisis word and no arrangement is plain talk of hard times; a yes to a check belongs to the
 * disclosure the check asked about.
 */
class SafetyCrisisSupportTest {
  private static boolean crisis(String text) {
    return !Fixtures.crisisAt("10:00 ann SHARING: " + text + "\n").isEmpty();
  }

  @Test
  void should_not_meet_plain_talk_that_the_learned_reading_alone_calls_weakly() {
    List<String> plain =
        List.of(
            "Can I say something. I am not sleeping since three weeks. My mother is sick in"
                + " Mekelle and I cannot reach her, the phone is not working there. I ride all"
                + " night so I don't think. I don't know what to do with myself.",
            "Bloods last week, lymphocytes at 42, up from 38 in spring. Consultant wasn't"
                + " bothered, so I'm trying not to be.",
            "Lorene I'll drive over tomorrow mornin' and sit with you. I mean it. I'll bring the"
                + " coffee.",
            "I've been asked to take another ICPC for next week and I genuinely don't know how"
                + " I'll fit it in. I haven't said no to anything in two years.");

    assertThat(plain).filteredOn(SafetyCrisisSupportTest::crisis).isEmpty();
  }

  @Test
  void should_still_meet_a_weak_learned_call_that_rests_on_a_crisis_word_or_an_arrangement() {
    List<String> disclosures =
        List.of(
            "ngl not great. parents found out im failing college. been givin my stuff away to my"
                + " lil sis. wont need it after the weekend anyway",
            "Can I say something. I've been going up to the footbridge by the yard on my rest days"
                + " and timing the freights. I know which one doesn't stop there. I haven't told"
                + " the wife any of this.",
            "I've put Raj's ashes on the dresser with the letters I've written to my sisters."
                + " Sunday is ten years since our wedding and I've decided that's the day I go to"
                + " be with him. I've stopped being scared of it.");

    assertThat(disclosures).filteredOn(t -> !crisis(t)).isEmpty();
  }

  @Test
  void should_name_the_disclosure_that_a_yes_to_a_check_confirms() {
    List<Finding> findings =
        Fixtures.byRule(
            Fixtures.review(
                Fixtures.allRules(),
                Transcript.parse(
                    "s",
                    Fixtures.FACILITATED_BY_FAY
                        + """
                        10:00 ann SHARING: Quiet week. I've been sitting up nights a lot since \
                        he went.
                        10:01 bo SHARING: Glad you're here Ann.
                        10:02 fay RESPONSE>1: Ann, thank you for saying. Are you thinking of \
                        ending your life?
                        10:03 ann RESPONSE>3: Sometimes. Yes.
                        10:04 cat SHARING: My week was fine, the new sensor works.
                        """)),
            "safety");

    assertThat(findings)
        .filteredOn(f -> f.contribution() == 4)
        .singleElement()
        .satisfies(f -> assertThat(f.contributions()).containsExactly(1, 4));
  }
}
