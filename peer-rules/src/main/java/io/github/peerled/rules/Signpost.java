package io.github.peerled.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Help a facilitator can point to: a crisis line, a support service, a leaflet or web page. The
 * group configures its own. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSignpost.class)
@JsonDeserialize(as = ImmutableSignpost.class)
public interface Signpost {
  /** What kind of help a signpost is. */
  enum Kind {
    /** For someone in crisis, now. */
    CRISIS,
    /** Support beyond the group: counselling, a helpline. */
    SUPPORT,
    /** Information: a leaflet, a page, the group's own documentation. */
    INFORMATION
  }

  /**
   * Returns the kind of help.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * Returns the name of the help, as a facilitator would say it.
   *
   * @return for example "Samaritans"
   */
  String label();

  /**
   * Returns how to reach it.
   *
   * @return a phone number or address, if given
   */
  Optional<String> detail();

  /**
   * Returns a signpost.
   *
   * @param kind the kind
   * @param label the name
   * @param detail how to reach it
   * @return the signpost
   */
  static Signpost of(Kind kind, String label, String detail) {
    return ImmutableSignpost.builder().kind(kind).label(label).detail(detail).build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if the label is blank
   */
  @Value.Check
  default void check() {
    if (label().isBlank()) {
      throw new IllegalStateException("a signpost needs a label");
    }
  }
}
