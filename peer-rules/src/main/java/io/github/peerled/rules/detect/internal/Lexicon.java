package io.github.peerled.rules.detect.internal;

import io.github.peerled.rules.detect.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words and cue patterns of one language, loaded from classpath resources ({@code words.tsv},
 * {@code cues.tsv}, and the rewrites of the {@code chat-spelling} list) and compiled into arrays:
 * an open-addressing vocabulary keyed by the lower-cased chars of a token, a bit mask of word
 * classes per word, and two token tries of cue patterns (anchored at clause starts, and free).
 * Immutable after construction and thread-safe.
 */
public final class Lexicon {
  // vocabulary
  private final int slotMask;
  private final int[] slots;
  private final List<char[]> words = new ArrayList<>();
  private int[] wordHashes = new int[64];
  private int[] classMasks = new int[64];
  private int[] @org.jspecify.annotations.Nullable [] expansions = new int[64][];
  private final Map<String, Integer> classBits = new LinkedHashMap<>();
  private final Map<String, Integer> wordIds = new HashMap<>();

  // cues
  private final List<String> cueNames = new ArrayList<>();
  private final List<Label> cueLabels = new ArrayList<>();
  private final Map<String, Integer> cueIndex = new HashMap<>();
  private final CueTrie anchored = new CueTrie();
  private final CueTrie free = new CueTrie();

