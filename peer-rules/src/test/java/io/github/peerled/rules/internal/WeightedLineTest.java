package io.github.peerled.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightedLineTest {
  @Test
  void should_pack_a_class_and_a_weight_and_read_them_back() {
    int payload = SafetyCategory.payload(Cue.GRAPHIC, "gouged\tinjury\t0.75");

    assertThat(SafetyCategory.category(payload)).isEqualTo(SafetyCategory.INJURY);
    assertThat(SafetyCategory.weight(payload)).isEqualTo(0.75);
  }

  @Test
  void should_name_the_lexicon_and_the_line_when_a_weight_is_out_of_range() {
    assertThatThrownBy(() -> SafetyCategory.payload(Cue.GRAPHIC, "gouged\tinjury\t11"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lexicon 'graphic': weight must be 0 to 10 in line 'gouged\tinjury\t11'");
    assertThatThrownBy(() -> CrisisConcept.payload("pills\tmeans\tlots"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "lexicon 'crisis-reading': weight must be 0 to 10 in line 'pills\tmeans\tlots'");
  }

  @Test
  void should_name_the_line_when_its_class_is_unknown() {
    assertThatThrownBy(() -> CrisisConcept.payload("pills\tpotion\t0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "lexicon 'crisis-reading': missing or unknown class in line 'pills\tpotion\t0.5'");
    assertThatThrownBy(() -> SafetyCategory.payload(Cue.CRISIS, "x\tmurder\t1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad category");
  }
}
