package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A proxy: a peer (the grantor) lets another peer (the holder) take stances on their behalf while
 * they cannot, within a scope (every proposal, the proposals of one kind, or one proposal) and
 * until an end date. Only the grantor grants and revokes it; it is not valid from its end date on,
 * and it ends when either member leaves the group or is forgotten. A member has at most one proxy
 * in force at a time. A stance taken by proxy names both members, counts once, for the grantor, and
 * gives way to the grantor's own stance, taken before or after; the holder cannot pass the proxy
 * on. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProxy.class)
@JsonDeserialize(as = ImmutableProxy.class)
public interface Proxy {
  /**
   * Returns the member who granted the proxy, on whose behalf the holder takes stances.
   *
   * @return the grantor
   */
  MemberId grantor();

  /**
   * Returns the member who holds the proxy.
   *
   * @return the holder
   */
  MemberId holder();

  /**
   * Returns the kind of decision the proxy is limited to.
   *
   * @return the kind; empty unless the proxy is limited to one kind
   */
  Optional<DecisionKind> kind();

  /**
   * Returns the proposal the proxy is limited to.
   *
   * @return the proposal; empty unless the proxy is limited to one proposal
   */
  Optional<ProposalId> proposalId();

  /**
   * Returns when the proxy was granted.
   *
   * @return the instant
   */
  Instant grantedAt();

  /**
   * Returns the end date: from this instant on the proxy is no longer valid.
   *
   * @return the instant
   */
  Instant endsAt();

  /**
   * Tells whether the proxy is valid at an instant: granted by then, and before its end date.
   *
   * @param at the instant
   * @return true if it is in force
   */
  default boolean inForceAt(Instant at) {
    return !at.isBefore(grantedAt()) && at.isBefore(endsAt());
  }

  /**
   * Tells whether the proxy's scope covers a proposal: every proposal, the proposal's kind of
   * decision, or that proposal.
   *
   * @param proposal the proposal
   * @return true if the holder may take a stance on it for the grantor (while in force)
   */
  default boolean covers(Proposal proposal) {
    Optional<ProposalId> one = proposalId();
    if (one.isPresent()) {
      return one.get().equals(proposal.id());
    }
    Optional<DecisionKind> k = kind();
    return k.isEmpty() || k.get() == proposal.content().decisionKind();
  }
}
