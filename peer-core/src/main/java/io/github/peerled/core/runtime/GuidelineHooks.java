package io.github.peerled.core.runtime;

import io.github.peerled.core.event.GovernanceSettingsChanged;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.event.GuidelineVersionScheduled;
import io.github.peerled.core.event.MeetingPlanChanged;
import io.github.peerled.core.event.ScheduledVersionCancelled;
import java.util.function.Consumer;

/**
 * The typed hooks for what the group agreed to live by: guideline versions adopted, scheduled and
 * cancelled, the meeting plan and the governance settings. {@link GroupEventPublisher} extends this
 * interface, so a host calls them on {@code runtime.eventPublisher()}; a part of a host that
 * follows only this topic may take a {@code GuidelineHooks} instead of the whole publisher.
 * Delivery is as {@link GroupEventPublisher} describes.
 *
 * <p>Thread-safe, as the publisher is.
 */
public interface GuidelineHooks extends TypedHooks {
  /**
   * Listens for {@link GuidelineVersionAdopted}: a guideline version was adopted.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onGuidelineVersionAdopted(
      Consumer<? super GuidelineVersionAdopted> listener) {
    return on(GuidelineVersionAdopted.class, listener);
  }

  /**
   * Listens for {@link GuidelineVersionScheduled}: an adopted guideline version is to take effect
   * later.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onGuidelineVersionScheduled(
      Consumer<? super GuidelineVersionScheduled> listener) {
    return on(GuidelineVersionScheduled.class, listener);
  }

  /**
   * Listens for {@link ScheduledVersionCancelled}: a reconsideration cancelled a scheduled
   * guideline version.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onScheduledVersionCancelled(
      Consumer<? super ScheduledVersionCancelled> listener) {
    return on(ScheduledVersionCancelled.class, listener);
  }

  /**
   * Listens for {@link MeetingPlanChanged}: the meeting plan changed.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onMeetingPlanChanged(Consumer<? super MeetingPlanChanged> listener) {
    return on(MeetingPlanChanged.class, listener);
  }

  /**
   * Listens for {@link GovernanceSettingsChanged}: the governance settings changed.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onGovernanceSettingsChanged(
      Consumer<? super GovernanceSettingsChanged> listener) {
    return on(GovernanceSettingsChanged.class, listener);
  }
}
