package io.github.peerled.core.engine;

import io.github.peerled.core.event.ContributionFlagged;
import io.github.peerled.core.event.ContributionHeld;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.HoldReviewed;
import io.github.peerled.core.event.MemberPaused;
import io.github.peerled.core.event.PauseEnded;
import io.github.peerled.core.group.ImmutablePause;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Pause;
import io.github.peerled.core.session.ContributionFlags;
import io.github.peerled.core.session.HoldStatus;
import io.github.peerled.core.session.ImmutableContributionFlags;
import io.github.peerled.core.session.SessionId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The folds of care: a flag, a hold, a review, a pause and its end. They change the group's flags
 * and pauses and nothing else; no contribution is ever removed from the log or the sessions. {@link
 * Evolver} dispatches to them after {@link CareEventChecks} has checked the event.
 *
 * <p>Not thread-safe: confined to the thread that folds, with the buffer it is given.
 */
final class CareFolds {
  private CareFolds() {}

  /**
   * Folds one of this topic's events into the buffer.
   *
   * @return false if the event is not one of this topic's, and nothing was folded
   */
  static boolean fold(FoldBuffer buffer, GroupEvent event) {
    if (event instanceof ContributionFlagged cf) {
      contributionFlagged(buffer, cf);
    } else if (event instanceof ContributionHeld ch) {
      contributionHeld(buffer, ch);
    } else if (event instanceof HoldReviewed hr) {
      holdReviewed(buffer, hr);
    } else if (event instanceof MemberPaused mp) {
      memberPaused(buffer, mp);
    } else if (event instanceof PauseEnded pe) {
      pauseEnded(buffer, pe);
    } else {
      return false;
    }
    return true;
  }

  static void contributionFlagged(FoldBuffer buffer, ContributionFlagged f) {
    ImmutableGroupState s = buffer.published();
    List<ContributionFlags> all = new ArrayList<>(s.flaggedContributions());
    int at = indexOf(all, f.sessionId(), f.number());
    if (at < 0) {
      all.add(
          ImmutableContributionFlags.builder()
              .sessionId(f.sessionId())
              .number(f.number())
              .addFlaggedBy(f.actor())
              .build());
    } else {
      ContributionFlags before = all.get(at);
      List<MemberId> by = new ArrayList<>(before.flaggedBy());
      by.add(f.actor());
      all.set(at, ImmutableContributionFlags.copyOf(before).withFlaggedBy(by));
    }
    buffer.publish(s.withFlaggedContributions(all));
  }

  static void contributionHeld(FoldBuffer buffer, ContributionHeld h) {
    replace(
        buffer,
        h.sessionId(),
        h.number(),
        f -> ImmutableContributionFlags.copyOf(f).withHold(HoldStatus.HELD).withHeldAt(h.at()));
  }

  static void holdReviewed(FoldBuffer buffer, HoldReviewed r) {
    replace(
        buffer,
        r.sessionId(),
        r.number(),
        f ->
            ImmutableContributionFlags.copyOf(f)
                .withHold(r.kept() ? HoldStatus.KEPT : HoldStatus.RELEASED)
                .withReviewedBy(r.actor()));
  }

  static void memberPaused(FoldBuffer buffer, MemberPaused p) {
    ImmutableGroupState s = buffer.published();
    Map<MemberId, Pause> pauses = new LinkedHashMap<>(s.pauses());
    pauses.remove(p.member()); // a new pause replaces one in force, and goes last
    pauses.put(
        p.member(),
        ImmutablePause.builder()
            .member(p.member())
            .reason(p.reason())
            .since(p.at())
            .until(p.until())
            .decidedBy(p.decidedBy())
            .build());
    buffer.publish(s.withPauses(pauses));
  }

  static void pauseEnded(FoldBuffer buffer, PauseEnded e) {
    ImmutableGroupState s = buffer.published();
    Map<MemberId, Pause> pauses = new LinkedHashMap<>(s.pauses());
    pauses.remove(e.member());
    buffer.publish(s.withPauses(pauses));
  }

  static int indexOf(List<ContributionFlags> all, SessionId session, int number) {
    for (int i = 0; i < all.size(); i++) {
      ContributionFlags f = all.get(i);
      if (f.number() == number && f.sessionId().equals(session)) {
        return i;
      }
    }
    return -1;
  }

  private static void replace(
      FoldBuffer buffer,
      SessionId session,
      int number,
      java.util.function.UnaryOperator<ContributionFlags> change) {
    ImmutableGroupState s = buffer.published();
    List<ContributionFlags> all = new ArrayList<>(s.flaggedContributions());
    int at = indexOf(all, session, number);
    if (at < 0) {
      throw new IllegalStateException(
          "contribution " + number + " of session " + session + " was never flagged");
    }
    all.set(at, change.apply(all.get(at)));
    buffer.publish(s.withFlaggedContributions(all));
  }
}
