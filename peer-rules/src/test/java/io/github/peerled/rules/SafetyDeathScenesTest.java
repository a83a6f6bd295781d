package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graphic detail of a dying or dead body told in plain and regional words: skin that had "come
 * away", a neck "all wrong", blood "coming out his nose" (no "of"), ribs clicking; and the everyday
 * senses of the same words left alone. A seizure told with foam at the mouth alone is not read as
 * graphic: in an epilepsy group it is everyday talk.
 */
class SafetyDeathScenesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "When we found Grandad the skin had come away from his arm where he'd lain, and the smell"
            + " was everywhere.",
        "The lad under the bridge, his neck was all wrong and his lips had gone grey, and I could"
            + " hear his mum screaming up the bank.",
        "I pushed on his chest and felt the ribs clicking under my hands, and there was blood"
            + " coming out his nose.",
      })
  void should_read_a_dying_or_dead_body_in_plain_words_as_graphic(String text) {
    List<Finding> f = Fixtures.safetyFindingsOfOne(text);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("shared graphic detail of");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The price of the flat is all wrong for the area, so we're not buying it.",
        "The wallpaper has started to come away in the bathroom with all the steam.",
        "Coffee came out his nose when I told him the joke about the vicar.",
        "The clicking in my jaw is back, the dentist says it's just tension.",
        "My gullet burns after curry, so I've cut down to once a week.",
      })
  void should_leave_everyday_senses_of_those_words_alone(String text) {
    assertThat(Fixtures.safetyFindingsOfOne(text)).isEmpty();
  }
}
