package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Asks the group to forget the actor: they leave (if they have not already), and every personal
 * value of theirs ({@link io.github.peerled.core.privacy.PersonalData}) reads as {@link
 * io.github.peerled.core.privacy.PersonalData#REMOVED} from then on, in the state and, through the
 * store's keys, in the log. Their id, their stances, the tallies and every outcome stay. Only the
 * member themself may ask it, whether they are still in the group or have left; a host acting on a
 * member's request gives it as that member. Refused for someone who never joined, someone already
 * forgotten, and before the founding guidelines are adopted. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForgetMember.class)
@JsonDeserialize(as = ImmutableForgetMember.class)
public non-sealed interface ForgetMember extends GroupCommand {}
