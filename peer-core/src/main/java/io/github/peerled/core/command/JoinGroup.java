package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Joins the group as a new member, acknowledging the guideline version in force. The new member's
 * id is {@link #member()}; a person joins in their own name, so the {@linkplain #actor() actor} is
 * the same id (a command whose actor differs is refused as not permitted). {@link #of(MemberId,
 * int)} sets both. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJoinGroup.class)
@JsonDeserialize(as = ImmutableJoinGroup.class)
public non-sealed interface JoinGroup extends GroupCommand {
  /**
   * Returns the id the new member takes. JSON written before this field existed has no {@code
   * member}; it reads as the actor, who was the new member then.
   *
   * @return the new member's id; the actor unless set
   */
  @Value.Default
  default MemberId member() {
    return actor();
  }

  /**
   * Returns the name the new member goes by.
   *
   * @return the name the new member goes by
   */
  Optional<String> displayName();

  /**
   * Returns the standing asked for (newcomer, advisor or guest).
   *
   * @return the standing asked for (newcomer, advisor or guest)
   */
  @Value.Default
  default Standing standing() {
    return Standing.NEWCOMER;
  }

  /**
   * Returns where an advisor comes from.
   *
   * @return where an advisor comes from
   */
  Optional<Affiliation> affiliation();

  /**
   * Returns the guideline version the new member read and acknowledges (a stale version is a
   * conflict).
   *
   * @return the guideline version the new member read and acknowledges (a stale version is a
   *     conflict)
   */
  int acknowledgedVersion();

  /**
   * Returns the command by which a person joins as a newcomer in their own name, the id being both
   * the new member and the actor. For example {@code JoinGroup.of(MemberId.of("carol"),
   * state.guidelineVersionNumber())}.
   *
   * @param member the id the new member takes
   * @param acknowledgedVersion the number of the guideline version in force the new member read
   * @return the command
   */
  static JoinGroup of(MemberId member, int acknowledgedVersion) {
    return builder().actor(member).member(member).acknowledgedVersion(acknowledgedVersion).build();
  }

  /**
   * Returns a builder of {@code JoinGroup}; every part without a default must be set before {@code
   * build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * JoinGroup joinGroup = JoinGroup.builder()
   *     .actor(MemberId.of("carol"))
   *     .member(MemberId.of("carol"))
   *     .displayName("Carol")
   *     .standing(Standing.GUEST)
   *     .acknowledgedVersion(state.guidelineVersionNumber())
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableJoinGroup.Builder builder() {
    return ImmutableJoinGroup.builder();
  }
}
