package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.guideline.Clause;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Graphic stories as people tell them: verbs in every inflection with the person they are done to,
 * chat spellings, blood that flows and a body that came apart; a further story of a run needs less
 * detail than the first; everyday senses and hyperbole stay quiet.
 */
class SafetyRunsAndSpellingsTest {
  private static final String FIRST =
      "10:01 a SHARING: He was stabbed outside the chippy and bled out on the pavement.\n";

  private static Transcript transcript(String lines) {
    return Transcript.parse("s", Fixtures.ANN_BO_CY + lines);
  }

  private static List<Finding> safety(String lines) {
    return Fixtures.safetyFindings(lines);
  }

  private static List<Finding> one(String text) {
    return Fixtures.safetyFindingsOfOne(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "He used to choke me every time he came home drunk.",
        "my mate got stabed outside the bus station last week",
        "there was blood evrywhere on the kitchen floor when i got home",
        "He dragged me down the hall by my hair in front of the kids.",
        "When they pulled the catheter out, blood sprayed all over the sheet.",
        "i used to burn myself w a lighter till the skin bubbled",
        "A lad at school got glassed in the face at the party.",
        "The car hit him so hard his leg was ripped apart.",
      })
  void should_read_inflections_and_chat_spellings_as_graphic_detail(String text) {
    List<Finding> f = one(text);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("shared graphic detail of");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I broke my arm skiing last year, all healed now.",
        "I burned my hand on the oven door making tea.",
        "The baby kicked my ribs all night, she's a footballer.",
        "My feet are burning at night with the neuropathy.",
        "We nearly got run over by the trolleys at the sales lol.",
        "mocks start monday and im literally gonna die",
        "I'm dying to get out of this town.",
      })
  void should_leave_everyday_senses_and_hyperbole_alone(String text) {
    assertThat(one(text)).isEmpty();
  }

  @Test
  void should_meet_a_further_story_of_a_run_with_less_detail_than_the_first() {
    String further = "10:04 c SHARING: My cousin got hit by a bus and his head was crushed.\n";

    List<Finding> alone = one("My cousin got hit by a bus and his head was crushed.");
    List<Finding> run =
        safety(FIRST + "10:02 b RESPONSE>1: 😢😢\n10:03 a RESPONSE>1: 🙏\n" + further);

    assertThat(alone).isEmpty();
    assertThat(at(run)).containsExactly(1, 4);
    assertThat(run.get(1).severity()).isEqualTo(Severity.INTERVENE);
    assertThat(run.get(1).message()).contains("graphic story number 2 this session");
  }

  @Test
  void should_not_read_a_weak_mention_in_a_run_as_a_story() {
    List<Finding> run =
        safety(FIRST + "10:02 b RESPONSE>1: I broke my arm once, nothing like that though.\n");

    assertThat(at(run)).containsExactly(1);
  }

  @Test
  void should_need_the_full_detail_again_once_the_run_is_out_of_the_window() {
    StringBuilder lines = new StringBuilder(FIRST);
    for (int i = 2; i <= 9; i++) {
      lines.append(
          "10:0"
              + i
              + " b SHARING: This week I mostly worked on the allotment and the beans came up.\n");
    }
    lines.append("10:10 c SHARING: My cousin got hit by a bus and his head was crushed.\n");

    assertThat(at(safety(lines.toString()))).containsExactly(1);
  }

  @Test
  void should_let_a_group_set_the_threshold_of_a_run() {
    String further = "10:02 c SHARING: My cousin got hit by a bus and his head was crushed.\n";
    Transcript t = transcript(FIRST + further);
    Clause strict = clause("safety", "Care.", "safety", Map.of("runThreshold", "1.0"));

    List<Finding> f = byRule(Fixtures.review(List.of(strict), t), "safety");

    assertThat(at(f)).containsExactly(1);
    assertThat(at(safety(FIRST + further))).containsExactly(1, 2);
  }
}
