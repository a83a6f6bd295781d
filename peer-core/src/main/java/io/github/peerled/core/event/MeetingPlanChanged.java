package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MeetingPlan;
import org.immutables.value.Value;

/** The group changed when and where it meets, by a decision. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableMeetingPlanChanged.class)
@JsonDeserialize(as = ImmutableMeetingPlanChanged.class)
public non-sealed interface MeetingPlanChanged extends GroupEvent {
  /**
   * Returns the new plan.
   *
   * @return the new plan
   */
  MeetingPlan meeting();

  /**
   * Returns the decision.
   *
   * @return the decision
   */
  ProposalId decidedBy();
}
