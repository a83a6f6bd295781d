package io.github.peerled.core.runtime;

import io.github.peerled.core.event.NominationChanged;
import io.github.peerled.core.event.NominationMade;
import io.github.peerled.core.event.NominationsRevealed;
import io.github.peerled.core.event.RoleAssigned;
import io.github.peerled.core.event.RoleRevoked;
import io.github.peerled.core.event.RoleTermEnded;
import io.github.peerled.core.event.RoleTermStarted;
import io.github.peerled.core.event.SelectionOpened;
import java.util.function.Consumer;

/**
 * The typed hooks for roles: assigned and revoked, selections with their nominations, and terms
 * started and ended. {@link GroupEventPublisher} extends this interface, so a host calls them on
 * {@code runtime.eventPublisher()}; a part of a host that follows only this topic may take a {@code
 * RoleHooks} instead of the whole publisher. Delivery is as {@link GroupEventPublisher} describes.
 *
 * <p>Thread-safe, as the publisher is.
 */
public interface RoleHooks extends TypedHooks {
  /**
   * Listens for {@link RoleAssigned}: a role was assigned.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onRoleAssigned(Consumer<? super RoleAssigned> listener) {
    return on(RoleAssigned.class, listener);
  }

  /**
   * Listens for {@link RoleRevoked}: a role was revoked.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onRoleRevoked(Consumer<? super RoleRevoked> listener) {
    return on(RoleRevoked.class, listener);
  }

  /**
   * Listens for {@link SelectionOpened}: a peer opened the selection of a role.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onSelectionOpened(Consumer<? super SelectionOpened> listener) {
    return on(SelectionOpened.class, listener);
  }

  /**
   * Listens for {@link NominationMade}: a peer nominated a member for a role, before the reveal.
   * The nominee is in the event; a host shows members who nominated, not whom, until the reveal.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onNominationMade(Consumer<? super NominationMade> listener) {
    return on(NominationMade.class, listener);
  }

  /**
   * Listens for {@link NominationsRevealed}: the nominations of a role's selection were revealed;
   * its change round began.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onNominationsRevealed(Consumer<? super NominationsRevealed> listener) {
    return on(NominationsRevealed.class, listener);
  }

  /**
   * Listens for {@link NominationChanged}: a peer changed their nomination in a selection's change
   * round.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onNominationChanged(Consumer<? super NominationChanged> listener) {
    return on(NominationChanged.class, listener);
  }

  /**
   * Listens for {@link RoleTermStarted}: a member began a term in a role, by a decision.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onRoleTermStarted(Consumer<? super RoleTermStarted> listener) {
    return on(RoleTermStarted.class, listener);
  }

  /**
   * Listens for {@link RoleTermEnded}: a member's term in a role ended: it ran its length, or a
   * successor was selected.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onRoleTermEnded(Consumer<? super RoleTermEnded> listener) {
    return on(RoleTermEnded.class, listener);
  }
}
