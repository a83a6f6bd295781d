package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graphic detail read by composition: a verb of violence or injury with a body part or bodily
 * matter in one sentence, and a wound with bodily matter; everyday senses stay quiet.
 */
class SafetyGraphicCompositionTest {
  private static List<Finding> safety(String text) {
    return Fixtures.safetyFindingsOfOne(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "He gouged out the man's eyes with his thumbs.",
        "The machine crushed his hand and the bones were poking through.",
        "My brother was slashed across the face with a broken bottle.",
        "He was beaten so badly his face was unrecognisable.",
        "The dog ripped into her throat before anyone could pull it off.",
        "The nurse pulled the drain out and it was full of pus and old blood.",
        "After the amputation the stump wept blood through the dressing for days.",
        "They cut the dead flesh away from the ulcer until the tendon showed.",
      })
  void should_read_a_harm_verb_or_a_wound_with_the_body_as_graphic_detail(String text) {
    List<Finding> f = safety(text);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("shared graphic detail of");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My blood sugar shot up to 18 after the pizza.",
        "I had a blood test and they took it from my arm.",
        "When she left, my heart broke into pieces.",
        "I was just killing time in the waiting room.",
        "I crushed my finger in the car door yesterday, ouch.",
        "The news crushed me, I couldn't face anyone for days.",
        "I get a stabbing pain in my chest when I climb the stairs.",
        "I stabbed my finger with the lancet four times this morning.",
        "I had my flu shot today and my arm is sore.",
        "The surgeon said the wound is healing well and the stitches come out Friday.",
        "The pharmacy ripped me off, charging me for the test strips.",
        "I tore a ligament in my knee playing football.",
      })
  void should_leave_everyday_senses_of_those_words_alone(String text) {
    assertThat(safety(text)).isEmpty();
  }
}
