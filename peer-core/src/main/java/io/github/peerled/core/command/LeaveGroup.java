package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Leaves the group. The group keeps the actor's id, so tallies stay intact, and forgets their name.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLeaveGroup.class)
@JsonDeserialize(as = ImmutableLeaveGroup.class)
public non-sealed interface LeaveGroup extends GroupCommand {

  /**
   * Returns a builder of {@code LeaveGroup}; every part without a default must be set before {@code
   * build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * LeaveGroup leaveGroup = LeaveGroup.builder().actor(MemberId.of("carol")).build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableLeaveGroup.Builder builder() {
    return ImmutableLeaveGroup.builder();
  }
}
