package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.guideline.GuidelineVersion;
import org.immutables.value.Value;

/** A guideline version was adopted and took effect. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableGuidelineVersionAdopted.class)
@JsonDeserialize(as = ImmutableGuidelineVersionAdopted.class)
public non-sealed interface GuidelineVersionAdopted extends GroupEvent {
  /**
   * Returns the adopted version.
   *
   * @return the adopted version
   */
  GuidelineVersion version();
}
