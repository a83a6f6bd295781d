package io.github.peerled.core.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.DeadlineStatus;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.group.EndorsementStatus;
import io.github.peerled.core.group.GroupStatus;
import io.github.peerled.core.group.MemberStatus;
import io.github.peerled.core.group.Status;
import io.github.peerled.core.session.SessionStatus;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a command was rejected: a typed reason, a plain message, and for a wrong state the current
 * and the expected states. A rejection is a value, not an exception; a rejected command changes
 * nothing. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRejection.class)
@JsonDeserialize(as = ImmutableRejection.class)
public interface Rejection {
  /**
   * Returns the reason.
   *
   * @return the reason
   */
  RejectionReason reason();

  /**
   * Returns the plain message.
   *
   * @return the message, fit to show to the member
   */
  String message();

  /**
   * Returns the state of the thing acted on, for {@link RejectionReason#WRONG_STATE}: a {@link
   * GroupStatus}, {@link EndorsementStatus}, {@link ProposalStatus}, {@link SessionStatus}, {@link
   * MemberStatus} or {@link DeadlineStatus}. In JSON it is written with its type, as {@code
   * {"ProposalStatus": "OPEN"}}.
   *
   * @return the current state; empty unless the reason is {@code WRONG_STATE}
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
  @JsonSubTypes({
    @JsonSubTypes.Type(GroupStatus.class),
    @JsonSubTypes.Type(EndorsementStatus.class),
    @JsonSubTypes.Type(ProposalStatus.class),
    @JsonSubTypes.Type(SessionStatus.class),
    @JsonSubTypes.Type(MemberStatus.class),
    @JsonSubTypes.Type(DeadlineStatus.class)
  })
  Optional<Status> currentState();

  /**
   * Returns the states that would have accepted the command, for {@link
   * RejectionReason#WRONG_STATE}, of the same type as {@link #currentState()}.
   *
   * @return the expected states; empty unless the reason is {@code WRONG_STATE}
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
  @JsonSubTypes({
    @JsonSubTypes.Type(GroupStatus.class),
    @JsonSubTypes.Type(EndorsementStatus.class),
    @JsonSubTypes.Type(ProposalStatus.class),
    @JsonSubTypes.Type(SessionStatus.class),
    @JsonSubTypes.Type(MemberStatus.class),
    @JsonSubTypes.Type(DeadlineStatus.class)
  })
  List<Status> expectedStates();

  /**
   * Returns a rejection.
   *
   * @param reason the reason
   * @param message the message
   * @return the rejection
   */
  static Rejection of(RejectionReason reason, String message) {
    return ImmutableRejection.builder().reason(reason).message(message).build();
  }
}
