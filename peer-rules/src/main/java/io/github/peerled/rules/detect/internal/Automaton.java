package io.github.peerled.rules.detect.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compact Aho–Corasick automaton over lowercased characters, compiled to a full transition table
 * (a DFA) over the alphabet of the patterns; characters outside it return to the root. Matches are
 * reported with word-boundary checks done by the caller. Immutable and thread-safe once built.
 *
 * <p>A state, as {@link #step} returns it, is the offset of its row in the table, negative when
 * some pattern ends in it: a step is one load, and most states need no look at the outputs.
 */
public final class Automaton {
  private final char[] classOf;
  private final int alphabet;
  private final int[] delta;
  private final int[] outStart;
  private final int[] outs;
  private final int[] patternLength;
  private final boolean[] patternPrefix;

  private Automaton(
      char[] classOf,
      int alphabet,
      int[] delta,
      int[] outStart,
      int[] outs,
      int[] patternLength,
      boolean[] patternPrefix) {
    this.classOf = classOf;
    this.alphabet = alphabet;
    this.delta = delta;
    this.outStart = outStart;
    this.outs = outs;
    this.patternLength = patternLength;
    this.patternPrefix = patternPrefix;
  }

  /** The start state. */
  public static final int START = 0;

  /** Returns the state after reading a lowercased character in a state. */
  public int step(int state, char lower) {
    return delta[(state & Integer.MAX_VALUE) + classOf[lower]];
  }

  /** Tells whether some pattern ends in a state. */
  public static boolean matches(int state) {
    return state < 0;
  }

  /** Returns the index in {@link #out(int)} where a state's outputs start. */
  public int outFrom(int state) {
    return outStart[(state & Integer.MAX_VALUE) / alphabet];
  }

  /** Returns the index where a state's outputs end. */
  public int outTo(int state) {
    return outStart[(state & Integer.MAX_VALUE) / alphabet + 1];
  }

  /** Returns the pattern id at an output index. */
  public int out(int index) {
    return outs[index];
  }

  /** Returns a pattern's length, a stem's without its star. */
  public int length(int pattern) {
    return patternLength[pattern];
  }

  /** Tells whether a pattern is a stem, which may match the start of a longer word. */
  public boolean prefix(int pattern) {
    return patternPrefix[pattern];
  }

  /** Returns how many patterns there are. */
  public int patternCount() {
    return patternLength.length;
  }

  /**
   * Builds an automaton.
   *
   * @param patterns lowercased patterns; a trailing {@code *} allows the match to continue into a
   *     word (a stem)
   * @return the automaton; pattern ids are the indexes in {@code patterns}
   */
  static Automaton build(List<String> patterns) {
    char[] classOf = new char[Character.MAX_VALUE + 1];
    int alphabet = 1; // class 0: any character outside the patterns
    int n = patterns.size();
    int[] lengths = new int[n];
    boolean[] prefix = new boolean[n];
    List<char[]> keys = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      String s = patterns.get(p);
      boolean stem = s.length() > 1 && s.endsWith("*");
      char[] k = (stem ? s.substring(0, s.length() - 1) : s).toCharArray();
      keys.add(k);
      lengths[p] = k.length;
      prefix[p] = stem;
      for (char c : k) {
        if (classOf[c] == 0) {
          classOf[c] = (char) alphabet++;
        }
      }
    }
    // Trie, with -1 for a missing edge.
    int[] next = new int[64 * alphabet];
    Arrays.fill(next, -1);
    int states = 1;
    List<List<Integer>> own = new ArrayList<>();
    own.add(new ArrayList<>());
    for (int p = 0; p < n; p++) {
      int s = 0;
      for (char c : keys.get(p)) {
        int i = s * alphabet + classOf[c];
        if (next[i] < 0) {
          if ((states + 1) * alphabet > next.length) {
            int old = next.length;
            next = Arrays.copyOf(next, old * 2);
            Arrays.fill(next, old, next.length, -1);
          }
          next[i] = states++;
          own.add(new ArrayList<>());
        }
        s = next[i];
      }
      if (keys.get(p).length > 0) {
        own.get(s).add(p);
      }
    }
    int[] delta = Arrays.copyOf(next, states * alphabet);
    int[] fail = new int[states];
    List<List<Integer>> outputs = new ArrayList<>(own);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int a = 0; a < alphabet; a++) {
      int t = delta[a];
      if (t < 0) {
        delta[a] = 0;
      } else {
        fail[t] = 0;
        queue.add(t);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      List<Integer> merged = new ArrayList<>(own.get(s));
      merged.addAll(outputs.get(fail[s]));
      outputs.set(s, merged);
      for (int a = 0; a < alphabet; a++) {
        int t = delta[s * alphabet + a];
        int viaFail = delta[fail[s] * alphabet + a];
        if (t < 0) {
          delta[s * alphabet + a] = viaFail;
        } else {
          fail[t] = viaFail;
          queue.add(t);
        }
      }
    }
    int[] outStart = new int[states + 1];
    int total = 0;
    for (int s = 0; s < states; s++) {
      outStart[s] = total;
      total += outputs.get(s).size();
    }
    outStart[states] = total;
    if ((long) states * alphabet > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many patterns for one automaton: " + states);
    }
    for (int i = 0; i < delta.length; i++) {
      int t = delta[i];
      delta[i] = t * alphabet | (outStart[t] < outStart[t + 1] ? Integer.MIN_VALUE : 0);
    }
    int[] outs = new int[total];
    for (int s = 0; s < states; s++) {
      int i = outStart[s];
      for (int p : outputs.get(s)) {
        outs[i++] = p;
      }
    }
    return new Automaton(classOf, alphabet, delta, outStart, outs, lengths, prefix);
  }
}
