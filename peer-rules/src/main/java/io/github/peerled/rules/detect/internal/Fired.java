package io.github.peerled.rules.detect.internal;

import java.util.Arrays;

/**
 * The features that fired in one unit of text: dense feature index with token range, and hashed
 * n-gram keys. Scratch owned by one call; not thread-safe.
 */
final class Fired {
  int n;
  int[] feature = new int[16];
  int[] from = new int[16];
  int[] to = new int[16];
  int ngrams;
  int[] ngram = new int[64];

  void add(int f, int fromTok, int toTok) {
    if (n == feature.length) {
      feature = Arrays.copyOf(feature, n * 2);
      from = Arrays.copyOf(from, n * 2);
      to = Arrays.copyOf(to, n * 2);
    }
    feature[n] = f;
    from[n] = fromTok;
    to[n] = toTok;
    n++;
  }

  void addNgram(int key) {
    if (ngrams == ngram.length) {
      ngram = Arrays.copyOf(ngram, ngrams * 2);
    }
    ngram[ngrams++] = key;
  }

  void clear() {
    n = 0;
    ngrams = 0;
  }
}