  private Lexicon(String language) {
    List<String[]> wordRows = Resources.rows(language, "words.tsv");
    List<String[]> cueRows = Resources.rows(language, "cues.tsv");
    for (String[] r : wordRows) {
      need(r, 2, "words.tsv");
      int bit = classBit(r[0].strip());
      for (String w : r[1].strip().split(" +", -1)) {
        int id = intern(w);
        classMasks[id] |= bit;
      }
    }
    readSpellings(language);
    for (String[] r : cueRows) {
      need(r, 3, "cues.tsv");
      addCue(r[0].strip(), Label.fromCode(r[1]), r[2].strip());
    }
    int past = classBit("PAST");
    int gerund = classBit("GERUND");
    for (int id = 0; id < words.size(); id++) {
      char[] w = words.get(id);
      int n = w.length;
      if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && w[n - 3] != 'e') {
        classMasks[id] |= past;
      } else if (n > 5 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g') {
        classMasks[id] |= gerund;
      }
    }
    int cap = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
    slotMask = cap - 1;
    slots = new int[cap];
    for (int id = 0; id < words.size(); id++) {
      int s = mix(wordHashes[id]) & slotMask;
      while (slots[s] != 0) {
        s = (s + 1) & slotMask;
      }
      slots[s] = id + 1;
    }
    anchored.freeze(words.size());
    free.freeze(words.size());
  }

  /**
   * Loads the lexicon of a language.
   *
   * @param language the resource folder name, for example {@code "en"}
   * @return the lexicon
   * @throws IllegalArgumentException if a resource is missing or a row is malformed
   */
  public static Lexicon load(String language) {
    return new Lexicon(language);
  }

  private static void need(String[] r, int n, String file) {
    if (r.length < n) {
      throw new IllegalArgumentException(
          file + ": expected " + n + " tab-separated fields in: " + String.join("\\t", r));
    }
  }

  private int classBit(String name) {
    Integer b = classBits.get(name);
    if (b == null) {
      if (classBits.size() >= 31) {
        throw new IllegalArgumentException("too many word classes (31 at most): " + name);
      }
      b = 1 << classBits.size();
      classBits.put(name, b);
    }
    return b;
  }

  /**
   * Reads the rewrites of one-word spellings from the {@code chat-spelling} list (the one
   * normalisation of the text stack): every spelling that is one word and may not mean something
   * else (no trailing {@code ?}) becomes its words, split at apostrophes as the tokeniser splits
   * clitics and rewritten in turn ("im" to "i'm" to "i am"); the first line that spells a word
   * wins.
   */
  private void readSpellings(String language) {
    Map<String, List<String>> rewrites = new LinkedHashMap<>();
    for (String line : Resources.phrases(language, "chat-spelling").orElse(List.of())) {
      String[] f = line.split("\t", -1);
      if (f.length < 2) {
        throw new IllegalArgumentException(
            "chat-spelling: a line needs words and a spelling: '" + line + "'");
      }
      List<String> words = new ArrayList<>();
      for (String w : f[0].strip().split(" +", -1)) {
        int a = w.endsWith("n't") && w.length() > 3 ? w.length() - 3 : w.indexOf('\'', 1);
        if (a > 0) {
          words.add(w.substring(0, a));
          words.add(w.substring(a));
        } else {
          words.add(w);
        }
      }
      for (int i = 1; i < f.length; i++) {
        String s = f[i].strip();
        s = s.endsWith("!") ? s.substring(0, s.length() - 1) : s;
        if (!s.isEmpty() && !s.endsWith("?") && s.indexOf(' ') < 0) {
          rewrites.putIfAbsent(s, words);
        }
      }
    }
    rewrites.forEach(
        (spelling, words) -> {
          List<String> out = new ArrayList<>();
          expand(words, rewrites, out, 0);
          int[] exp = new int[out.size()];
          for (int i = 0; i < exp.length; i++) {
            exp[i] = intern(out.get(i));
          }
          expansions[intern(spelling)] = exp;
        });
  }

  private static void expand(
      List<String> words, Map<String, List<String>> rewrites, List<String> out, int depth) {
    for (String w : words) {
      List<String> r = rewrites.get(w);
      if (r == null || depth >= 3 || r.equals(List.of(w))) {
        out.add(w);
      } else {
        expand(r, rewrites, out, depth + 1);
      }
    }
  }

  private int intern(String word) {
    String w = normalizeKey(word);
    Integer id = wordIds.get(w);
    if (id != null) {
      return id;
    }
    int nid = words.size();
    words.add(w.toCharArray());
    if (nid == wordHashes.length) {
      wordHashes = Arrays.copyOf(wordHashes, nid * 2);
      classMasks = Arrays.copyOf(classMasks, nid * 2);
      expansions = Arrays.copyOf(expansions, nid * 2);
    }
    wordHashes[nid] = hash(w);
    wordIds.put(w, nid);
    return nid;
  }

  private static String normalizeKey(String w) {
    return TextChars.normalise(w);
  }

  static int hash(CharSequence s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private void addCue(String name, Label label, String pattern) {
    String[] parts = pattern.split(" +", -1);
    int from = 0;
    CueTrie trie = free;
    if (parts[0].equals("^")) {
      trie = anchored;
      from = 1;
    }
    if (from >= parts.length) {
      throw new IllegalArgumentException("cues.tsv: empty pattern for " + name);
    }
    Integer known = cueIndex.get(name);
    int cue;
    if (known != null) {
      cue = known;
      if (cueLabels.get(cue) != label) {
        throw new IllegalArgumentException("cues.tsv: cue " + name + " has two labels");
      }
    } else {
      cue = cueNames.size();
      cueNames.add(name);
      cueLabels.add(label);
      cueIndex.put(name, cue);
    }
    int node = 0;
    for (int i = from; i < parts.length; i++) {
      String p = parts[i];
      if (p.equals("*")) {
        node = trie.wildChild(node);
      } else if (p.startsWith("@") && p.length() > 1) {
        node = trie.classChild(node, classBit(p.substring(1)));
      } else {
        int id = intern(p);
        int[] exp = expansions[id];
        if (exp == null) {
          node = trie.wordChild(node, id);
        } else {
          for (int x : exp) {
            node = trie.wordChild(node, x);
          }
        }
      }
    }
    trie.addTerminal(node, cue);
  }

  /**
   * Looks a token up.
   *
   * @param lc lower-cased chars
   * @param from first char
   * @param to after the last char
   * @param h {@link #hash} of the chars
   * @return the word id, or -1 if the word is not in the lexicon
   */
  int lookup(char[] lc, int from, int to, int h) {
    int len = to - from;
    int s = mix(h) & slotMask;
    while (true) {
      int v = slots[s];
      if (v == 0) {
        return -1;
      }
      if (wordHashes[v - 1] == h) {
        char[] w = words.get(v - 1);
        if (w.length == len && Arrays.equals(w, 0, len, lc, from, to)) {
          return v - 1;
        }
      }
      s = (s + 1) & slotMask;
    }
  }

  /**
   * The id of a word.
   *
   * @param word the word
   * @return its id, or -1
   */
  public int id(String word) {
    Integer id = wordIds.get(normalizeKey(word));
    return id == null ? -1 : id;
  }

  int hashOf(int id) {
    return wordHashes[id];
  }

  /** The word classes of a token: its word's, or those guessed from its ending if unknown. */
  int mask(Tokens t, int i) {
    int id = t.id[i];
    return id >= 0 ? classMasks[id] : t.guessMask[i];
  }

  int classMask(int id) {
    return classMasks[id];
  }

  int @org.jspecify.annotations.Nullable [] expansion(int id) {
    return expansions[id];
  }

  /**
   * The bit of a word class, or 0 if the lexicon does not define it.
   *
   * @param name the class name
   * @return the bit
   */
  public int bit(String name) {
    Integer b = classBits.get(name);
    return b == null ? 0 : b;
  }

  /**
   * How many cues there are.
   *
   * @return the number of cue patterns
   */
  public int cueCount() {
    return cueNames.size();
  }

  /**
   * The name of a cue.
   *
   * @param cue the cue index
   * @return its name
   */
  public String cueName(int cue) {
    return cueNames.get(cue);
  }

  /**
   * The label a cue speaks for.
   *
   * @param cue the cue index
   * @return its label
   */
  public Label cueLabel(int cue) {
    return cueLabels.get(cue);
  }

  /** Matches anchored cues starting exactly at token {@code at}. */
  void matchAnchored(Tokens t, int at, int limit, Matches out) {
    anchored.match(this, t, at, limit, out);
  }

  /** Matches free cues starting exactly at token {@code at}. */
  void matchFree(Tokens t, int at, int limit, Matches out) {
    free.match(this, t, at, limit, out);
  }
}
