package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.guideline.Clause;
import java.util.List;
import org.immutables.value.Value;

/**
 * The founders revised the draft of their first guidelines; earlier endorsements no longer count.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFoundingDraftRevised.class)
@JsonDeserialize(as = ImmutableFoundingDraftRevised.class)
public non-sealed interface FoundingDraftRevised extends GroupEvent {
  /**
   * Returns the revised draft.
   *
   * @return the revised draft
   */
  List<Clause> draft();

  /**
   * Returns the draft's revision number (the founding draft is revision 1).
   *
   * @return the draft's revision number (the founding draft is revision 1)
   */
  int revision();
}
