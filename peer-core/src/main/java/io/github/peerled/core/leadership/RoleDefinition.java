package io.github.peerled.core.leadership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * A role the group defines: its name, its duties, how long a term lasts, who may hold it and how
 * many terms in a row. A role gives duties, never extra decision power: its holder takes one stance
 * like every peer, with no veto. A holder is chosen by a selection ({@code OpenSelection}, {@code
 * NominateForRole}, {@code RevealNominations}) and a leadership decision ({@code
 * LeadershipChange.assignment()}); the term ends by itself at a deadline check ({@code
 * RoleTermEnded}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleDefinition.class)
@JsonDeserialize(as = ImmutableRoleDefinition.class)
public interface RoleDefinition {
  /** The longest term a group may set: two years. */
  Duration MAX_TERM = Duration.ofDays(730);

  /**
   * Returns the role's name.
   *
   * @return the name
   */
  RoleName name();

  /**
   * Returns what the holder does for the group.
   *
   * @return the duties; not blank
   */
  String duties();

  /**
   * Returns how long a term lasts.
   *
   * @return at least one day, at most {@link #MAX_TERM}
   */
  Duration term();

  /**
   * Tells whether newcomers may hold the role during their newcomer period.
   *
   * @return false unless set
   */
  @Value.Default
  default boolean newcomersEligible() {
    return false;
  }

  /**
   * Tells whether advisors may hold the role. Guests never do. Holding a role gives an advisor no
   * stance that counts.
   *
   * @return false unless set
   */
  @Value.Default
  default boolean advisorsEligible() {
    return false;
  }

  /**
   * Returns how many terms in a row one member may hold the role while anyone else is eligible.
   *
   * @return at least 1; 2 unless set
   */
  @Value.Default
  default int maxConsecutiveTerms() {
    return 2;
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalArgumentException if the duties are blank, the term is shorter than a day or
   *     longer than {@link #MAX_TERM}, or the consecutive-term limit is below 1
   */
  @Value.Check
  default void check() {
    if (duties().isBlank()) {
      throw new IllegalArgumentException("role " + name() + ": duties must not be blank");
    }
    if (term().compareTo(Duration.ofDays(1)) < 0 || term().compareTo(MAX_TERM) > 0) {
      throw new IllegalArgumentException(
          "role " + name() + ": term must be between 1 day and " + MAX_TERM + ", was " + term());
    }
    if (maxConsecutiveTerms() < 1) {
      throw new IllegalArgumentException(
          "role "
              + name()
              + ": maxConsecutiveTerms must be at least 1, was "
              + maxConsecutiveTerms());
    }
  }

  /**
   * Returns a builder; name, duties and term must be set before {@code build()}. For example:
   *
   * <pre>{@code
   * RoleDefinition representative = RoleDefinition.builder()
   *     .name(RoleName.of("representative"))
   *     .duties("Speaks for the group at the network's monthly call.")
   *     .term(Duration.ofDays(90))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the definition it builds is
   */
  static ImmutableRoleDefinition.Builder builder() {
    return ImmutableRoleDefinition.builder();
  }
}
