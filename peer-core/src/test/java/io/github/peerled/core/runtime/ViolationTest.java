package io.github.peerled.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.engine.RejectionReason;
import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void should_describe_a_violation_with_and_without_a_path() {
    assertThat(Violation.of("quiet-hours", "no sessions at night").describe())
        .isEqualTo("quiet-hours: no sessions at night");
    assertThat(
            Violation.at(
                    "UNKNOWN_RULE",
                    "$.changes[0].rule.ruleId",
                    "no such rule",
                    RejectionReason.INVALID)
                .describe())
        .isEqualTo("UNKNOWN_RULE at $.changes[0].rule.ruleId: no such rule");
  }

  @Test
  void should_refuse_to_be_a_guard_without_reason_to_be_named_or_placed() {
    assertThat(Violation.of("g", "m").reason()).isEqualTo(RejectionReason.NOT_PERMITTED);
    assertThat(Violation.of("g", "m").path()).isEmpty();
    assertThatThrownBy(() -> Violation.of(" ", "m")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Violation.at("g", "changes[0]", "m", RejectionReason.INVALID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON path");
  }
}
