package io.github.peerled.rules.detect.internal;

import io.github.peerled.rules.detect.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one lexicon of the text stack for a language, built from the one resource layout (see {@link
 * Resources}) by one {@link Builder}: a vocabulary (a {@link WordTable} of lower-cased words) with
 * per word a bit mask of word classes ({@code words.tsv}), its chat-spelling rewrite and a bit mask
 * of the word lists it is on; two token tries of cue patterns ({@code cues.tsv}, anchored at clause
 * starts, and free); and an automaton of the phrases a reader scans texts for, each with a tag and
 * a payload. Immutable and thread-safe.
 */
public final class Lexicon {
  /** The kind of a phrase or word list, as its reader numbers it: an enum implements it as is. */
  public interface Tag {
    /** Returns the tag's number: small, distinct per tag. */
    int ordinal();
  }

  // vocabulary: a word's id is its number in the table
  private final WordTable words;
  private final int[] classMasks;
  private final int[] listMasks;
  private final int[] @Nullable [] expansions;
  private final int[] listBits; // by tag number
  private final Map<String, Integer> classBits;

  // cues
  private final List<String> cueNames;
  private final List<Label> cueLabels;
  private final CueTrie anchored;
  private final CueTrie free;

  // phrases
  private final Automaton automaton;
  private final String[] phrase;
  private final int[] phraseTag;
  private final int[] payload;
  private final int maxLength;

  private Lexicon(Builder b) {
    int n = b.words.size();
    int past = b.classBit("PAST");
    int gerund = b.classBit("GERUND");
    words = new WordTable(2 * n); // a quarter full at most: short probes
    for (int id = 0; id < n; id++) {
      String w = b.words.word(id);
      words.add(w);
      int len = w.length();
      if (len > 4 && w.endsWith("ed") && w.charAt(len - 3) != 'e') {
        b.classMasks[id] |= past;
      } else if (len > 5 && w.endsWith("ing")) {
        b.classMasks[id] |= gerund;
      }
    }
    classMasks = Arrays.copyOf(b.classMasks, n);
    listMasks = Arrays.copyOf(b.listMasks, n);
    expansions = Arrays.copyOf(b.expansions, n);
    listBits = b.listBits.clone();
    classBits = Map.copyOf(b.classBits);
    cueNames = List.copyOf(b.cueNames);
    cueLabels = List.copyOf(b.cueLabels);
    anchored = b.anchored;
    free = b.free;
    anchored.freeze(n);
    free.freeze(n);
    automaton = Automaton.build(b.phrases);
    phrase = b.phrases.toArray(new String[0]);
    phraseTag = b.phraseTags.stream().mapToInt(Integer::intValue).toArray();
    payload = b.payloads.stream().mapToInt(Integer::intValue).toArray();
    int max = 0;
    for (int p = 0; p < automaton.patternCount(); p++) {
      max = Math.max(max, automaton.length(p));
    }
    maxLength = max;
  }

  /**
   * Loads the words and cues of a language: its vocabulary and cue tries, no phrases.
   *
   * @param language the resource folder name, for example {@code "en"}
   * @return the lexicon
   * @throws IllegalArgumentException if a resource is missing or a row is malformed
   */
  public static Lexicon load(String language) {
    return builder().tables(language).build();
  }

  /** Returns a builder of an empty lexicon. */
  public static Builder builder() {
    return new Builder();
  }

  /** Tells whether a language has the tables {@link Builder#tables} reads. */
  public static boolean hasTables(String language) {
    return Resources.exists(language, "words.tsv") && Resources.exists(language, "cues.tsv");
  }

  /** Normalises a phrase or word the way texts are read: see {@link TextChars#normalise}. */
  public static String normalise(String phrase) {
    return TextChars.normalise(phrase);
  }

  /**
   * Looks a token up.
   *
   * @param lc lower-cased chars
   * @param from first char
   * @param to after the last char
   * @param h {@link WordTable#hash} of the chars
   * @return the word id, or -1 if the word is not in the lexicon
   */
  int lookup(char[] lc, int from, int to, int h) {
    return words.find(lc, from, to, h);
  }

  /**
   * The id of a word.
   *
   * @param word the word
   * @return its id, or -1
   */
  public int id(String word) {
    char[] w = normalise(word).toCharArray();
    return words.find(w, 0, w.length, WordTable.hash(w, 0, w.length));
  }

  int hashOf(int id) {
    return words.hashOf(id);
  }

  /** The word classes of a token: its word's, or those guessed from its ending if unknown. */
  int mask(Tokens t, int i) {
    int id = t.id[i];
    return id >= 0 ? classMasks[id] : t.guessMask[i];
  }

  int classMask(int id) {
    return classMasks[id];
  }

