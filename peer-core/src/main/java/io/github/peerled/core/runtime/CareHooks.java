package io.github.peerled.core.runtime;

import io.github.peerled.core.event.ContributionFlagged;
import io.github.peerled.core.event.ContributionHeld;
import io.github.peerled.core.event.HoldReviewed;
import io.github.peerled.core.event.MemberPaused;
import io.github.peerled.core.event.PauseEnded;
import java.util.function.Consumer;

/**
 * The typed hooks for care: contributions flagged, held and reviewed, members paused and their
 * pauses ended. {@link GroupEventPublisher} extends this interface, so a host calls them on {@code
 * runtime.eventPublisher()}; a part of a host that follows only this topic may take a {@code
 * CareHooks} instead of the whole publisher. Delivery is as {@link GroupEventPublisher} describes.
 *
 * <p>Thread-safe, as the publisher is.
 */
public interface CareHooks extends TypedHooks {
  /**
   * Listens for {@link ContributionFlagged}: a member flagged a contribution, with their reason.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onContributionFlagged(Consumer<? super ContributionFlagged> listener) {
    return on(ContributionFlagged.class, listener);
  }

  /**
   * Listens for {@link ContributionHeld}: a contribution's flags reached the group's threshold and
   * it is held: hide it pending a review.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onContributionHeld(Consumer<? super ContributionHeld> listener) {
    return on(ContributionHeld.class, listener);
  }

  /**
   * Listens for {@link HoldReviewed}: a facilitator reviewed a hold: kept (keep the contribution
   * hidden) or released (show it again).
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onHoldReviewed(Consumer<? super HoldReviewed> listener) {
    return on(HoldReviewed.class, listener);
  }

  /**
   * Listens for {@link MemberPaused}: a decision paused a member's membership, with the group's
   * reason and the end date: tell the member.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onMemberPaused(Consumer<? super MemberPaused> listener) {
    return on(MemberPaused.class, listener);
  }

  /**
   * Listens for {@link PauseEnded}: a member's pause ended, at its end date or early by a decision:
   * tell the member.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onPauseEnded(Consumer<? super PauseEnded> listener) {
    return on(PauseEnded.class, listener);
  }
}
