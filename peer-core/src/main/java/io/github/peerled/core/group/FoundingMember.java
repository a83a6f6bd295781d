package io.github.peerled.core.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.privacy.PersonalData;
import java.util.Optional;
import org.immutables.value.Value;

/** A person who founds a group. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableFoundingMember.class)
@JsonDeserialize(as = ImmutableFoundingMember.class)
public interface FoundingMember {
  /**
   * Returns the founder's member id.
   *
   * @return the id
   */
  MemberId id();

  /**
   * Returns the name the founder goes by.
   *
   * @return the name, if given
   */
  @PersonalData(owner = "id")
  Optional<String> displayName();

  /**
   * Returns a founding member.
   *
   * @param id the member id
   * @param displayName the name
   * @return the founding member
   * @throws IllegalArgumentException if {@code id} is not a valid id
   */
  static FoundingMember of(String id, String displayName) {
    return ImmutableFoundingMember.builder().id(MemberId.of(id)).displayName(displayName).build();
  }
}
