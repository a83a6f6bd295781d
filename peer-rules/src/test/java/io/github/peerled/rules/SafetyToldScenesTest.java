package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graphic stories told in plain everyday words, in no stock phrase: a body, something done to it
 * ("went the wrong way", "came away with the bandage") and what was seen, heard or smelt of it
 * ("the smell", "the noise he made", "so much of it"). Where the three meet the story is graphic;
 * where one is missing (a smell, an operation, a fall told plainly) it is not. A graphic story of
 * someone else's injury is met as a story, not as a crisis, even when the learned reading would
 * call it one.
 */
class SafetyToldScenesTest {
  private static Transcript transcript(String lines) {
    return Transcript.parse("s", Fixtures.ANN_BO_CY + lines);
  }

  private static List<Finding> findings(String lines) {
    return Fixtures.review(Fixtures.allRules(), transcript(lines));
  }

  private static List<Finding> safety(String text) {
    return Fixtures.safetyFindingsOfOne(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My dad came off the ladder. His arm went the wrong way under him and the noise he made,"
            + " I can still hear it.",
        "The cooker caught my sleeve. I remember the smell of my own skin and the sound it made,"
            + " and it came away with the tea towel when I pulled it off.",
        "When the nurse lifted the dressing his foot had gone black, and the stench and the flies"
            + " were the worst of it.",
        "My sister's face hit the windscreen, there was a hole in her cheek and so much of it, dark"
            + " red, all over the seats.",
        "we found grandad at the bottom of the stairs, his hip was bent back on itself and he was"
            + " making a gurgling noise, i can still hear it",
        "the soldiers cut my uncle with the machete. so much red on the ground. his arm was only"
            + " hanging.",
      })
  void should_read_a_hurt_body_told_through_the_senses_as_a_graphic_story(String text) {
    List<Finding> f = safety(text);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("shared graphic detail of");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I had my knee replaced on Monday, the smell of hospital food is still in my nose.",
        "My hands are sore from the garden and the whole shed smells of compost.",
        "Mum fell in the kitchen and broke her wrist, it's in a cast now and she's fine.",
        "I burst into tears when I saw my face in the mirror after chemo.",
        "My head is all over the place since I came off the tablets.",
        "The meds kick in after an hour and my legs stop aching everywhere.",
        "The baby's had a burst of colic, screaming all evening, my arms are dead.",
        "The baby was screaming all night and banged her head on the cot.",
        "I could see my knee had gone the wrong way for a second, then it clicked back in.",
      })
  void should_leave_a_sense_or_a_body_alone_without_the_other_parts_of_a_scene(String text) {
    assertThat(safety(text)).isEmpty();
  }

  @Test
  void should_meet_a_run_of_plain_stories_with_rising_severity() {
    List<Finding> f =
        byRule(
            findings(
                "10:00 a SHARING: His knee went the wrong way on the kerb, white bone through the"
                    + " skin of his leg. The noise he made I still hear.\n"
                    + "10:01 b RESPONSE>1: oh no 😢\n"
                    + "10:02 c SHARING: Dad cracked his head on the radiator. Mess everywhere.\n"),
            "safety");

    assertThat(safety("Dad cracked his head on the radiator. Mess everywhere.")).isEmpty();
    assertThat(f).extracting(x -> x.contributions().get(0)).containsExactly(1, 3);
    assertThat(f).extracting(Finding::severity).containsExactly(Severity.NUDGE, Severity.INTERVENE);
  }

  @Test
  void should_meet_a_graphic_story_of_someone_elses_injury_as_a_story_not_a_crisis() {
    // the learned reading alone calls this a crisis (it weighs words of harm and the body)
    List<Finding> f =
        findings(
            "10:00 a SHARING: Jean had another fall Tuesday. She went down in the kitchen and her"
                + " head hit the corner of the worktop. When I got to her there was a hole above"
                + " her ear and it was all coming out of it, dark red, all down her neck and onto"
                + " the lino, and it just would not stop no matter what I pressed on it.\n");

    assertThat(byRule(f, "safety"))
        .extracting(Finding::action)
        .containsExactly(SuggestedAction.AFFIRM_AND_SIGNPOST);
  }
}
