package io.github.peerled.core.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An objection to a proposal: raised by a stance {@link StanceKind#OBJECT}, numbered from 1 within
 * its proposal, and resolved only by its author, who integrates or withdraws it; nobody else, the
 * facilitator included, can dismiss it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObjection.class)
@JsonDeserialize(as = ImmutableObjection.class)
public interface Objection {
  /**
   * Returns the objection's id: its number within its proposal, 1 for the first raised, then 2, 3,
   * ... In JSON it is the field {@code number}, as before objections had an id type.
   *
   * @return the id within the proposal
   */
  @JsonProperty("number")
  ObjectionId id();

  /**
   * Returns who raised it.
   *
   * @return the member
   */
  MemberId author();

  /**
   * Returns the revision of the proposal it was raised on.
   *
   * @return the revision number, from 1
   */
  int revision();

  /**
   * Returns the reason given.
   *
   * @return the reason
   */
  String reason();

  /**
   * Returns what the objection says is wrong, if its author said so.
   *
   * @return the ground; always present under a procedure with an objection test
   */
  Optional<ObjectionGround> ground();

  /**
   * Returns when it was raised.
   *
   * @return the instant
   */
  Instant raisedAt();

  /**
   * Returns where it stands.
   *
   * @return the status
   */
  @Value.Default
  default ObjectionStatus status() {
    return ObjectionStatus.OPEN;
  }

  /**
   * Returns when its author integrated or withdrew it.
   *
   * @return the instant; empty while it is open
   */
  Optional<Instant> resolvedAt();

  /**
   * Tells whether it is open.
   *
   * @return true until its author integrates or withdraws it
   */
  @JsonIgnore
  default boolean isOpen() {
    return status() == ObjectionStatus.OPEN;
  }
}
