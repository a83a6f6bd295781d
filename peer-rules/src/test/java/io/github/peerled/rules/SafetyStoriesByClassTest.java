package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graphic stories read by the classes of their words rather than stock phrases: what flowed out of
 * a body, what came off or stuck out of it, damage told densely, words typed with the final g
 * dropped; a story told by one member over a few short messages; the first graphic story met with a
 * nudge however many trauma themes came before it; the name of a signpost and a word that is both a
 * trauma theme and graphic detail do not make a story.
 */
class SafetyStoriesByClassTest {
  private static List<Finding> safety(String lines) {
    return Fixtures.safetyFindings(lines);
  }

  private static List<Finding> one(String text) {
    return Fixtures.safetyFindingsOfOne(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "they got him in the chest n neck, blud was just pumpin out of him n he was makin this"
            + " chokin noise",
        "the skin on my chest came off in sheets when the paramedic cut my t-shirt off, it was"
            + " hanging like wet paper, and the blisters burst and wept for weeks.",
        "Her face hit the radiator and her cheek just opened up, her teeth had gone through her"
            + " bottom lip and it was hanging in two bits.",
        "the mucus was coming out of his nose thick and bloody and his eyes were bulging.",
        "I was peeing clots for weeks after, the catheter was full of blood and bits of tissue.",
        "His leg had been degloved from the knee down, just meat and bone.",
      })
  void should_read_graphic_detail_told_in_words_of_its_classes(String text) {
    List<Finding> f = one(text);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("shared graphic detail of");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The slugs have murdered my lettuces again. Absolute carnage in the bottom bed.",
        "My ankle was swollen for a week after I went over on it.",
        "The physio had me doing squats and my knee made this horrible crunching noise.",
        "Staples came out on Tuesday and the wound is healing well, the nurse was pleased.",
      })
  void should_leave_plain_bodies_and_hyperbole_alone(String text) {
    assertThat(one(text)).isEmpty();
  }

  @Test
  void should_add_up_a_story_one_member_tells_over_short_messages() {
    String parts =
        """
        10:01 %s SHARING: i was the first one there, before the ambulance
        10:02 %s SHARING: her face was all cut and her arm was bent the wrong way
        10:03 %s SHARING: her arm was only hanging on by the skin
        """;

    List<Finding> one = safety(parts.formatted("a", "a", "a"));
    List<Finding> three = safety(parts.formatted("a", "b", "c"));

    assertThat(at(one)).containsExactly(3);
    assertThat(one.get(0).severity()).isEqualTo(Severity.NUDGE);
    assertThat(three).isEmpty();
  }

  @Test
  void should_meet_the_first_graphic_story_with_a_nudge_after_trauma_themes() {
    List<Finding> f =
        safety(
            """
            10:01 a SHARING: The abuse went on for years.
            10:02 b SHARING: My flashbacks are worse in winter since the assault.
            10:03 c SHARING: They smashed my face into the wall, my nose broke and blood poured \
            down my coat, and they kicked my ribs when I was on the ground.
            10:04 a SHARING: He stabbed me in the neck and I was bleeding all over the kitchen.
            """);

    assertThat(at(f)).containsExactly(3, 4);
    assertThat(f.get(0).severity()).isEqualTo(Severity.NUDGE);
    assertThat(f.get(0).action()).isEqualTo(SuggestedAction.AFFIRM_AND_SIGNPOST);
    assertThat(f.get(1).severity()).isEqualTo(Severity.INTERVENE);
    assertThat(f.get(1).action()).isEqualTo(SuggestedAction.RETURN_TO_TOPIC);
    assertThat(f.get(1).contributions()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void should_not_read_the_name_of_a_signpost_as_a_story() {
    GroupResources resources =
        GroupResources.custom()
            .addSignposts(
                Signpost.of(
                    Signpost.Kind.SUPPORT,
                    "Freedom from Torture therapy referrals",
                    "ask after the group"))
            .build();
    Transcript t =
        Transcript.parse(
            "s",
            Fixtures.ANN_BO_CY
                + "10:01 a SHARING: He was stabbed outside the chippy and bled out on the"
                + " pavement.\n"
                + "10:02 f RESPONSE>1: Thank you Ann. Freedom from Torture have counsellors, I"
                + " can help with a referral after.\n");

    List<Finding> f =
        byRule(
            RuleSet.of(Fixtures.version(1, List.of(clause("safety", "Safe.", "safety"))), resources)
                .review(t.context(), t.contributions),
            "safety");

    assertThat(at(f)).containsExactly(1);
  }
}
