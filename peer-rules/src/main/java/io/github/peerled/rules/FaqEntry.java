package io.github.peerled.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * An answer a mentoring forum has already written down, with the phrases of the questions it
 * answers. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFaqEntry.class)
@JsonDeserialize(as = ImmutableFaqEntry.class)
public interface FaqEntry {
  /**
   * Returns the entry's id.
   *
   * @return for example {@code travel-with-insulin}
   */
  String id();

  /**
   * Returns the entry's title.
   *
   * @return for example "Flying with insulin"
   */
  String title();

  /**
   * Returns phrases of questions the entry answers, matched on word boundaries.
   *
   * @return at least one phrase
   */
  List<String> phrases();

  /**
   * Returns where the entry is.
   *
   * @return a link or location
   */
  String link();

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if there is no phrase
   */
  @Value.Check
  default void check() {
    if (phrases().isEmpty()) {
      throw new IllegalStateException("FAQ entry " + id() + " needs at least one phrase");
    }
  }
}
