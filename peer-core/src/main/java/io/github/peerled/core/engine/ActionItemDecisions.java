package io.github.peerled.core.engine;

import io.github.peerled.core.action.ActionItem;
import io.github.peerled.core.action.ActionItemId;
import io.github.peerled.core.action.ActionItemStatus;
import io.github.peerled.core.command.AcceptActionItem;
import io.github.peerled.core.command.AgreeActionItem;
import io.github.peerled.core.command.CompleteActionItem;
import io.github.peerled.core.command.ReleaseActionItem;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.ImmutableActionItemAccepted;
import io.github.peerled.core.event.ImmutableActionItemAgreed;
import io.github.peerled.core.event.ImmutableActionItemCompleted;
import io.github.peerled.core.event.ImmutableActionItemOverdue;
import io.github.peerled.core.event.ImmutableActionItemReleased;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides an action item's life: agreed from a decided proposal or a session that has started,
 * accepted by its owner (only then assigned), done or released by its owner; and, for the deadline
 * check, which assigned items have become overdue and when the next falls due. Pure: the instant is
 * passed in.
 */
final class ActionItemDecisions {
  private ActionItemDecisions() {}

  static CommandResult agree(Stamp stamp, AgreeActionItem a) {
    GroupState s = stamp.state;
    if (s.actionItems().containsKey(a.itemId())) {
      return CommandResult.rejected(
          Rejections.invalid("there is already an action item " + a.itemId()));
    }
    if (a.title().isBlank()) {
      return CommandResult.rejected(Rejections.blank("title"));
    }
    Rejection source = source(s, a.fromProposal(), a.fromSession());
    if (source != null) {
      return CommandResult.rejected(source);
    }
    Member owner = s.members().get(a.owner());
    if (owner == null) {
      return CommandResult.rejected(Rejections.unknownMember(a.owner()));
    }
    if (!owner.isActive()) {
      return CommandResult.rejected(Rejections.inactiveMember(a.owner()));
    }
    if (a.dueAt().isPresent() && !a.dueAt().get().isAfter(stamp.now)) {
      return CommandResult.rejected(
          Rejections.invalid("$.dueAt: an action item due at " + a.dueAt().get() + " is past due"));
    }
    stamp.events.add(
        ImmutableActionItemAgreed.builder()
            .from(stamp.next())
            .itemId(a.itemId())
            .title(a.title())
            .fromProposal(a.fromProposal())
            .fromSession(a.fromSession())
            .owner(a.owner())
            .dueAt(a.dueAt())
            .build());
    if (a.owner().equals(stamp.actor)) {
      stamp.events.add(
          ImmutableActionItemAccepted.builder().from(stamp.next()).itemId(a.itemId()).build());
    }
    return stamp.done();
  }

  /** Exactly one source: a decided proposal, or a session that has started. */
  private static @Nullable Rejection source(
      GroupState s, Optional<ProposalId> proposal, Optional<SessionId> session) {
    if (proposal.isPresent() == session.isPresent()) {
      return Rejections.invalid(
          "$.fromProposal, $.fromSession: an action item comes from a decided proposal or from a"
              + " session; name exactly one");
    }
    if (proposal.isPresent()) {
      Optional<Proposal> p = s.proposal(proposal.get());
      if (p.isEmpty()) {
        return Rejections.unknownProposal(proposal.get());
      }
      if (p.get().tally().isEmpty()) {
        return Rejections.invalid(
            "proposal "
                + proposal.get()
                + " has not been decided; an action item comes from a decision");
      }
      return null;
    }
    Optional<Session> found = s.session(session.orElseThrow());
    if (found.isEmpty()) {
      return Rejections.unknownSession(session.get());
    }
    if (found.get().startedAt().isEmpty()) {
      return Rejections.invalid(
          "session " + session.get() + " has not started; an action item comes from one held");
    }
    return null;
  }

  static CommandResult accept(Stamp stamp, AcceptActionItem a) {
    Rejection wrong = ownerOf(stamp, a.itemId(), "accept it", ActionItemStatus.PROPOSED);
    if (wrong != null) {
      return CommandResult.rejected(wrong);
    }
    stamp.events.add(
        ImmutableActionItemAccepted.builder().from(stamp.next()).itemId(a.itemId()).build());
    return stamp.done();
  }

  static CommandResult complete(Stamp stamp, CompleteActionItem c) {
    Rejection wrong = ownerOf(stamp, c.itemId(), "say it is done", ActionItemStatus.ASSIGNED);
    if (wrong != null) {
      return CommandResult.rejected(wrong);
    }
    stamp.events.add(
        ImmutableActionItemCompleted.builder().from(stamp.next()).itemId(c.itemId()).build());
    return stamp.done();
  }

  static CommandResult release(Stamp stamp, ReleaseActionItem r) {
    Rejection wrong =
        ownerOf(
            stamp, r.itemId(), "release it", ActionItemStatus.PROPOSED, ActionItemStatus.ASSIGNED);
    if (wrong != null) {
      return CommandResult.rejected(wrong);
    }
    stamp.events.add(
        ImmutableActionItemReleased.builder().from(stamp.next()).itemId(r.itemId()).build());
    return stamp.done();
  }

  /** The item exists, the actor is its owner, and it is in one of the given states. */
  private static @Nullable Rejection ownerOf(
      Stamp stamp, ActionItemId id, String what, ActionItemStatus... allowed) {
    ActionItem item = stamp.state.actionItems().get(id);
    if (item == null) {
      return Rejections.invalid("the group has no action item " + id);
    }
    if (!item.owner().equals(stamp.actor)) {
      return Rejections.notPermitted(
          "only the owner of action item " + id + ", " + item.owner() + ", may " + what);
    }
    ActionItemStatus status = item.status();
    for (ActionItemStatus ok : allowed) {
      if (status == ok) {
        return null;
      }
    }
    return Rejections.invalid(
        "action item " + id + " is " + status.name().toLowerCase(Locale.ROOT) + "; cannot " + what);
  }

  /** Records each assigned item that became overdue by {@code asOf}, once. */
  static void overdue(Stamp stamp, Instant asOf) {
    for (ActionItem item : stamp.state.actionItems().values()) {
      if (item.overdueNoticedAt().isEmpty() && item.isOverdueAt(asOf)) {
        stamp.events.add(
            ImmutableActionItemOverdue.builder()
                .from(stamp.next())
                .itemId(item.id())
                .owner(item.owner())
                .dueAt(item.dueAt().orElseThrow())
                .build());
      }
    }
  }

  /** The earliest due date of an assigned item not yet recorded overdue; null if none. */
  static @Nullable Instant nextDue(GroupState s) {
    @Nullable Instant next = null;
    for (ActionItem item : s.actionItems().values()) {
      Optional<Instant> due = item.dueAt();
      if (due.isPresent()
          && item.status() == ActionItemStatus.ASSIGNED
          && item.overdueNoticedAt().isEmpty()
          && (next == null || due.get().isBefore(next))) {
        next = due.get();
      }
    }
    return next;
  }
}
