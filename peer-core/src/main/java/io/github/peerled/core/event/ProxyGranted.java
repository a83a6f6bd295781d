package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A peer (the actor) granted a proxy to another peer, who may take stances on the actor's behalf
 * within its scope until its end date. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProxyGranted.class)
@JsonDeserialize(as = ImmutableProxyGranted.class)
public non-sealed interface ProxyGranted extends GroupEvent {
  /**
   * Returns the member who holds the proxy.
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
}
