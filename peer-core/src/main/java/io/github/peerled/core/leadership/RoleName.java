package io.github.peerled.core.leadership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;

/**
 * The name of a role a group defines in its governance settings ({@link RoleDefinition}), such as
 * {@code representative} or {@code note-taker}. The names of the built-in roles ({@code
 * facilitator}, {@code co-facilitator}, {@code mentor}) are taken: those roles keep their own ways
 * (rotation, a leadership change). Immutable and thread-safe.
 *
 * @param value the name: 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
 */
public record RoleName(@JsonValue String value) implements Comparable<RoleName> {
  private static final Set<String> BUILT_IN = Set.of("facilitator", "co-facilitator", "mentor");

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is blank, too long, has other characters or names
   *     a built-in role
   */
  public RoleName {
    io.github.peerled.core.internal.Ids.check("role name", value);
    if (BUILT_IN.contains(value.toLowerCase(Locale.ROOT).replace('_', '-'))) {
      throw new IllegalArgumentException(
          "role name '"
              + value
              + "' names a built-in role; facilitation rotates and mentors are named by a"
              + " leadership change");
    }
  }

  /**
   * Returns the name with this value.
   *
   * @param value the name
   * @return the name
   * @throws IllegalArgumentException if the name is not valid
   */
  @JsonCreator
  public static RoleName of(String value) {
    return new RoleName(value);
  }

  @Override
  public int compareTo(RoleName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
