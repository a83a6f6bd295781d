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
public non-sealed interface LeaveGroup extends GroupCommand {}
