package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import java.util.List;
import org.immutables.value.Value;

/**
 * A proposal was opened for stances; its electorate and procedure are frozen. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProposalOpened.class)
@JsonDeserialize(as = ImmutableProposalOpened.class)
public non-sealed interface ProposalOpened extends GroupEvent {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns who may take a stance.
   *
   * @return who may take a stance
   */
  List<MemberId> electorate();

  /**
   * Returns the procedure it will be decided by.
   *
   * @return the procedure it will be decided by
   */
  DecisionProcedure procedure();
}
