package io.github.peerled.rules.detect.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trie over the token patterns of cues: literal word ids, word classes and single-token
 * wildcards, each path ending in the cues it matches. A {@link Lexicon} builds two (anchored at
 * clause starts, and free) while it loads, then freezes them into arrays; matching reads only the
 * frozen arrays.
 *
 * <p>Not thread-safe while built; immutable once {@link #freeze frozen}, and then thread-safe.
 */
final class CueTrie {
  private static final int NO_CHILD = -1;

  private final List<int[]> wordKeys = new ArrayList<>();
  private final List<int[]> wordKids = new ArrayList<>();
  private final List<int[]> classKeys = new ArrayList<>();
  private final List<int[]> classKids = new ArrayList<>();
  private final List<Integer> wild = new ArrayList<>();
  private final List<int[]> terminals = new ArrayList<>();
  // frozen form
  private int[][] fWordKeys = new int[0][];
  private int[][] fWordKids = new int[0][];
  private int[][] fClassKeys = new int[0][];
  private int[][] fClassKids = new int[0][];
  private int[] fWild = new int[0];
  private int[][] fTerminals = new int[0][];
  private int[] rootByWord = new int[0];

  CueTrie() {
    newNode();
  }

  private int newNode() {
    wordKeys.add(new int[0]);
    wordKids.add(new int[0]);
    classKeys.add(new int[0]);
    classKids.add(new int[0]);
    wild.add(NO_CHILD);
    terminals.add(new int[0]);
    return wild.size() - 1;
  }

  int wordChild(int node, int id) {
    return child(wordKeys, wordKids, node, id);
  }

  int classChild(int node, int bit) {
    return child(classKeys, classKids, node, bit);
  }

  private int child(List<int[]> keys, List<int[]> kids, int node, int key) {
    int[] k = keys.get(node);
    for (int i = 0; i < k.length; i++) {
      if (k[i] == key) {
        return kids.get(node)[i];
      }
    }
    int c = newNode();
    keys.set(node, append(keys.get(node), key));
    kids.set(node, append(kids.get(node), c));
    return c;
  }

  int wildChild(int node) {
    int c = wild.get(node);
    if (c == NO_CHILD) {
      c = newNode();
      wild.set(node, c);
    }
    return c;
  }

  void addTerminal(int node, int cue) {
    for (int c : terminals.get(node)) {
      if (c == cue) {
        return;
      }
    }
    terminals.set(node, append(terminals.get(node), cue));
  }

  private static int[] append(int[] a, int v) {
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = v;
    return b;
  }

  void freeze(int vocabularySize) {
    fWordKeys = wordKeys.toArray(new int[0][]);
    fWordKids = wordKids.toArray(new int[0][]);
    fClassKeys = classKeys.toArray(new int[0][]);
    fClassKids = classKids.toArray(new int[0][]);
    fWild = wild.stream().mapToInt(Integer::intValue).toArray();
    fTerminals = terminals.toArray(new int[0][]);
    rootByWord = new int[vocabularySize];
    Arrays.fill(rootByWord, NO_CHILD);
    int[] k = fWordKeys[0];
    for (int i = 0; i < k.length; i++) {
      rootByWord[k[i]] = fWordKids[0][i];
    }
  }

  void match(Lexicon lex, Tokens t, int at, int limit, Matches out) {
    if (at >= limit) {
      return;
    }
    int id = t.id[at];
    if (id >= 0) {
      int c = rootByWord[id];
      if (c != NO_CHILD) {
        walk(lex, c, t, at, at + 1, limit, out);
      }
      descendClasses(lex, 0, t, at, at, limit, out, lex.classMask(id));
    } else if (t.kind[at] == Tokens.WORD) {
      descendClasses(lex, 0, t, at, at, limit, out, t.guessMask[at]);
    }
    if (fWild[0] != NO_CHILD && t.kind[at] <= Tokens.NUMBER) {
      walk(lex, fWild[0], t, at, at + 1, limit, out);
    }
  }

  private void descendClasses(
      Lexicon lex, int node, Tokens t, int start, int at, int limit, Matches out, int mask) {
    if (mask == 0) {
      return;
    }
    int[] ck = fClassKeys[node];
    for (int i = 0; i < ck.length; i++) {
      if ((mask & ck[i]) != 0) {
        walk(lex, fClassKids[node][i], t, start, at + 1, limit, out);
      }
    }
  }

  /** At {@code node}, having consumed tokens {@code start..at-1}. */
  private void walk(Lexicon lex, int node, Tokens t, int start, int at, int limit, Matches out) {
    for (int cue : fTerminals[node]) {
      out.add(cue, start, at);
    }
    if (at >= limit) {
      return;
    }
    int id = t.id[at];
    int mask;
    if (id >= 0) {
      int[] wk = fWordKeys[node];
      for (int i = 0; i < wk.length; i++) {
        if (wk[i] == id) {
          walk(lex, fWordKids[node][i], t, start, at + 1, limit, out);
          break;
        }
      }
      mask = lex.classMask(id);
    } else {
      mask = t.kind[at] == Tokens.WORD ? t.guessMask[at] : 0;
    }
    descendClasses(lex, node, t, start, at, limit, out, mask);
    int w = fWild[node];
    if (w != NO_CHILD && t.kind[at] <= Tokens.NUMBER) {
      walk(lex, w, t, start, at + 1, limit, out);
    }
  }
}
