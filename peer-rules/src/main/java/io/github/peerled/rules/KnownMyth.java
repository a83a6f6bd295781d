package io.github.peerled.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A claim the group has noted as often mistaken, with the phrases that voice it and the resource to
 * point to. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKnownMyth.class)
@JsonDeserialize(as = ImmutableKnownMyth.class)
public interface KnownMyth {
  /**
   * Returns the myth's id.
   *
   * @return for example {@code cinnamon-cure}
   */
  String id();

  /**
   * Returns the claim in a few words.
   *
   * @return for example "cinnamon cures diabetes"
   */
  String claim();

  /**
   * Returns phrases that voice the claim, matched on word boundaries (a trailing {@code *} matches
   * the start of a word).
   *
   * @return at least one phrase
   */
  List<String> phrases();

  /**
   * Returns where the group can check the claim.
   *
   * @return the resource, if any
   */
  Optional<Signpost> resource();

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if there is no phrase
   */
  @Value.Check
  default void check() {
    if (phrases().isEmpty()) {
      throw new IllegalStateException("known myth " + id() + " needs at least one phrase");
    }
  }
}
