package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graphic detail read by clause: a body, or a part of it, and in the same clause what was left of
 * it or came out of it ("his belly open", "half his face gone", "bone showing"), told in no stock
 * phrase; and the everyday senses of body words with the same small words, which draw no graphic
 * story (a crisis reading of an everyday sentence is another rule's matter).
 */
class SafetyBodyClausesTest {
  /** The graphic-story findings of one contribution: a crisis reading is not read here. */
  private static List<Finding> stories(String text) {
    return Fixtures.safetyFindingsOfOne(text).stream()
        .filter(f -> f.action() != SuggestedAction.CHECK_SAFETY)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "There was a boy on my table with his belly open, his guts were out on the stretcher and I"
            + " was holding them in.",
        "The blast had taken his legs off at the knee and he was dragging the stumps with bone"
            + " showing.",
        "There was a teacher with half his face gone still sitting at the desk, flies in the"
            + " wound.",
        "They'd done their best but his hands were all scraped raw and they'd put makeup over the"
            + " side of his face.",
        "There was blood all down the stairs, the lad's arm off at the elbow.",
      })
  void should_read_a_body_and_what_was_left_of_it_in_one_clause_as_graphic(String text) {
    List<Finding> f = stories(text);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("shared graphic detail of");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My heart broke when she moved out.",
        "I finally got my hair cut short and I love it.",
        "I bled for that team for twenty years and they sold the ground.",
        "Had a blood test this morning, the nurse got it first go in my arm.",
        "The surgeon cut a small opening in my belly and took the gallbladder out through it.",
        "My back is killing me after the gardening.",
        "I sat there with my mouth open when the consultant said I was in remission.",
        "Keep your eyes open for the new leaflets in the waiting room.",
        "My knee's gone again, I was off work all week.",
        "My legs went to jelly when I saw the letter.",
        "I put my hand out to steady myself and hit my head on the cupboard.",
        "My hair is falling out in clumps since the second round of chemo.",
        "The skin on my hands is cracked and raw from the hand gel at work.",
        "My ankles were swollen by the end of the shift.",
        "My eyes were out on stalks when I saw the bill.",
        "I got my ears pierced again and one of them is still a bit raw.",
        "I broke my wrist skiing in February, the cast came off last week.",
        "He hit the roof when I told him I'd cut my hours.",
        "My nails are gone soft and the skin round them peels off.",
        "Hands off my biscuits, Janet.",
        "I had my wisdom teeth out on Friday and my face is still swollen.",
        "My chest was tight and my nose ran all night, typical winter cold.",
        "My mouth is open all night with the CPAP mask, it dries my throat out.",
        "The bruise on my leg has gone yellow now, so it must be healing.",
        "I cut my finger chopping onions and it bled all over the board.",
        "The cat scratched my arm and drew a bit of blood.",
        "I'm dying to know how the bake sale went.",
        "The kids were bouncing off the walls after the party.",
        "My stomach was in knots before the scan, I was all over the place.",
        "She gave me her heart and soul, that woman.",
        "I opened up to my sister about the drinking and she hugged me.",
        "My head was all over the shop after the news.",
        "I laughed my head off at the panto.",
        "My feet were killing me in those shoes, I took them off at the door.",
        "The dog had its nose in the bin and rubbish was out all over the kitchen floor.",
      })
  void should_leave_everyday_body_talk_alone(String text) {
    assertThat(stories(text)).isEmpty();
  }
}
