package io.github.peerled.core.runtime;

import io.github.peerled.core.event.AttendanceRecorded;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.FacilitationVolunteered;
import io.github.peerled.core.event.FacilitatorHandedOver;
import io.github.peerled.core.event.SessionClosed;
import io.github.peerled.core.event.SessionScheduled;
import io.github.peerled.core.event.SessionStarted;
import java.util.function.Consumer;

/**
 * The typed hooks for sessions: scheduled, facilitated, attended, contributions recorded, closed.
 * {@link GroupEventPublisher} extends this interface, so a host calls them on {@code
 * runtime.eventPublisher()}; a part of a host that follows only this topic may take a {@code
 * SessionHooks} instead of the whole publisher. Delivery is as {@link GroupEventPublisher}
 * describes.
 *
 * <p>Thread-safe, as the publisher is.
 */
public interface SessionHooks extends TypedHooks {
  /**
   * Listens for {@link SessionScheduled}: a session was scheduled.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onSessionScheduled(Consumer<? super SessionScheduled> listener) {
    return on(SessionScheduled.class, listener);
  }

  /**
   * Listens for {@link FacilitationVolunteered}: a member volunteered to facilitate.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onFacilitationVolunteered(
      Consumer<? super FacilitationVolunteered> listener) {
    return on(FacilitationVolunteered.class, listener);
  }

  /**
   * Listens for {@link SessionStarted}: a session started.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onSessionStarted(Consumer<? super SessionStarted> listener) {
    return on(SessionStarted.class, listener);
  }

  /**
   * Listens for {@link FacilitatorHandedOver}: facilitation was handed over.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onFacilitatorHandedOver(Consumer<? super FacilitatorHandedOver> listener) {
    return on(FacilitatorHandedOver.class, listener);
  }

  /**
   * Listens for {@link AttendanceRecorded}: attendance was recorded.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onAttendanceRecorded(Consumer<? super AttendanceRecorded> listener) {
    return on(AttendanceRecorded.class, listener);
  }

  /**
   * Listens for {@link ContributionRecorded}: a contribution was recorded in a session.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onContributionRecorded(Consumer<? super ContributionRecorded> listener) {
    return on(ContributionRecorded.class, listener);
  }

  /**
   * Listens for {@link SessionClosed}: a session closed.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onSessionClosed(Consumer<? super SessionClosed> listener) {
    return on(SessionClosed.class, listener);
  }
}
