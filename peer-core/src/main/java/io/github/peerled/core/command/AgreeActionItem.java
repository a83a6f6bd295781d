package io.github.peerled.core.command;

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
 * Agrees an action item: a task that came from a decided proposal ({@link #fromProposal()}) or a
 * session that has started ({@link #fromSession()}), exactly one of them, offered to an owner, an
 * active member of any standing. The item counts as assigned only once its owner accepts it ({@code
 * AcceptActionItem}); when the actor names themself as owner, they accept it in the same step. Only
 * peers agree action items. A due date, if given, must lie after the clock's instant. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgreeActionItem.class)
@JsonDeserialize(as = ImmutableAgreeActionItem.class)
public non-sealed interface AgreeActionItem extends GroupCommand {
  /**
   * Returns the new item's id, not in use in the group.
   *
   * @return the id
   */
  ActionItemId itemId();

  /**
   * Returns what is to be done.
   *
   * @return the title, not blank
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
   * Returns when the item is due; a deadline check records an assigned item still open then as
   * overdue.
   *
   * @return the due date; empty for none
   */
  Optional<Instant> dueAt();

  /**
   * Returns a builder of {@code AgreeActionItem}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * AgreeActionItem agreeActionItem = AgreeActionItem.builder()
   *     .actor(MemberId.of("alice"))
   *     .itemId(ActionItemId.of("book-room"))
   *     .title("Book the room for March")
   *     .fromProposal(ProposalId.of("p-1"))
   *     .owner(MemberId.of("bob"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableAgreeActionItem.Builder builder() {
    return ImmutableAgreeActionItem.builder();
  }
}
