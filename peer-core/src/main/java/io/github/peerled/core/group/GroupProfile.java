package io.github.peerled.core.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a group is: its name, purpose and topic, how it meets and who may join. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupProfile.class)
@JsonDeserialize(as = ImmutableGroupProfile.class)
public interface GroupProfile {
  /**
   * Returns the group's name.
   *
   * @return the name, not blank
   */
  String name();

  /**
   * Returns the group's purpose in its own words.
   *
   * @return for example "we share what helps us live well with diabetes"
   */
  String purpose();

  /**
   * Returns the lived experience the group is about.
   *
   * @return for example "type 1 and type 2 diabetes"
   */
  String topic();

  /**
   * Returns the form peer support takes in the group.
   *
   * @return the structure; {@link GroupStructure#GROUP} unless set
   */
  @Value.Default
  default GroupStructure structure() {
    return GroupStructure.GROUP;
  }

  /**
   * Returns the ways the group meets, in the order given.
   *
   * @return at least one format
   */
  List<MeetingFormat> formats();

  /**
   * Returns who may join, in words.
   *
   * @return for example "anyone living with diabetes, and their families"
   */
  String openTo();

  /**
   * Tells whether taking part costs a fee. Peer support keeps barriers low.
   *
   * @return false unless set
   */
  @Value.Default
  default boolean feeRequired() {
    return false;
  }

  /**
   * Tells whether taking part needs an account.
   *
   * @return false unless set
   */
  @Value.Default
  default boolean accountRequired() {
    return false;
  }

  /**
   * Returns when and where the group meets, once that is agreed.
   *
   * @return the meeting plan
   */
  Optional<MeetingPlan> meeting();

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalArgumentException if the name is blank
   * @throws IllegalStateException if no format is given
   */
  @Value.Check
  default void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException(
          "the name of a group must hold at least one character that is not a space");
    }
    if (formats().isEmpty()) {
      throw new IllegalStateException("a group profile needs at least one meeting format");
    }
  }

  /**
   * Returns a builder of {@code GroupProfile}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * GroupProfile groupProfile = GroupProfile.builder()
   *     .name("Living Well")
   *     .purpose("We share what helps us live well with diabetes.")
   *     .topic("diabetes")
   *     .addFormats(MeetingFormat.ONLINE)
   *     .openTo("anyone living with diabetes")
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableGroupProfile.Builder builder() {
    return ImmutableGroupProfile.builder();
  }
}
