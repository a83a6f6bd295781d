package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MeetingPlan;
import org.immutables.value.Value;

/** A change to when and where the group meets. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableLogisticsChange.class)
@JsonDeserialize(as = ImmutableLogisticsChange.class)
public non-sealed interface LogisticsChange extends ProposalContent {
  /**
   * Returns the new meeting plan.
   *
   * @return the plan
   */
  MeetingPlan meeting();

  @Override
  default DecisionKind decisionKind() {
    return DecisionKind.LOGISTICS;
  }
}
