package io.github.peerled.rules.detect.internal;

import java.util.Arrays;

/** Cue matches of one sentence: cue index and token range. Scratch; not thread-safe. */
final class Matches {
  int n;
  int[] cue = new int[16];
  int[] from = new int[16];
  int[] to = new int[16];
  private int[] labels = new int[16];

  void add(int c, int f, int t) {
    if (n == cue.length) {
      cue = Arrays.copyOf(cue, n * 2);
      from = Arrays.copyOf(from, n * 2);
      to = Arrays.copyOf(to, n * 2);
    }
    cue[n] = c;
    from[n] = f;
    to[n] = t;
    n++;
  }

  /**
   * Scratch for one bit set of labels per token of a unit.
   *
   * @param tokens the number of tokens in the unit
   * @return an array of at least {@code tokens} zeros
   */
  int[] labelsAt(int tokens) {
    if (labels.length < tokens) {
      labels = new int[Math.max(tokens, labels.length * 2)];
    } else {
      Arrays.fill(labels, 0, tokens, 0);
    }
    return labels;
  }

  void clear() {
    n = 0;
  }
}
