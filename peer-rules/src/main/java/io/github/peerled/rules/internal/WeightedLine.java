package io.github.peerled.rules.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The shared reading of a weighted lexicon line, {@code phrase<TAB>class<TAB>weight}, and the
 * payload that packs a class and a weight into one int of the shared scan (weights in hundredths,
 * below {@value #SHIFT}). Used by the safety categories and the crisis reading's classes.
 * Stateless.
 */
final class WeightedLine {
  private static final int SCALE = 100;
  private static final int SHIFT = 1024;

  private WeightedLine() {}

  /** Packs a class (its ordinal) and a weight from 0 to 10. */
  static int pack(int ordinal, double weight) {
    return ordinal * SHIFT + (int) Math.round(weight * SCALE);
  }

  /** Returns the ordinal of a payload's class. */
  static int ordinal(int payload) {
    return payload / SHIFT;
  }

  /** Returns a payload's weight. */
  static double weight(int payload) {
    return (payload % SHIFT) / (double) SCALE;
  }

  /** Returns the value named by a field, or null if none is. */
  static <E extends Enum<E>> @Nullable E named(E[] all, Function<E, String> name, String field) {
    String wanted = field.strip();
    for (E e : all) {
      if (name.apply(e).equals(wanted)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Reads a weight field.
   *
   * @throws IllegalArgumentException if it is not a number from 0 to 10
   */
  static double weight(String lexicon, String line, String field) {
    double w;
    try {
      w = Double.parseDouble(field.strip());
    } catch (NumberFormatException e) {
      w = -1;
    }
    if (!(w >= 0 && w <= 10)) {
      throw new IllegalArgumentException(
          "lexicon '" + lexicon + "': weight must be 0 to 10 in line '" + line + "'");
    }
    return w;
  }
}
