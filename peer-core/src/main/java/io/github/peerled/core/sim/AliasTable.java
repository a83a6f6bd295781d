package io.github.peerled.core.sim;

/**
 * Walker's alias method (in Vose's form): draws an item with probability proportional to its weight
 * in constant time from one uniform number. Only items of positive weight enter the table. Rebuilt
 * in place, without allocation. Not thread-safe.
 */
final class AliasTable {
  private final int[] item;
  private final double[] prob;
  private final int[] alias;
  private final double[] scaled;
  private final int[] small;
  private final int[] large;
  private int n;

  AliasTable(int capacity) {
    item = new int[capacity];
    prob = new double[capacity];
    alias = new int[capacity];
    scaled = new double[capacity];
    small = new int[capacity];
    large = new int[capacity];
  }

  /** Rebuilds the table over {@code count} items with the given ids and weights. */
  void rebuild(int[] ids, double[] weights, int count) {
    n = 0;
    double total = 0;
    for (int k = 0; k < count; k++) {
      if (weights[k] > 0) {
        item[n] = ids[k];
        scaled[n] = weights[k];
        total += weights[k];
        n++;
      }
    }
    int s = 0;
    int l = 0;
    for (int k = 0; k < n; k++) {
      scaled[k] = scaled[k] * n / total;
      if (scaled[k] < 1.0) {
        small[s++] = k;
      } else {
        large[l++] = k;
      }
    }
    while (s > 0 && l > 0) {
      int lo = small[--s];
      int hi = large[--l];
      prob[lo] = scaled[lo];
      alias[lo] = hi;
      scaled[hi] = (scaled[hi] + scaled[lo]) - 1.0;
      if (scaled[hi] < 1.0) {
        small[s++] = hi;
      } else {
        large[l++] = hi;
      }
    }
    while (l > 0) {
      int k = large[--l];
      prob[k] = 1.0;
      alias[k] = k;
    }
    while (s > 0) {
      int k = small[--s]; // only left by rounding: its scaled weight is 1 up to rounding
      prob[k] = 1.0;
      alias[k] = k;
    }
  }

  /** Tells whether some item has positive weight. */
  boolean isEmpty() {
    return n == 0;
  }

  /** Returns the exact probability with which {@link #draw} gives an id (for tests). */
  double mass(int id) {
    double m = 0;
    for (int k = 0; k < n; k++) {
      if (item[k] == id) {
        m += prob[k] / n;
      }
      if (item[alias[k]] == id) {
        m += (1.0 - prob[k]) / n;
      }
    }
    return m;
  }

  /** Draws an item's id from a uniform number in [0, 1). */
  int draw(double u) {
    double x = u * n;
    int k = (int) x;
    if (k >= n) {
      k = n - 1;
    }
    return x - k < prob[k] ? item[k] : item[alias[k]];
  }
}
