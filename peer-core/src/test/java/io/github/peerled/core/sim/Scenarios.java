package io.github.peerled.core.sim;

import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import java.util.List;

/** Scenarios shared by the simulation tests. */
final class Scenarios {
  private Scenarios() {}

  /** Every arm of the built-in policies, alone and together. */
  static List<PolicyArm> everyArm() {
    return List.of(
        PolicyArm.none(),
        PolicyArm.of("go-round", PolicySpec.of("go-round")),
        PolicyArm.of("invite", PolicySpec.of("invite-the-quiet", "probability", 0.3)),
        PolicyArm.of("respond-first", PolicySpec.of("respond-to-requests-first")),
        PolicyArm.of("reframe", PolicySpec.of("sharing-not-advice", "compliance", 0.6)),
        PolicyArm.of("safety", PolicySpec.of("safety")),
        PolicyArm.of(
            "all",
            PolicySpec.of("invite-the-quiet"),
            PolicySpec.of("respond-to-requests-first", "compliance", 0.8),
            PolicySpec.of("sharing-not-advice"),
            PolicySpec.of("safety")));
  }

  /** A busy group: newcomers, unequal talk, uneven attendance, drop-outs, avalanches, proposals. */
  static Scenario busy() {
    return Scenario.custom()
        .name("busy")
        .group(GroupSpec.custom().size(12).newcomers(3).build())
        .sessions(8)
        .turnsPerSession(60)
        .behaviour(
            BehaviourModel.custom()
                .participationRatio(0.8)
                .traumaContagion(3)
                .putAct(Act.SHARE, 0.3)
                .putAct(Act.ADVISE, 0.2)
                .putAct(Act.ASK, 0.1)
                .putAct(Act.REQUEST_SUPPORT, 0.15)
                .putAct(Act.RESPOND, 0.15)
                .putAct(Act.TRAUMA_STORY, 0.1)
                .attendance(0.75)
                .dropOutAfterMissed(2)
                .proposalRate(0.5)
                .agree(0.6)
                .concern(0.2)
                .object(0.1)
                .build())
        .arms(everyArm())
        .seed(99)
        .build();
  }

  /** The busy group deciding its guidelines by the advice process, over a long discussion. */
  static Scenario adviceProcess() {
    return Scenario.custom()
        .from(busy())
        .name("advice")
        .group(
            GroupSpec.custom()
                .size(9)
                .newcomers(2)
                .governance(
                    GovernanceSettings.custom()
                        .putProcedure(
                            DecisionKind.GUIDELINES,
                            io.github.peerled.core.decision.ImmutableDecisionProcedure.builder()
                                .from(DecisionProcedure.of(DecisionMethod.ADVICE_PROCESS))
                                .discussionPeriod(java.time.Duration.ofDays(10))
                                .build())
                        .build())
                .build())
        .build();
  }

  /**
   * A group where half attend, some undecided members take a stance late, and one arm reminds the
   * undecided before each close.
   */
  static Scenario reminders() {
    return Scenario.custom()
        .name("reminders")
        .group(GroupSpec.custom().size(10).newcomers(0).build())
        .sessions(30)
        .turnsPerSession(20)
        .behaviour(
            BehaviourModel.custom()
                .attendance(0.5)
                .proposalRate(0.6)
                .lateStance(0.1)
                .reminderEffect(0.6)
                .build())
        .arms(
            List.of(
                PolicyArm.none(), PolicyArm.of("remind", PolicySpec.of("remind-the-undecided"))))
        .seed(7)
        .build();
  }
}
