package io.github.peerled.rules.files;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.guideline.Clause;
import java.util.List;
import org.immutables.value.Value;

/** The guidelines in force, in a group file. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableGuidelinesEntry.class)
@JsonDeserialize(as = ImmutableGuidelinesEntry.class)
public interface GuidelinesEntry {
  /**
   * Returns the version number in force.
   *
   * @return the number; 1 unless set
   */
  @Value.Default
  default int version() {
    return 1;
  }

  /**
   * Returns the clauses, in order.
   *
   * @return the clauses
   */
  List<Clause> clauses();
}
