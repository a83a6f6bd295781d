package io.github.peerled.core.sim;

import io.github.peerled.core.group.MemberId;
import java.util.Locale;

/** Names and propensities of simulated members. */
final class Members {
  private Members() {}

  static String id(int index) {
    return String.format(Locale.ROOT, "m%02d", index + 1);
  }

  static MemberId memberId(int index) {
    return MemberId.of(id(index));
  }

  /** Returns the index of a member id such as {@code m07}, or -1. */
  static int index(String id, int size) {
    for (int i = 0; i < size; i++) {
      if (id(i).equals(id)) {
        return i;
      }
    }
    return -1;
  }

  static double propensity(BehaviourModel b, int index) {
    if (!b.propensities().isEmpty()) {
      return b.propensities().get(index);
    }
    return Math.pow(b.participationRatio(), index);
  }
}
