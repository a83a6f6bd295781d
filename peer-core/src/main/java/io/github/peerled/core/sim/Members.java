package io.github.peerled.core.sim;

import io.github.peerled.core.group.MemberId;
import java.util.Locale;

/** Names and propensities of simulated members. */
final class Members {
  private static final String[] IDS = new String[GroupSpec.MAX_SIZE];
  private static final MemberId[] MEMBER_IDS = new MemberId[GroupSpec.MAX_SIZE];

  static {
    for (int i = 0; i < IDS.length; i++) {
      IDS[i] = String.format(Locale.ROOT, "m%02d", i + 1);
      MEMBER_IDS[i] = MemberId.of(IDS[i]);
    }
  }

  private Members() {}

  static String id(int index) {
    return IDS[index];
  }

  static MemberId memberId(int index) {
    return MEMBER_IDS[index];
  }

  /**
   * Returns the set of the first {@code n} members: bits 0 to {@code n - 1}.
   *
   * @param n 0 to 64
   */
  static long all(int n) {
    return n == 64 ? -1L : (1L << n) - 1;
  }

  /**
   * Returns the {@code k}-th member of a set, counting from 0 in index order.
   *
   * @param mask the set
   * @param k 0 to {@code Long.bitCount(mask) - 1}
   * @return the member's index (64 if the set has no such member)
   */
  static int nthBit(long mask, int k) {
    long m = mask;
    for (int j = 0; j < k; j++) {
      m &= m - 1;
    }
    return Long.numberOfTrailingZeros(m);
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
    return StrictMath.pow(b.participationRatio(), index);
  }
}
