package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ObjectionGround;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.PersonalData;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member took (or changed) their stance on an open proposal, themself or through the holder of
 * their proxy ({@link #onBehalfOf()}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStanceTaken.class)
@JsonDeserialize(as = ImmutableStanceTaken.class)
public non-sealed interface StanceTaken extends GroupEvent {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the stance.
   *
   * @return the stance
   */
  StanceKind kind();

  /**
   * Returns the reason given.
   *
   * @return the reason given
   */
  @PersonalData
  Optional<String> reason();

  /**
   * Returns what an objection names, a harm or a better way: required for an objection under a
   * procedure with an objection test ({@code DecisionProcedure.objectionTest()}), refused for any
   * other stance. Absent in logs written before it existed.
   *
   * @return the ground; empty unless given
   */
  Optional<ObjectionGround> ground();

  /**
   * Returns the member on whose behalf the actor, their proxy holder, took the stance: the stance
   * is that member's, and the event names both. Absent for a stance of the actor's own, and in logs
   * written before proxies existed.
   *
   * @return the member; empty for a stance of the actor's own
   */
  Optional<MemberId> onBehalfOf();
}
