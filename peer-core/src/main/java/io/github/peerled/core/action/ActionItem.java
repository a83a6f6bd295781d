package io.github.peerled.core.action;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A task the group agreed, from a decided proposal or a session, and the facts recorded about it:
 * offered to an owner, accepted by them (only then is it assigned: nobody holds a task they did not
 * accept), done or released, and found overdue by a deadline check. Its status is derived from
 * these facts. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionItem.class)
@JsonDeserialize(as = ImmutableActionItem.class)
public interface ActionItem {
  /**
   * Returns the item's id.
   *
   * @return the id
   */
  ActionItemId id();

  /**
   * Returns what is to be done.
   *
   * @return the title
   */
  String title();

  /**
   * Returns the decided proposal the item was agreed from.
   *
   * @return the proposal; empty if it came from a session
   */
  Optional<ProposalId> fromProposal();

  /**
   * Returns the session the item was agreed in.
   *
   * @return the session; empty if it came from a proposal
   */
  Optional<SessionId> fromSession();

  /**
   * Returns the member the item is offered to, or held by once accepted.
   *
   * @return the owner
   */
  MemberId owner();

  /**
   * Returns who agreed the item.
   *
   * @return the member
   */
  MemberId agreedBy();

  /**
   * Returns when it was agreed.
   *
   * @return the instant
   */
  Instant agreedAt();

  /**
   * Returns when it is due.
   *
   * @return the due date; empty if none was set
   */
  Optional<Instant> dueAt();

  /**
   * Returns when the owner accepted it.
   *
   * @return the instant; empty until accepted
   */
  Optional<Instant> acceptedAt();

  /**
   * Returns when the owner said it was done.
   *
   * @return the instant; empty unless done
   */
  Optional<Instant> doneAt();

  /**
   * Returns when it was released: declined or given back by its owner, or its owner left.
   *
   * @return the instant; empty unless released
   */
  Optional<Instant> releasedAt();

  /**
   * Returns when a deadline check recorded that it was overdue ({@code ActionItemOverdue}).
   *
   * @return the instant; empty until then
   */
  Optional<Instant> overdueNoticedAt();

  /**
   * Returns the item's status, derived from its facts.
   *
   * @return the status
   */
  default ActionItemStatus status() {
    if (doneAt().isPresent()) {
      return ActionItemStatus.DONE;
    }
    if (releasedAt().isPresent()) {
      return ActionItemStatus.RELEASED;
    }
    return acceptedAt().isPresent() ? ActionItemStatus.ASSIGNED : ActionItemStatus.PROPOSED;
  }

  /**
   * Tells whether the item is still to be done: proposed or assigned.
   *
   * @return true until it is done or released
   */
  @JsonIgnore
  default boolean isOpen() {
    return doneAt().isEmpty() && releasedAt().isEmpty();
  }

  /**
   * Tells whether the item is overdue at an instant: assigned, not done, and due by then. An item
   * nobody accepted is never overdue.
   *
   * @param at the instant
   * @return true if it is overdue
   */
  default boolean isOverdueAt(Instant at) {
    Optional<Instant> due = dueAt();
    return status() == ActionItemStatus.ASSIGNED && due.isPresent() && !at.isBefore(due.get());
  }
}
