package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ImmutableContributionRecorded;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionAct;
import io.github.peerled.core.session.ImmutableContribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The metrics read from an event log count each contribution by the act it carries, never by its
 * text: what is simulated and what is counted cannot drift apart when a text changes.
 */
class EventLogMetricsTest {
  /** The arm with every built-in policy, so that every act and built-in intervention occurs. */
  private static final int EVERY_POLICY = 6;

  private static final Scenario BUSY = Scenarios.busy();

  /** The same log with each contribution changed. */
  private static List<GroupEvent> retold(
      List<GroupEvent> events, UnaryOperator<ImmutableContribution> change) {
    List<GroupEvent> out = new ArrayList<>(events.size());
    for (GroupEvent e : events) {
      if (e instanceof ContributionRecorded cr) {
        out.add(
            ImmutableContributionRecorded.copyOf(cr)
                .withContribution(change.apply(ImmutableContribution.copyOf(cr.contribution()))));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Contribution> contributions(List<GroupEvent> events) {
    List<Contribution> out = new ArrayList<>();
    for (GroupEvent e : events) {
      if (e instanceof ContributionRecorded cr) {
        out.add(cr.contribution());
      }
    }
    return out;
  }

  @Test
  void should_count_the_same_acts_whatever_the_contributions_say() {
    // given a run through the engine, in which every act and built-in intervention occurs
    RunResult run = Simulation.runWithEventLog(BUSY, EVERY_POLICY, 3);
    RunMetrics metrics = run.metrics();
    assertThat(metrics.adviceShare()).isPositive();
    assertThat(metrics.traumaStories()).isPositive();
    assertThat(metrics.requests()).isPositive();
    // (rule findings come from peer-rules' policy, which this module does not have)
    assertThat(metrics.interventionsByKind())
        .allSatisfy(
            (kind, n) -> {
              if (kind != InterventionKind.RULE_FINDING) {
                assertThat(n).as("%s", kind).isPositive();
              }
            });
    // when every contribution says something else, once its own words, once one act's stock text
    List<GroupEvent> ownWords =
        retold(run.events(), c -> c.withText("Turn " + c.number() + " of " + c.sessionId()));
    List<GroupEvent> allShare = retold(run.events(), c -> c.withText(Act.SHARE.text()));

    // then the metrics are those of the run: the acts are what they were
    assertThat(contributions(ownWords))
        .extracting(Contribution::text)
        .doesNotContain(Act.SHARE.text(), Act.ADVISE.text(), InterventionKind.SAFETY.text());
    assertThat(Simulation.metricsOf(BUSY, ownWords)).isEqualTo(metrics);
    assertThat(Simulation.metricsOf(BUSY, allShare)).isEqualTo(metrics);
  }

  @Test
  void should_count_a_contribution_as_the_act_it_carries_and_not_as_its_text() {
    // given a run's log in which each piece of advice is recorded as a response instead, its
    // text still the stock text of advice
    RunResult run = Simulation.runWithEventLog(BUSY, 0, 5);
    long advice =
        contributions(run.events()).stream()
            .filter(c -> c.act().orElseThrow() == ContributionAct.ADVICE)
            .count();
    assertThat(advice).isPositive();
    List<GroupEvent> noAdvice =
        retold(
            run.events(),
            c ->
                c.act().orElseThrow() == ContributionAct.ADVICE
                    ? c.withAct(ContributionAct.RESPONSE)
                    : c);
    assertThat(contributions(noAdvice)).extracting(Contribution::text).contains(Act.ADVISE.text());

    // when its metrics are read
    RunMetrics read = Simulation.metricsOf(BUSY, noAdvice);

    // then no advice is counted, and the rest is as it was
    assertThat(read.adviceShare()).isZero();
    assertThat(read.memberTurns()).isEqualTo(run.metrics().memberTurns());
    assertThat(read.requests()).isEqualTo(run.metrics().requests());
  }

  @Test
  void should_refuse_a_contribution_that_carries_no_act_and_say_which() {
    RunResult run = Simulation.runWithEventLog(BUSY, 0, 1);
    List<GroupEvent> unmarked = retold(run.events(), c -> c.withAct(Optional.empty()));

    assertThatThrownBy(() -> Simulation.metricsOf(BUSY, unmarked))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contribution 1 of s001 carries no act, so it is not simulated");
  }
}