  int @Nullable [] expansion(int id) {
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
   * Tells whether lower-cased chars {@code [from, to)} are a known word of a word class.
   *
   * @param bit the class's bit, from {@link #bit(String)}; 0 matches nothing
   * @param lower the lower-cased text
   * @param from the first char
   * @param to the end, exclusive
   * @return whether the word is in the class
   */
  public boolean inClass(int bit, char[] lower, int from, int to) {
    if (bit == 0) {
      return false;
    }
    int id = words.find(lower, from, to, WordTable.hash(lower, from, to));
    return id >= 0 && (classMasks[id] & bit) != 0;
  }

  /** Tells whether lower-cased chars {@code [from, to)} are a word of a word list. */
  public boolean isWord(Tag list, char[] lower, int from, int to) {
    int t = list.ordinal();
    int bit = t < listBits.length ? listBits[t] : 0;
    if (bit == 0) {
      return false;
    }
    int id = words.find(lower, from, to, WordTable.hash(lower, from, to));
    return id >= 0 && (listMasks[id] & bit) != 0;
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

  /** The automaton of the phrases; a pattern id is a phrase's number. */
  public Automaton automaton() {
    return automaton;
  }

  /** The tag number of a phrase, the {@link Tag#ordinal()} it was added with. */
  public int tag(int pattern) {
    return phraseTag[pattern];
  }

  /** The phrase of a pattern, normalised as it was added (a stem keeps its star). */
  public String phrase(int pattern) {
    return phrase[pattern];
  }

  /** The payload a phrase was added with. */
  public int payload(int pattern) {
    return payload[pattern];
  }

  /** The length of the longest phrase (a stem without its star). */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Collects the words, cues and phrases of a lexicon, then compiles them. Word ids are given in
   * the order words are first added: the tables' words first. Not thread-safe.
   */
  public static final class Builder {
    private final WordTable words = new WordTable(1024);
    private int[] classMasks = new int[64];
    private int[] listMasks = new int[64];
    private int[] @Nullable [] expansions = new int[64][];
    private int[] listBits = new int[0];
    private int lists;
    private final Map<String, Integer> classBits = new LinkedHashMap<>();
    private final List<String> cueNames = new ArrayList<>();
    private final List<Label> cueLabels = new ArrayList<>();
    private final Map<String, Integer> cueIndex = new HashMap<>();
    private final CueTrie anchored = new CueTrie();
    private final CueTrie free = new CueTrie();
    private final List<String> phrases = new ArrayList<>();
    private final List<Integer> phraseTags = new ArrayList<>();
    private final List<Integer> payloads = new ArrayList<>();
    private boolean built;

    private Builder() {}

    /**
     * Reads the tables of a language: word classes ({@code words.tsv}), rewrites of one-word chat
     * spellings ({@code chat-spelling}) and cue patterns ({@code cues.tsv}).
     *
     * @throws IllegalArgumentException if a resource is missing or a row is malformed
     */
    public Builder tables(String language) {
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
      return this;
    }

    /** Adds a phrase to scan for (normalised; a trailing {@code *} makes a stem); not if empty. */
    public Builder add(Tag tag, String phrase, int payload) {
      String p = normalise(phrase);
      if (!p.isEmpty() && !p.equals("*")) {
        phrases.add(p);
        phraseTags.add(tag.ordinal());
        payloads.add(payload);
      }
      return this;
    }

    /** Adds a word (normalised) to a word list, looked up a word at a time, never scanned. */
    public Builder addWord(Tag list, String word) {
      int t = list.ordinal();
      if (t >= listBits.length) {
        listBits = Arrays.copyOf(listBits, t + 1);
      }
      if (listBits[t] == 0) {
        if (lists == 32) {
          throw new IllegalArgumentException("too many word lists (32 at most): " + list);
        }
        listBits[t] = 1 << lists++;
      }
      int id = intern(word);
      listMasks[id] |= listBits[t];
      return this;
    }

    /** Compiles the lexicon; the builder is used up. */
    public Lexicon build() {
      if (built) {
        throw new IllegalStateException("this lexicon builder has built its lexicon already");
      }
      built = true;
      return new Lexicon(this);
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
     * else (no trailing {@code ?} or dialect {@code ~}) becomes its words, split at apostrophes as
     * the tokeniser splits clitics and rewritten in turn ("im" to "i'm" to "i am"); the first line
     * that spells a word wins.
     */
    private void readSpellings(String language) {
      Map<String, List<String>> rewrites = new LinkedHashMap<>();
      for (String line : Resources.phrases(language, "chat-spelling").orElse(List.of())) {
        String[] f = line.split("\t", -1);
        if (f.length < 2) {
          throw new IllegalArgumentException(
              "chat-spelling: a line needs words and a spelling: '" + line + "'");
        }
        List<String> split = new ArrayList<>();
        for (String w : f[0].strip().split(" +", -1)) {
          int a = w.endsWith("n't") && w.length() > 3 ? w.length() - 3 : w.indexOf('\'', 1);
          if (a > 0) {
            split.add(w.substring(0, a));
            split.add(w.substring(a));
          } else {
            split.add(w);
          }
        }
        for (int i = 1; i < f.length; i++) {
          String s = f[i].strip();
          s = s.endsWith("!") ? s.substring(0, s.length() - 1) : s;
          if (!s.isEmpty() && !s.endsWith("?") && !s.endsWith("~") && s.indexOf(' ') < 0) {
            rewrites.putIfAbsent(s, split);
          }
        }
      }
      rewrites.forEach(
          (spelling, split) -> {
            List<String> out = new ArrayList<>();
            expand(split, rewrites, out, 0);
            int[] exp = new int[out.size()];
            for (int i = 0; i < exp.length; i++) {
              exp[i] = intern(out.get(i));
            }
            expansions[intern(spelling)] = exp;
          });
    }

    private static void expand(
        List<String> split, Map<String, List<String>> rewrites, List<String> out, int depth) {
      for (String w : split) {
        List<String> r = rewrites.get(w);
        if (r == null || depth >= 3 || r.equals(List.of(w))) {
          out.add(w);
        } else {
          expand(r, rewrites, out, depth + 1);
        }
      }
    }

    private int intern(String word) {
      int id = words.add(normalise(word));
      if (id == classMasks.length) {
        classMasks = Arrays.copyOf(classMasks, id * 2);
        listMasks = Arrays.copyOf(listMasks, id * 2);
        expansions = Arrays.copyOf(expansions, id * 2);
      }
      return id;
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
  }
}
