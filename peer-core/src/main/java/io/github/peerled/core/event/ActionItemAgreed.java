package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.action.ActionItemId;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A peer (the actor) agreed an action item from a decided proposal or a session and offered it to
 * its owner, who holds it only once they accept it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionItemAgreed.class)
@JsonDeserialize(as = ImmutableActionItemAgreed.class)
public non-sealed interface ActionItemAgreed extends GroupEvent {
  /**
   * Returns the item.
   *
   * @return the id
   */
  ActionItemId itemId();

  /**
   * Returns what is to be done.
   *
   * @return the title
   */
  String title();

  /**
   * Returns the decided proposal the item comes from.
   *
   * @return the proposal; empty if it comes from a session
   */
  Optional<ProposalId> fromProposal();

  /**
   * Returns the session the item comes from.
   *
   * @return the session; empty if it comes from a proposal
   */
  Optional<SessionId> fromSession();

  /**
   * Returns the member the item is offered to.
   *
   * @return the owner
   */
  MemberId owner();

  /**
   * Returns when the item is due.
   *
   * @return the due date; empty for none
   */
  Optional<Instant> dueAt();
}
