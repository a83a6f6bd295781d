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

  /**
   * Returns a builder of {@code FoundingMember}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * FoundingMember foundingMember = FoundingMember.builder()
   *     .id(MemberId.of("alice"))
   *     .displayName("Alice")
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableFoundingMember.Builder builder() {
    return ImmutableFoundingMember.builder();
  }
}
