package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A graphic story is met as a story whatever the crisis reading makes of the same contribution: a
 * crisis finding asks after the teller's safety, the story's finding after the detail told to the
 * group, and one does not stand in for the other.
 */
class SafetyStoryBesideCrisisTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Found him at unlock, he'd cut his own throat with a razor blade, blood pooled right across"
            + " the floor and up the door, his eyes still open, and I slipped in it going in to him.",
        "The bullock came round on the hook, hanging upside down, and when they cut its throat the"
            + " blood sprayed all up my visor and it was still kicking while it was bleeding out"
            + " over me.",
        "my bro got hit by a car last yr n his head was split open on the curb, u cud see his"
            + " brain n that. i still see it wen i close my eyes",
      })
  void should_meet_a_graphic_story_as_a_story_when_a_crisis_is_read_in_it_too(String text) {
    assertThat(Fixtures.safetyFindingsOfOne(text))
        .anySatisfy(f -> assertThat(f.message()).contains("shared graphic detail of"));
  }
}
