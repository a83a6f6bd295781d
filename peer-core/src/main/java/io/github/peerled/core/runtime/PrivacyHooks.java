package io.github.peerled.core.runtime;

import io.github.peerled.core.event.ContributionTextExpired;
import io.github.peerled.core.event.MemberForgotten;
import java.util.function.Consumer;

/**
 * The typed hooks for privacy: a member forgotten, contribution texts expired; where a host erases
 * its own copies of what listeners heard. {@link GroupEventPublisher} extends this interface, so a
 * host calls them on {@code runtime.eventPublisher()}; a part of a host that follows only this
 * topic may take a {@code PrivacyHooks} instead of the whole publisher. Delivery is as {@link
 * GroupEventPublisher} describes.
 *
 * <p>Thread-safe, as the publisher is.
 */
public interface PrivacyHooks extends TypedHooks {
  /**
   * Listens for {@link MemberForgotten}: a member asked to be forgotten. A host that keeps copies
   * of what listeners heard (names, contribution texts) erases the member's from them here.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onMemberForgotten(Consumer<? super MemberForgotten> listener) {
    return on(MemberForgotten.class, listener);
  }

  /**
   * Listens for {@link ContributionTextExpired}: the text of some sessions' contributions expired
   * under the group's retention setting. A host that keeps copies of what listeners heard
   * (contribution texts, the words a facilitation finding quotes) erases those sessions' words from
   * them here, keeping what is not words (who, when, which contribution, a finding's rule and
   * severity) if it likes.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onContributionTextExpired(
      Consumer<? super ContributionTextExpired> listener) {
    return on(ContributionTextExpired.class, listener);
  }
}
