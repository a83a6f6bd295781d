package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A founding member endorsed the draft of the first guidelines. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableFoundingGuidelinesEndorsed.class)
@JsonDeserialize(as = ImmutableFoundingGuidelinesEndorsed.class)
public non-sealed interface FoundingGuidelinesEndorsed extends GroupEvent {
  /**
   * Returns the revision number of the endorsed draft.
   *
   * @return the revision number of the endorsed draft
   */
  int revision();
}
