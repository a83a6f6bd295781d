package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A comment on a proposal. Anyone in the group may comment, advisors and guests included; a
 * recommendation is advice to the group, never a decision. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComment.class)
@JsonDeserialize(as = ImmutableComment.class)
public interface Comment {
  /**
   * Returns who commented.
   *
   * @return the member
   */
  MemberId author();

  /**
   * Returns the comment.
   *
   * @return the text
   */
  String text();

  /**
   * Tells whether the comment is a recommendation (for example an advisor's).
   *
   * @return true for a recommendation
   */
  boolean recommendation();

  /**
   * Returns when the comment was made.
   *
   * @return the instant
   */
  Instant at();
}
