package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.leadership.RoleName;
import org.immutables.value.Value;

/**
 * Opens the selection of a role the group defines ({@code GovernanceSettings.roles()}): members may
 * then nominate ({@link NominateForRole}). One selection per role at a time; it may open while the
 * role is held, to choose the next holder. Only peers open selections. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOpenSelection.class)
@JsonDeserialize(as = ImmutableOpenSelection.class)
public non-sealed interface OpenSelection extends GroupCommand {
  /**
   * Returns the role.
   *
   * @return the role's name
   */
  RoleName role();

  /**
   * Returns a builder of {@code OpenSelection}; actor and role must be set before {@code build()}.
   *
   * @return a new builder; not thread-safe, the command it builds is
   */
  static ImmutableOpenSelection.Builder builder() {
    return ImmutableOpenSelection.builder();
  }
}
