package io.github.peerled.rules.detect.internal;

import java.util.Arrays;

/** Cue matches of one sentence: cue index and token range. Scratch; not thread-safe. */
final class Matches {
  int n;
  int[] cue = new int[16];
  int[] from = new int[16];
  int[] to = new int[16];

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

  void clear() {
    n = 0;
  }
}
