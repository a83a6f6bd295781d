package io.github.peerled.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.peerled.core.internal.Ceilings;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class LimitsTest {
  @Test
  void should_hold_defaults_a_real_group_never_meets() {
    Limits d = Limits.ofDefaults();

    assertThat(d.contributionText()).isEqualTo(20_000);
    assertThat(d.commentText()).isEqualTo(20_000);
    assertThat(d.proposalTitle()).isEqualTo(200);
    assertThat(d.proposalRationale()).isEqualTo(20_000);
    assertThat(d.stanceReason()).isEqualTo(10_000);
    assertThat(d.displayName()).isEqualTo(200);
    assertThat(d.clauseText()).isEqualTo(10_000);
    assertThat(d.ruleText()).isEqualTo(1_000);
    assertThat(d.groupName()).isEqualTo(200);
    assertThat(d.profileText()).isEqualTo(5_000);
    assertThat(d.meetingText()).isEqualTo(2_000);
    assertThat(d.founders()).isEqualTo(1_000);
    assertThat(d.clauses()).isEqualTo(500);
    assertThat(d.changes()).isEqualTo(500);
    assertThat(d.ruleParameters()).isEqualTo(100);
    assertThat(d.members()).isEqualTo(10_000);
    assertThat(d.commandText()).isEqualTo(1_000_000);
    assertThat(d.guidelineText()).isEqualTo(1_000_000);
    assertThat(GroupEngine.ofDefaults().limits()).isEqualTo(d);
  }

  @Test
  void should_let_the_host_raise_a_text_limit_up_to_the_ceiling_and_no_further() {
    Limits top = Limits.custom().contributionText(Ceilings.MAX_TEXT_LENGTH).build();

    assertThat(top.contributionText()).isEqualTo(1_000_000);
    assertThat(GroupEngine.of(Clock.systemUTC(), top).limits()).isSameAs(top);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Limits.custom().contributionText(Ceilings.MAX_TEXT_LENGTH + 1).build())
        .withMessage("the limit contributionText must be from 1 to 1000000, was 1000001");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Limits.custom().clauseText(25_000_000).build())
        .withMessage("the limit clauseText must be from 1 to 1000000, was 25000000");
  }

  @Test
  void should_refuse_collection_and_total_limits_above_their_ceilings_or_below_one() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Limits.custom().members(100_001).build())
        .withMessage("the limit members must be from 1 to 100000, was 100001");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Limits.custom().clauses(10_001).build())
        .withMessage("the limit clauses must be from 1 to 10000, was 10001");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Limits.custom().commandText(8_000_001).build())
        .withMessage("the limit commandText must be from 1 to 8000000, was 8000001");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableLimits.copyOf(Limits.ofDefaults()).withGuidelineText(0))
        .withMessage("the limit guidelineText must be from 1 to 8000000, was 0");
  }
}
