package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.guideline.GuidelineVersion;
import org.immutables.value.Value;

/**
 * An adopted guideline amendment made a version that takes effect later, at its {@code effectiveAt}
 * (the procedure's {@code effectDelay} after the decision). A deadline check adopts it then ({@link
 * GuidelineVersionAdopted}), unless a reconsideration cancels it first ({@link
 * ScheduledVersionCancelled}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGuidelineVersionScheduled.class)
@JsonDeserialize(as = ImmutableGuidelineVersionScheduled.class)
public non-sealed interface GuidelineVersionScheduled extends GroupEvent {
  /**
   * Returns the version, with the decision that made it and when it is to take effect.
   *
   * @return the version
   */
  GuidelineVersion version();
}
