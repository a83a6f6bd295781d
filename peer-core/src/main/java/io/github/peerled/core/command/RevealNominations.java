package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.leadership.RoleName;
import org.immutables.value.Value;

/**
 * Reveals the nominations of a role's selection and starts its change round. When nobody was
 * nominated, the reveal names the fallback (rotation's round robin among the eligible members). A
 * leadership proposal ({@code LeadershipChange.assignment()}) then decides. Only peers reveal.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRevealNominations.class)
@JsonDeserialize(as = ImmutableRevealNominations.class)
public non-sealed interface RevealNominations extends GroupCommand {
  /**
   * Returns the role.
   *
   * @return the role's name
   */
  RoleName role();

  /**
   * Returns a builder of {@code RevealNominations}; actor and role must be set before {@code
   * build()}.
   *
   * @return a new builder; not thread-safe, the command it builds is
   */
  static ImmutableRevealNominations.Builder builder() {
    return ImmutableRevealNominations.builder();
  }
}
