package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graphic detail read as a class: a wish to kill or murder under a modal ("I could murder a pint")
 * is hyperbole, not a story; an injury told by what it left (pieces of a person, bleeding that
 * spurts or pumps, a tourniquet held on) is graphic even without the word blood.
 */
class SafetyHyperboleAndEffectsTest {
  private static List<Finding> safety(String text) {
    return Fixtures.safetyFindingsOfOne(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The dog next door howled till three, I could have murdered it, honestly.",
        "Long day at the office. I could murder a curry right now.",
        "When she moved my mug again I could've killed her, but we laughed it off.",
        "If he hides the remote once more I would murder him, ha.",
        "Traffic was so bad I could kill someone, anyway I got there in the end.",
        "My fistula's so big the nurses call it the python, one day it'll strangle me in my sleep.",
        "I'll die on this hill: the old meter was better than the new one."
      })
  void should_not_read_a_wish_to_kill_under_a_modal_as_a_graphic_story(String text) {
    assertThat(safety(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Over my dead body, Aled, we can't spare you.",
        "Can't brush my teeth on the left side, wind on my face is like being stabbed.",
        "When it flares it's like I'm being stabbed behind the eye."
      })
  void should_not_read_an_idiom_or_a_simile_of_pain_as_a_graphic_story(String text) {
    assertThat(safety(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My cousin was murdered in his own flat and they found him lying in a pool of it.",
        "The road crash was awful, there were pieces of her all over the verge and the car.",
        "A shell landed by the wall in the war and bits of them ended up on my boots.",
        "He was hit in the throat and it was spurting through my fingers however hard I pressed.",
        "I kept the tourniquet on his thigh while it pumped out of him onto the tarmac."
      })
  void should_meet_an_injury_told_by_its_effects_as_a_graphic_story(String text) {
    assertThat(safety(text)).hasSize(1);
  }
}
