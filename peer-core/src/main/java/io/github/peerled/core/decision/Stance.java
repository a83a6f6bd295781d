package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A member's stance on a proposal, as last taken. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableStance.class)
@JsonDeserialize(as = ImmutableStance.class)
public interface Stance {
  /**
   * Returns who took the stance.
   *
   * @return the member
   */
  MemberId member();

  /**
   * Returns the stance.
   *
   * @return the kind
   */
  StanceKind kind();

  /**
   * Returns the reason given.
   *
   * @return the reason; always present for an objection
   */
  Optional<String> reason();

  /**
   * Returns the revision of the proposal the stance was taken on. Only stances on the current
   * revision count; the others are to reconfirm ({@link Proposal#toReconfirm()}).
   *
   * @return the revision number; 1 unless set, as for stances recorded before revisions existed
   */
  @Value.Default
  default int revision() {
    return 1;
  }

  /**
   * Returns the holder of the member's proxy who took the stance on the member's behalf. Such a
   * stance counts for the member, once, until the member takes their own.
   *
   * @return the proxy holder; empty for the member's own stance
   */
  Optional<MemberId> proxy();

  /**
   * Returns when the stance was taken.
   *
   * @return the instant
   */
  Instant at();
}
