package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
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
public non-sealed interface ForgetMember extends GroupCommand {
  /**
   * Returns a builder of {@code ForgetMember}; the actor must be set before {@code build()}, which
   * throws {@link IllegalStateException} if it is missing. For example:
   *
   * <pre>{@code
   * ForgetMember forget = ForgetMember.builder().actor(MemberId.of("carol")).build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableForgetMember.Builder builder() {
    return ImmutableForgetMember.builder();
  }

  /**
   * Returns the command by which a member asks to be forgotten.
   *
   * @param member the member who asks, and who is forgotten
   * @return the command
   */
  static ForgetMember of(MemberId member) {
    return builder().actor(member).build();
  }
}
