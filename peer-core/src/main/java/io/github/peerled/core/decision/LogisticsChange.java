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

  /**
   * Returns the change to a new meeting plan.
   *
   * @param meeting the new plan
   * @return the change
   */
  static LogisticsChange of(MeetingPlan meeting) {
    return builder().meeting(meeting).build();
  }

  /**
   * Returns a builder of {@code LogisticsChange}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * LogisticsChange logisticsChange = LogisticsChange.builder()
   *     .meeting(MeetingPlan.of("Tuesdays at 7 pm"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableLogisticsChange.Builder builder() {
    return ImmutableLogisticsChange.builder();
  }
}
