package io.github.peerled.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.ImmutableDecisionProcedure;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.decision.TieRule;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The closing rules at their boundaries, as both the engine and the simulation apply them. */
class ClosingRulesTest {
  private static final Instant OPENED = Instant.parse("2026-01-06T18:00:00Z");
  private static final DecisionProcedure CONSENT =
      ImmutableDecisionProcedure.builder()
          .method(DecisionMethod.CONSENT)
          .discussionPeriod(Duration.ofDays(3))
          .deadline(Duration.ofDays(10))
          .build();

  @Test
  void
      should_hold_a_proposal_open_until_its_discussion_period_ends_unless_everyone_took_a_stance() {
    Instant end = OPENED.plus(Duration.ofDays(3));

    assertThat(ClosingRules.discussedUntil(OPENED, CONSENT)).isEqualTo(end);
    assertThat(ClosingRules.tooEarlyToClose(end.minusNanos(1), OPENED, CONSENT, () -> false))
        .as("a nanosecond before the discussion ends, with someone still silent")
        .isTrue();
    assertThat(ClosingRules.tooEarlyToClose(end.minusNanos(1), OPENED, CONSENT, () -> true))
        .as("a nanosecond before the discussion ends, with everyone's stance in")
        .isFalse();
    assertThat(ClosingRules.tooEarlyToClose(end, OPENED, CONSENT, () -> false))
        .as("the instant the discussion ends")
        .isFalse();
  }

  @Test
  void should_not_ask_who_took_a_stance_once_the_discussion_is_over() {
    AtomicInteger asked = new AtomicInteger();

    ClosingRules.tooEarlyToClose(
        OPENED.plus(Duration.ofDays(4)),
        OPENED,
        CONSENT,
        () -> {
          asked.incrementAndGet();
          return false;
        });

    assertThat(asked).as("times the electorate was checked after the discussion").hasValue(0);
  }

  @Test
  void should_let_a_proposal_lapse_at_its_deadline_and_not_before() {
    Instant deadline = OPENED.plus(Duration.ofDays(10));

    assertThat(ClosingRules.expiresAt(OPENED, CONSENT)).isEqualTo(deadline);
    assertThat(ClosingRules.lapsed(deadline.minusNanos(1), OPENED, CONSENT))
        .as("a nanosecond before the deadline")
        .isFalse();
    assertThat(ClosingRules.lapsed(deadline, OPENED, CONSENT)).as("at the deadline").isTrue();
  }

  @Test
  void should_leave_the_close_to_the_proposer_only_under_the_advice_process() {
    for (DecisionMethod method : DecisionMethod.values()) {
      DecisionProcedure procedure = DecisionProcedure.of(method);
      boolean advice = method == DecisionMethod.ADVICE_PROCESS;

      assertThat(ClosingRules.mayClose(procedure, true))
          .as("the proposer under %s", method)
          .isTrue();
      assertThat(ClosingRules.mayClose(procedure, false))
          .as("another peer under %s", method)
          .isEqualTo(!advice);
      assertThat(ClosingRules.closerDecides(procedure))
          .as("the closer decides under %s", method)
          .isEqualTo(advice);
    }
  }

  @Test
  void should_count_a_tie_under_majority_by_the_tie_rule() {
    DecisionProcedure adoptTies =
        ImmutableDecisionProcedure.builder()
            .method(DecisionMethod.MAJORITY)
            .tieRule(TieRule.ADOPTED)
            .build();

    Tally tally = ClosingRules.tally(adoptTies, 5, 1, 1, 1, 2, 0, Optional.empty());

    assertThat(tally.tie()).as("tied").isTrue();
    assertThat(tally.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(tally.silent()).as("silent").isZero();
    assertThat(tally.explanation()).isEqualTo("tied 2 to 2; the tie rule adopts it");
  }

  @Test
  void should_let_the_proposer_decide_under_the_advice_process_whatever_the_stances() {
    Tally tally =
        ClosingRules.tally(DecisionProcedure.adviceProcess(), 4, 0, 0, 0, 3, 0, Optional.of(true));

    assertThat(tally.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(tally.silent()).as("silent").isEqualTo(1);
  }
}
