package io.github.peerled.core.guideline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every version of a group's guidelines, oldest first. No version is ever lost: a new version is
 * added, never replaces one. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGuidelineHistory.class)
@JsonDeserialize(as = ImmutableGuidelineHistory.class)
public interface GuidelineHistory {
  /**
   * Returns the versions, oldest first, numbered 1, 2, 3, ...
   *
   * @return the versions
   */
  List<GuidelineVersion> versions();

  /**
   * Returns an empty history, before the founding members adopt version 1.
   *
   * @return the history
   */
  static GuidelineHistory empty() {
    return ImmutableGuidelineHistory.builder().build();
  }

  /**
   * Returns the version in force now: the newest.
   *
   * @return the version, or empty before the founding guidelines are adopted
   */
  default Optional<GuidelineVersion> current() {
    List<GuidelineVersion> v = versions();
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  /**
   * Returns the number of the version in force now.
   *
   * @return the number, or 0 before the founding guidelines are adopted
   */
  default int currentNumber() {
    return versions().size();
  }

  /**
   * Returns a version by number.
   *
   * @param number the version number
   * @return the version, or empty if there is none with that number
   */
  default Optional<GuidelineVersion> version(int number) {
    return number >= 1 && number <= versions().size()
        ? Optional.of(versions().get(number - 1))
        : Optional.empty();
  }

  /**
   * Returns the version that was in force at an instant: the newest that took effect at or before
   * it.
   *
   * @param instant the instant
   * @return the version, or empty if none had taken effect yet
   */
  default Optional<GuidelineVersion> inForceAt(Instant instant) {
    List<GuidelineVersion> v = versions();
    for (int i = v.size() - 1; i >= 0; i--) {
      if (!v.get(i).effectiveAt().isAfter(instant)) {
        return Optional.of(v.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns what changed between two versions.
   *
   * @param from the older version's number
   * @param to the newer version's number
   * @return the diff
   * @throws IllegalArgumentException if either version does not exist
   */
  default GuidelineDiff diff(int from, int to) {
    GuidelineVersion a =
        version(from)
            .orElseThrow(
                () -> new IllegalArgumentException("there is no guideline version " + from));
    GuidelineVersion b =
        version(to)
            .orElseThrow(() -> new IllegalArgumentException("there is no guideline version " + to));
    return GuidelineDiff.between(a, b);
  }

  /**
   * Returns this history with a version added.
   *
   * @param version the new version
   * @return the new history
   * @throws IllegalArgumentException if the version's number is not the next one
   */
  default GuidelineHistory with(GuidelineVersion version) {
    if (version.number() != versions().size() + 1) {
      throw new IllegalArgumentException(
          "the next guideline version is " + (versions().size() + 1) + ", not " + version.number());
    }
    return ImmutableGuidelineHistory.builder().from(this).addVersion(version).build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if the versions are not numbered 1, 2, 3, ... or their effective
   *     instants go backwards
   */
  @Value.Check
  default void check() {
    List<GuidelineVersion> v = versions();
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i).number() != i + 1) {
        throw new IllegalStateException(
            "guideline versions must be numbered 1, 2, 3, ...; found "
                + v.get(i).number()
                + " at position "
                + (i + 1));
      }
      if (i > 0 && v.get(i).effectiveAt().isBefore(v.get(i - 1).effectiveAt())) {
        throw new IllegalStateException(
            "guideline version " + (i + 1) + " takes effect before version " + i);
      }
    }
  }
}
