package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Grants a proxy: the actor (the grantor, a peer) lets another peer (the holder) take stances on
 * their behalf, within a scope and until an end date. Only the grantor can grant their proxy: the
 * actor is always the grantor. The holder must be an active peer other than the grantor; the end
 * date must lie after the clock's instant; at most one of {@link #kind()} and {@link #proposalId()}
 * may be given (neither: every proposal). A member has at most one proxy in force at a time: to
 * change it, revoke it first. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrantProxy.class)
@JsonDeserialize(as = ImmutableGrantProxy.class)
public non-sealed interface GrantProxy extends GroupCommand {
  /**
   * Returns the member who is to hold the proxy.
   *
   * @return the holder
   */
  MemberId holder();

  /**
   * Returns the kind of decision the proxy is limited to.
   *
   * @return the kind; empty for every kind
   */
  Optional<DecisionKind> kind();

  /**
   * Returns the proposal the proxy is limited to.
   *
   * @return the proposal; empty for every proposal (of the kind, if one is given)
   */
  Optional<ProposalId> proposalId();

  /**
   * Returns the end date: from this instant on the proxy is no longer valid.
   *
   * @return the instant
   */
  Instant endsAt();

  /**
   * Returns a builder of {@code GrantProxy}; every part without a default must be set before {@code
   * build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * GrantProxy grantProxy = GrantProxy.builder()
   *     .actor(MemberId.of("alice"))
   *     .holder(MemberId.of("bob"))
   *     .endsAt(Instant.parse("2026-04-01T00:00:00Z"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableGrantProxy.Builder builder() {
    return ImmutableGrantProxy.builder();
  }
}
