package io.github.peerled.core.leadership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import java.util.Optional;
import org.immutables.value.Value;

/** Who facilitates a session, and why. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableFacilitatorChoice.class)
@JsonDeserialize(as = ImmutableFacilitatorChoice.class)
public interface FacilitatorChoice {
  /**
   * Returns the facilitator.
   *
   * @return the member
   */
  MemberId facilitator();

  /**
   * Returns the co-facilitator, under {@link RotationKind#CO_FACILITATOR_PAIRS}.
   *
   * @return the member, if any
   */
  Optional<MemberId> coFacilitator();

  /**
   * Returns how the choice was made, in words.
   *
   * @return the reason
   */
  String reason();
}
