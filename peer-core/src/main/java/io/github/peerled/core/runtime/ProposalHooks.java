package io.github.peerled.core.runtime;

import io.github.peerled.core.event.DeadlineExtended;
import io.github.peerled.core.event.ObjectionIntegrated;
import io.github.peerled.core.event.ObjectionWithdrawn;
import io.github.peerled.core.event.ProposalClosingSoon;
import io.github.peerled.core.event.ProposalCommented;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.event.ProposalExpired;
import io.github.peerled.core.event.ProposalOpened;
import io.github.peerled.core.event.ProposalRevised;
import io.github.peerled.core.event.ProposalWithdrawn;
import io.github.peerled.core.event.ReviewDue;
import io.github.peerled.core.event.StanceTaken;
import java.util.function.Consumer;

/**
 * The typed hooks for a proposal's life: drafted, opened, stances and comments, revisions and
 * objections, deadlines, decided, withdrawn or expired, and reviews due. {@link
 * GroupEventPublisher} extends this interface, so a host calls them on {@code
 * runtime.eventPublisher()}; a part of a host that follows only this topic may take a {@code
 * ProposalHooks} instead of the whole publisher. Delivery is as {@link GroupEventPublisher}
 * describes.
 *
 * <p>Thread-safe, as the publisher is.
 */
public interface ProposalHooks extends TypedHooks {
  /**
   * Listens for {@link ProposalDrafted}: a proposal was drafted.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalDrafted(Consumer<? super ProposalDrafted> listener) {
    return on(ProposalDrafted.class, listener);
  }

  /**
   * Listens for {@link ProposalOpened}: a proposal was opened for stances.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalOpened(Consumer<? super ProposalOpened> listener) {
    return on(ProposalOpened.class, listener);
  }

  /**
   * Listens for {@link StanceTaken}: a member took a stance on a proposal.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onStanceTaken(Consumer<? super StanceTaken> listener) {
    return on(StanceTaken.class, listener);
  }

  /**
   * Listens for {@link ProposalCommented}: someone commented on a proposal.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalCommented(Consumer<? super ProposalCommented> listener) {
    return on(ProposalCommented.class, listener);
  }

  /**
   * Listens for {@link ProposalWithdrawn}: a proposal was withdrawn.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalWithdrawn(Consumer<? super ProposalWithdrawn> listener) {
    return on(ProposalWithdrawn.class, listener);
  }

  /**
   * Listens for {@link ProposalDecided}: a proposal was decided.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalDecided(Consumer<? super ProposalDecided> listener) {
    return on(ProposalDecided.class, listener);
  }

  /**
   * Listens for {@link ProposalClosingSoon}: an open proposal closes soon; the event names who has
   * not taken a stance, for the host to remind them.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalClosingSoon(Consumer<? super ProposalClosingSoon> listener) {
    return on(ProposalClosingSoon.class, listener);
  }

  /**
   * Listens for {@link ProposalExpired}: an open proposal passed its deadline, not adopted.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalExpired(Consumer<? super ProposalExpired> listener) {
    return on(ProposalExpired.class, listener);
  }

  /**
   * Listens for {@link ReviewDue}: a decision or clause is due for the review the group set.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onReviewDue(Consumer<? super ReviewDue> listener) {
    return on(ReviewDue.class, listener);
  }

  /**
   * Listens for {@link ProposalRevised}: an open proposal was revised.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalRevised(Consumer<? super ProposalRevised> listener) {
    return on(ProposalRevised.class, listener);
  }

  /**
   * Listens for {@link ObjectionIntegrated}: an objection's author said a revision integrated it.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onObjectionIntegrated(Consumer<? super ObjectionIntegrated> listener) {
    return on(ObjectionIntegrated.class, listener);
  }

  /**
   * Listens for {@link ObjectionWithdrawn}: an objection's author withdrew it.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onObjectionWithdrawn(Consumer<? super ObjectionWithdrawn> listener) {
    return on(ObjectionWithdrawn.class, listener);
  }

  /**
   * Listens for {@link DeadlineExtended}: a late decision moved a proposal's deadline.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onDeadlineExtended(Consumer<? super DeadlineExtended> listener) {
    return on(DeadlineExtended.class, listener);
  }
}
