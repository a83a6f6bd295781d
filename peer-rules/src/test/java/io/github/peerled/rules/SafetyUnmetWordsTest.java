package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graphic detail told in plain words the lists did not hold: a body laid open, gone or bleeding
 * into what was under it, a crust peeled from a wound, an animal's teeth, what a dead or burnt body
 * looked and sounded like; and the everyday senses of the same words left alone.
 */
class SafetyUnmetWordsTest {
  private static final String FIRST =
      "10:00 b SHARING: He was stabbed outside the chippy and bled out on the pavement.\n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "His legs are gone, only meat and bone under the knee, and the blood is black on the snow.",
        "When they pulled her out her head was open and you could see inside, blood in the dust.",
        "I could feel the knife dragging through my belly and the blood running down my side.",
        "The ulcer bleeds into my underwear and I peel the dressing off with the scab stuck to it.",
        "My eye filled with pus behind the cornea and they injected it with a needle.",
        "I was haemorrhaging so badly in the bath the water went dark red round my legs.",
      })
  void should_read_a_first_story_in_plain_words_as_graphic(String text) {
    List<Finding> f = Fixtures.safetyFindingsOfOne(text);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("shared graphic detail of");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A croc got a bloke up home, they found him bloated in the mangroves with his arm chewed"
            + " off at the shoulder.",
        "The flames melted my jeans into my skin and chunks of me came away stuck to the seat,"
            + " black and crackling.",
        "The baby was cold and stiff when she handed him to me, his little face mottled purple"
            + " down one side.",
      })
  void should_read_a_later_story_of_a_run_in_plain_words_as_graphic(String text) {
    List<Finding> f = Fixtures.safetyFindings(FIRST + "10:01 c SHARING: " + text + "\n");

    assertThat(Fixtures.at(f)).contains(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My legs are gone after that walk up the hill, I need a sit down.",
        "The door was open so I went straight in and put the kettle on.",
        "I chewed my nails all the way through the film, it was so tense.",
        "I feel so bloated after Christmas dinner, my belly is huge.",
        "The scab on my knee from the fall is nearly gone now.",
        "My eyes filled with tears when my daughter walked in with the cake.",
        "The crackling on the pork was perfect and the kids ate every bit.",
        "The scar on my cheek came away lighter than I feared after the laser.",
      })
  void should_leave_everyday_senses_of_those_words_alone(String text) {
    assertThat(Fixtures.safetyFindingsOfOne(text)).isEmpty();
    assertThat(Fixtures.at(Fixtures.safetyFindings(FIRST + "10:01 c SHARING: " + text + "\n")))
        .doesNotContain(2);
  }
}
