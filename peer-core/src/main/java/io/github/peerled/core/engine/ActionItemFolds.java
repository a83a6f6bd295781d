package io.github.peerled.core.engine;

import io.github.peerled.core.action.ActionItem;
import io.github.peerled.core.action.ActionItemId;
import io.github.peerled.core.action.ActionItemStatus;
import io.github.peerled.core.action.ImmutableActionItem;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.event.ActionItemAccepted;
import io.github.peerled.core.event.ActionItemAgreed;
import io.github.peerled.core.event.ActionItemCompleted;
import io.github.peerled.core.event.ActionItemOverdue;
import io.github.peerled.core.event.ActionItemReleased;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The folds of an action item's life (agreed, accepted, done, released, overdue; released when its
 * owner leaves) and the checks of its events against the state folded so far: only its owner
 * accepts, completes or releases it, and nobody holds an item they did not accept. They change the
 * group's action items and nothing else; a failed check throws {@link IllegalStateException} with
 * the reason, before anything changes.
 *
 * <p>Not thread-safe: confined to the thread that folds, with the buffer it is given.
 */
final class ActionItemFolds {
  private ActionItemFolds() {}

  /** Tells whether an event is one of this topic's, whose checks are {@code check}. */
  static boolean covers(GroupEvent e) {
    return e instanceof ActionItemAgreed
        || e instanceof ActionItemAccepted
        || e instanceof ActionItemCompleted
        || e instanceof ActionItemReleased
        || e instanceof ActionItemOverdue;
  }

  /**
   * Folds one of this topic's events into the buffer.
   *
   * @return false if the event is not one of this topic's, and nothing was folded
   */
  static boolean fold(FoldBuffer buffer, GroupEvent event) {
    if (event instanceof ActionItemAgreed ai) {
      actionItemAgreed(buffer, ai);
    } else if (event instanceof ActionItemAccepted ai) {
      actionItemAccepted(buffer, ai);
    } else if (event instanceof ActionItemCompleted ai) {
      actionItemCompleted(buffer, ai);
    } else if (event instanceof ActionItemReleased ai) {
      actionItemReleased(buffer, ai);
    } else if (event instanceof ActionItemOverdue ai) {
      actionItemOverdue(buffer, ai);
    } else {
      return false;
    }
    return true;
  }

  /** Checks an action item's event. */
  static void check(FoldBuffer s, GroupEvent e) {
    if (e instanceof ActionItemAgreed a) {
      EventChecks.actor(s, e, EventChecks.Need.PEER, "agree an action item");
      EventChecks.member(s, a.owner(), EventChecks.Need.MEMBER, "own an action item");
      if (s.folded().actionItems().containsKey(a.itemId())) {
        throw EventChecks.fail("action item " + a.itemId() + " exists already");
      }
      if (a.fromProposal().isPresent() == a.fromSession().isPresent()) {
        throw EventChecks.fail("action item " + a.itemId() + " names no single source");
      }
      if (a.fromProposal().isPresent()) {
        Proposal p = s.pastProposalsView().get(a.fromProposal().get());
        if (p == null || p.tally().isEmpty()) {
          throw EventChecks.fail("action item " + a.itemId() + " comes from an undecided proposal");
        }
      } else {
        Session session = session(s, a.fromSession().orElseThrow());
        if (session == null || session.startedAt().isEmpty()) {
          throw EventChecks.fail("action item " + a.itemId() + " comes from no session held");
        }
      }
    } else if (e instanceof ActionItemAccepted a) {
      owned(s, e, a.itemId(), "accept", ActionItemStatus.PROPOSED);
    } else if (e instanceof ActionItemCompleted c) {
      owned(s, e, c.itemId(), "complete", ActionItemStatus.ASSIGNED);
    } else if (e instanceof ActionItemReleased r) {
      ActionItem item = ownersItem(s, e, r.itemId(), "release");
      if (!item.isOpen()) {
        throw EventChecks.fail("action item " + item.id() + " is " + item.status());
      }
    } else if (e instanceof ActionItemOverdue o) {
      EventChecks.actor(s, e, EventChecks.Need.PEER, "check the group's deadlines");
      ActionItem item = item(s, o.itemId());
      if (item.overdueNoticedAt().isPresent()
          || !item.isOverdueAt(e.at())
          || !item.owner().equals(o.owner())
          || !item.dueAt().orElseThrow().equals(o.dueAt())) {
        throw EventChecks.fail("action item " + item.id() + " is not newly overdue at " + e.at());
      }
    }
  }

