package io.github.peerled.core.sim;

import io.github.peerled.core.group.MemberId;
import java.util.Locale;

/** Names and propensities of simulated members. */
final class Members {
  /** Ids kept ready: every two-digit one; larger groups make theirs as they go. */
  private static final int CACHED = 99;

  private static final String[] IDS = new String[CACHED];
  private static final MemberId[] MEMBER_IDS = new MemberId[CACHED];

  static {
    for (int i = 0; i < IDS.length; i++) {
      IDS[i] = String.format(Locale.ROOT, "m%02d", i + 1);
      MEMBER_IDS[i] = MemberId.of(IDS[i]);
    }
  }

  private Members() {}

  /** Returns the id of member {@code index}: {@code m01} to {@code m99}, then {@code m100}, ... */
  static String id(int index) {
    return index < CACHED ? IDS[index] : "m" + (index + 1);
  }

  static MemberId memberId(int index) {
    return index < CACHED ? MEMBER_IDS[index] : MemberId.of(id(index));
  }

  /** Returns the index of a member id such as {@code m07} in a group of {@code size}, or -1. */
  static int index(String id, int size) {
    if (id.length() < 3 || id.length() > 11 || id.charAt(0) != 'm') {
      return -1;
    }
    int value = 0;
    for (int k = 1; k < id.length(); k++) {
      char c = id.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
      if (value > size) {
        return -1;
      }
    }
    int i = value - 1;
    return i >= 0 && id(i).equals(id) ? i : -1;
  }

  static double propensity(BehaviourModel b, int index) {
    if (!b.propensities().isEmpty()) {
      return b.propensities().get(index);
    }
    return StrictMath.pow(b.participationRatio(), index);
  }
}
