package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crisis said in dialect spellings (Scots, Caribbean, African American English, chat) and an
 * overdose told in passing and doubted afterwards draw the crisis finding; tiredness said in the
 * same voices does not.
 */
class SafetyDialectCrisisTest {
  private static final RuleSet RULES = Fixtures.ruleSet(Fixtures.allRules());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ah've been walkin' up tae the Erskine Bridge at night. Just standin' there.",
        "Och, Ah took a load o' ma tablets on Sunday night, didnae tell anybody, woke up fine.",
        "tbh not a great week. took some pills earlier idk if it was a good idea",
        "I'm after taking a rake of tablets, I'm not feeling great now",
        "Ah'm wantin' tae go tae sleep an' no wake up, that's aw",
        "i swear im finna end it this time",
        "I did cutting on my hands yesterday, it was more than before",
      })
  void should_read_a_disclosure_in_dialect_or_in_passing_as_a_crisis(String text) {
    assertThat(CrisisVoices.drawsCrisis(RULES, text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ah'm done in the night, big man. Double shift on the buses.",
        "Ah'm pure deid on ma feet the day, been on since six",
        "Ah walked ower the Erskine Bridge fur the charity walk, raised two hunner quid",
        "mi tek mi pills every morning wid mi tea",
      })
  void should_leave_tiredness_and_logistics_in_dialect_alone(String text) {
    assertThat(CrisisVoices.drawsCrisis(RULES, text)).as(text).isFalse();
  }

  @Test
  void should_raise_the_crisis_finding_for_a_scots_disclosure_in_a_session() {
    List<Finding> crisis =
        Fixtures.safetyFindings(
                "10:00 b SHARING: Ah'm done in the night, the weans were up at five.\n"
                    + "10:01 a SHARING: Been a bad yin. Ah've been walkin' up tae the Erskine"
                    + " Bridge at night. Just standin' there lookin' at the water.\n")
            .stream()
            .filter(f -> f.signposts().contains(Fixtures.CRISIS_LINE))
            .toList();

    assertThat(crisis).hasSize(1);
    assertThat(crisis.get(0).severity()).isEqualTo(Severity.INTERVENE);
    assertThat(crisis.get(0).action()).isEqualTo(SuggestedAction.CHECK_SAFETY);
  }
}