  /** The item exists and the event's actor, a member, is its owner. */
  private static ActionItem ownersItem(FoldBuffer s, GroupEvent e, ActionItemId id, String what) {
    EventChecks.actor(s, e, EventChecks.Need.MEMBER, what + " an action item");
    ActionItem item = item(s, id);
    if (!item.owner().equals(e.actor())) {
      throw EventChecks.fail(e.actor() + " cannot " + what + " action item " + id + " of another");
    }
    return item;
  }

  private static void owned(
      FoldBuffer s, GroupEvent e, ActionItemId id, String what, ActionItemStatus status) {
    ActionItem item = ownersItem(s, e, id, what);
    if (item.status() != status) {
      throw EventChecks.fail("action item " + id + " is " + item.status() + ", not " + status);
    }
  }

  private static @Nullable Session session(FoldBuffer s, SessionId id) {
    Session past = s.pastSessionsView().get(id);
    if (past != null) {
      return past;
    }
    for (FoldBuffer.SessionSlot slot : s.sessions()) {
      if (slot.session.id().equals(id)) {
        return slot.session;
      }
    }
    return null;
  }

  private static ActionItem item(FoldBuffer s, ActionItemId id) {
    ActionItem item = s.folded().actionItems().get(id);
    if (item == null) {
      throw EventChecks.fail("the group has no action item " + id);
    }
    return item;
  }

  static void actionItemAgreed(FoldBuffer buffer, ActionItemAgreed a) {
    put(
        buffer,
        ImmutableActionItem.builder()
            .id(a.itemId())
            .title(a.title())
            .fromProposal(a.fromProposal())
            .fromSession(a.fromSession())
            .owner(a.owner())
            .agreedBy(a.actor())
            .agreedAt(a.at())
            .dueAt(a.dueAt())
            .build());
  }

  static void actionItemAccepted(FoldBuffer buffer, ActionItemAccepted a) {
    put(buffer, ImmutableActionItem.copyOf(get(buffer, a.itemId())).withAcceptedAt(a.at()));
  }

  static void actionItemCompleted(FoldBuffer buffer, ActionItemCompleted c) {
    put(buffer, ImmutableActionItem.copyOf(get(buffer, c.itemId())).withDoneAt(c.at()));
  }

  static void actionItemReleased(FoldBuffer buffer, ActionItemReleased r) {
    put(buffer, ImmutableActionItem.copyOf(get(buffer, r.itemId())).withReleasedAt(r.at()));
  }

  static void actionItemOverdue(FoldBuffer buffer, ActionItemOverdue o) {
    put(buffer, ImmutableActionItem.copyOf(get(buffer, o.itemId())).withOverdueNoticedAt(o.at()));
  }

  /**
   * A member left or was forgotten: the open items offered to them or held by them are released.
   */
  static void memberGone(FoldBuffer buffer, MemberId member, Instant at) {
    ImmutableGroupState s = buffer.published();
    if (s.actionItems().isEmpty()) {
      return;
    }
    Map<ActionItemId, ActionItem> items = new LinkedHashMap<>(s.actionItems());
    boolean changed = false;
    for (Map.Entry<ActionItemId, ActionItem> e : items.entrySet()) {
      ActionItem item = e.getValue();
      if (item.owner().equals(member) && item.isOpen()) {
        e.setValue(ImmutableActionItem.copyOf(item).withReleasedAt(at));
        changed = true;
      }
    }
    if (changed) {
      buffer.publish(s.withActionItems(items));
    }
  }

  private static ActionItem get(FoldBuffer buffer, ActionItemId id) {
    ActionItem item = buffer.published().actionItems().get(id);
    if (item == null) {
      throw new IllegalStateException("the group has no action item " + id);
    }
    return item;
  }

  private static void put(FoldBuffer buffer, ActionItem item) {
    ImmutableGroupState s = buffer.published();
    Map<ActionItemId, ActionItem> items = new LinkedHashMap<>(s.actionItems());
    items.put(item.id(), item);
    buffer.publish(s.withActionItems(items));
  }
}
