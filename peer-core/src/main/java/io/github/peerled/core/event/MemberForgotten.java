package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import org.immutables.value.Value;

/**
 * A member asked to be forgotten: they have left, and their personal values read as {@link
 * io.github.peerled.core.privacy.PersonalData#REMOVED} from here on. Records that erasure happened,
 * never what was erased. A store with member keys destroys the member's keys when it appends this
 * event. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemberForgotten.class)
@JsonDeserialize(as = ImmutableMemberForgotten.class)
public non-sealed interface MemberForgotten extends GroupEvent {
  /**
   * Returns the member forgotten (the actor themself).
   *
   * @return the member
   */
  MemberId member();
}
