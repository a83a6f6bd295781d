package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The group's review of a held contribution: keep it hidden or restore it, with the group's reason.
 * Open to a group whose governance settings say the group reviews holds ({@link
 * GovernanceSettings#holdReviewer()} is {@link HoldReviewer#GROUP}); decided by the group's
 * procedure for {@link DecisionKind#MEMBERSHIP}, as a decision about the contribution's author: the
 * author may comment but is left out of the electorate, so of its count and quorum, and so are the
 * members who flagged it (their flag was their say). Adopted while the contribution is still held,
 * it records {@code HoldReviewed} naming the decision; a hold is reviewed once. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHoldReview.class)
@JsonDeserialize(as = ImmutableHoldReview.class)
public non-sealed interface HoldReview extends ProposalContent {
  /**
   * Returns the session of the held contribution.
   *
   * @return the session
   */
  SessionId sessionId();

  /**
   * Returns the held contribution's number within its session.
   *
   * @return the number, from 1
   */
  int number();

  /**
   * Returns the author of the held contribution, whom the decision is about; the engine checks it
   * against the session.
   *
   * @return the author
   */
  MemberId author();

  /**
   * Tells whether the hold is kept.
   *
   * @return true to keep the contribution hidden; false to restore it
   */
  boolean keep();

  /**
   * Returns the group's reason, recorded with the review.
   *
   * @return the reason, not blank
   */
  String reason();

  @Override
  default DecisionKind decisionKind() {
    return DecisionKind.MEMBERSHIP;
  }

  @Override
  default Set<MemberId> subjects() {
    return Set.of(author());
  }

  /**
   * Returns a builder of {@code HoldReview}; every part without a default must be set before {@code
   * build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * HoldReview review = HoldReview.builder()
   *     .sessionId(SessionId.of("s-1"))
   *     .number(3)
   *     .author(MemberId.of("carol"))
   *     .keep(false)
   *     .reason("Read in context it is a joke between friends.")
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableHoldReview.Builder builder() {
    return ImmutableHoldReview.builder();
  }
}
