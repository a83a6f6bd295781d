package io.github.peerled.rules.internal;

import io.github.peerled.rules.detect.internal.Lexicon;
import io.github.peerled.rules.detect.internal.TextChars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A group-configured phrase (a known myth's, or a FAQ entry's) read by its words rather than
 * verbatim: its content words (not in the language's stop-word list, three letters or more), each
 * cut back to a stem that matches its inflections ("cures" to "cure*", "swings" to "swing*"). A
 * sentence that holds a phrase's stems in order mentions the myth even with words between them or
 * in another form: the phrase "keto cures" is met in "go full keto mate, it cures type 2"; the
 * stems of a phrase of {@value #ANY_ORDER} words or more may come in any order ("colloidal silver
 * cure" in "we cured our son with colloidal silver"). Phrases of one content word, and phrases
 * holding a negation ("can't eat fruit", whose words alone would mean the opposite), are matched
 * verbatim only. A stem hit carries its entry (the myth or the FAQ entry), phrase, place and the
 * phrase's length in one payload. Stateless.
 */
final class PhraseWords {
  /** The most content words of a phrase read by its words; longer phrases are matched verbatim. */
  static final int MAX_WORDS = 6;

  /**
   * The most mentions read in one contribution: each is checked for a negation against the
   * contribution's hits, so the cap keeps the work linear in the length of the text.
   */
  static final int MAX_MENTIONS = 8;

  /** The most entries and phrases of an entry whose words are read (the payload's fields). */
  static final int MAX_INDEX = 1 << 10;

  /** Words that turn a phrase's meaning round; a phrase holding one is matched verbatim only. */
  private static final Set<String> NEGATIONS =
      Set.of("no", "not", "never", "cannot", "cant", "dont", "nothing", "none", "without");

  private PhraseWords() {}

  /**
   * Returns a phrase's stems, each ending in {@code *}, or an empty list when it has fewer than two
   * content words or more than {@value #MAX_WORDS}.
   *
   * @param phrase a myth or FAQ phrase
   * @param stop the language's stop words, normalised
   * @return the stems in order
   */
  static List<String> stems(String phrase, Set<String> stop) {
    List<String> out = new ArrayList<>();
    for (String w : words(phrase)) {
      if (NEGATIONS.contains(w) || w.endsWith("n't")) {
        return List.of(); // "can't eat fruit": its words without the negation mean the opposite
      }
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (w.length() >= 3 && !stop.contains(w) && w.indexOf('\'') < 0) {
        out.add(stem(w) + "*");
      }
    }
    return out.size() >= 2 && out.size() <= MAX_WORDS ? List.copyOf(out) : List.of();
  }

  /**
   * Returns a phrase's words, normalised, apostrophes kept inside a word ("can't").
   *
   * @param phrase a configured phrase, title or id
   * @return its words in order
   */
  static List<String> words(String phrase) {
    String p = Lexicon.normalise(phrase);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < p.length()) {
      while (i < p.length() && !TextChars.isWord(p.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < p.length() && (TextChars.isWord(p.charAt(i)) || p.charAt(i) == '\'')) {
        i++;
      }
      if (i > start) {
        out.add(p.substring(start, i));
      }
    }
    return out;
  }

  /** Cuts a word back to the part its inflections share: cures, cured, curing to "cur(e)". */
  static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && (w.endsWith("ed") || w.endsWith("es"))) {
      return w.substring(0, w.length() - 1);
    }
    if (w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1); // "wigs" to "wig", not "bus" nor "this"
    }
    return w;
  }

  /** Endings a stem may take and still be the same word: inflections and near derivations. */
  private static final Set<String> ENDINGS =
      Set.of(
          "", "s", "es", "ed", "d", "ing", "er", "ers", "r", "rs", "e", "y", "ly", "al", "ment",
          "ments", "ion", "ions", "ation", "ations", "ist", "ists", "ic", "ies", "ied");

  /**
   * Tells whether a stem hit begins a word of the stem's family: the rest of the word after the
   * stem (up to an apostrophe) is an inflection or near derivation ({@link #ENDINGS}), after a
   * doubled last consonant where English doubles it. A one-syllable stem ending consonant, vowel,
   * consonant doubles it before a vowel ending ("scar": "scarred", "scarring", not "scared"), and
   * any other continuation is another word ("car" in "career", "brow" in "browsing"). Reads the
   * analysis's lowercased chars; allocates nothing.
   *
   * @param a the analysed contribution
   * @param h a stem hit of it
   * @return whether the word the hit begins is of the stem's family
   */
  static boolean inFamily(Analysis a, int h) {
    char[] lc = a.lower;
    int start = a.hitStart[h];
    int stem = a.hitEnd[h];
    int end = stem;
    while (end < lc.length && TextChars.isWord(lc[end])) {
      end++;
    }
    if (end == stem) {
      return true;
    }
    char last = lc[stem - 1];
    boolean doubled = end - stem >= 3 && lc[stem] == last && !vowel(last);
    int from = doubled ? stem + 1 : stem;
    if (!doubled && vowel(lc[from]) && lc[from] != 'y' && shortClosed(lc, start, stem)) {
      return false; // "scar" + "ed" is "scared", not "scarred"
    }
    for (String e : ENDINGS) {
      if (e.length() == end - from && RequestTexts.matches(lc, from, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a stem is one syllable ending consonant, vowel, consonant: "scar", "plan", "wig"; a
   * last w, x or y never doubles ("playing", "boxing", "snowed").
   */
  private static boolean shortClosed(char[] lc, int start, int end) {
    char last = lc[end - 1];
    if (end - start < 3 || vowel(last) || last == 'w' || last == 'x' || last == 'y') {
      return false;
    }
    if (!vowel(lc[end - 2]) || vowel(lc[end - 3])) {
      return false;
    }
    for (int i = start; i < end - 2; i++) {
      if (vowel(lc[i])) {
        return false; // two syllables: "open", "visit" take -ed plainly
      }
    }
    return true;
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /**
   * Returns the myths a contribution mentions by their words: {@link #find(Analysis, Cue)} of
   * {@link Cue#MYTH_WORD}.
   *
   * @param a the analysed contribution
   * @return {myth, start, end, phrase key} per mention, in text order
   */
  static List<int[]> find(Analysis a) {
    return find(a, Cue.MYTH_WORD);
  }

  /**
   * Returns the entries a contribution mentions by their words: for each, the entry's index, the
   * offsets the mention spans and its {@link #phraseKey}, in a sentence that is not sarcastic, with
   * no negation within the mention, and no stem quoted. Allocates only when the contribution holds
   * a stem.
   *
   * @param a the analysed contribution
   * @param cue the stems' cue: {@link Cue#MYTH_WORD} or {@link Cue#FAQ_WORD}
   * @return {entry, start, end, phrase key} per mention, in text order
   */
  static List<int[]> find(Analysis a, Cue cue) {
    if (!a.has(cue)) {
      return List.of();
    }
    int stems = 0;
    for (int h = 0; h < a.hitCount && stems < 2; h++) {
      if (a.cue(h) == cue) {
        stems++;
      }
    }
    if (stems < 2) {
      return List.of(); // a phrase read by its words has two stems at least
    }
    List<int[]> out = new ArrayList<>(1);
    Map<Integer, int[]> progress = new HashMap<>(); // phrase -> next place, start, sentence
    Map<Integer, int[]> seen = new HashMap<>(); // phrase -> places seen, start, end, sentence
    for (int h = 0; h < a.hitCount && out.size() < MAX_MENTIONS; h++) {
      if (a.cue(h) != cue || a.hitQuoted[h] || !inFamily(a, h)) {
        continue;
      }
      int p = a.payload(h);
      int s = a.hitSentence[h];
      if (length(p) >= ANY_ORDER && anyOrder(a, p, h, seen, out)) {
        progress.remove(phraseKey(p));
        continue;
      }
      int[] at = progress.get(phraseKey(p));
      if (at == null || at[2] != s) {
        if (place(p) == 0) {
          progress.put(phraseKey(p), new int[] {1, a.hitStart[h], s});
        }
        continue;
      }
      if (place(p) != at[0] || a.hitStart[h] < at[1]) {
        continue;
      }
      at[0]++;
      if (at[0] == length(p)) {
        progress.remove(phraseKey(p));
        if (!a.sentenceHas(s, Cue.SARCASM) && !negated(a, at[1], a.hitEnd[h])) {
          out.add(new int[] {entry(p), at[1], a.hitEnd[h], phraseKey(p)});
        }
      }
    }
    return out;
  }

  /**
   * The fewest content words of a phrase met in any order in one sentence: "colloidal silver cure"
   * in "we cured our son with colloidal silver". Two words keep their order ("keto cures").
   */
  static final int ANY_ORDER = 3;

  /**
   * Notes a stem of a phrase of {@value #ANY_ORDER} words or more as seen in its sentence, and adds
   * the mention when every word of the phrase has been, in any order, with no negation just before
   * any of its words and no sarcasm in the sentence. Returns whether it added one.
   */
  private static boolean anyOrder(
      Analysis a, int p, int h, Map<Integer, int[]> seen, List<int[]> out) {
    int s = a.hitSentence[h];
    int[] at = seen.get(phraseKey(p));
    if (at == null || at[3] != s) {
      at = new int[] {0, a.hitStart[h], a.hitEnd[h], s, 0};
      seen.put(phraseKey(p), at);
    }
    at[0] |= 1 << place(p);
    at[4] |= negatedWord(a, h) ? 1 : 0;
    at[1] = Math.min(at[1], a.hitStart[h]);
    at[2] = Math.max(at[2], a.hitEnd[h]);
    if (at[0] != (1 << length(p)) - 1) {
      return false;
    }
    seen.remove(phraseKey(p));
    if (a.sentenceHas(s, Cue.SARCASM) || at[4] != 0) {
      return false;
    }
    out.add(new int[] {entry(p), at[1], at[2], phraseKey(p)});
    return true;
  }

  /**
   * The most tokens before a word of a phrase met in any order within which a negation negates it.
   */
  private static final int NEGATED_WITHIN = 2;

  /**
   * Tells whether a negation stands just before a stem hit ("diabetes isn't cured by cinnamon"),
   * within {@value #NEGATED_WITHIN} tokens in its sentence: in a phrase met in any order, a
   * negation elsewhere in the sentence may belong to another clause of the claim ("after a
   * hysterectomy you ain't a real woman, and my sex life done").
   */
  private static boolean negatedWord(Analysis a, int h) {
    if (!a.has(Cue.NEGATION)) {
      return false;
    }
    int t = AddressWords.tokenAt(a, h);
    int from = t < 0 ? a.hitStart[h] : a.tokenStart[Math.max(0, t - NEGATED_WITHIN)];
    for (int g = 0; g < a.hitCount; g++) {
      if (a.cue(g) == Cue.NEGATION
          && a.hitSentence[g] == a.hitSentence[h]
          && a.hitStart[g] >= from
          && a.hitEnd[g] <= a.hitStart[h]) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a negation starts between two offsets: "cherry juice doesn't cure gout". */
  private static boolean negated(Analysis a, int from, int to) {
    if (!a.has(Cue.NEGATION)) {
      return false;
    }
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.NEGATION && a.hitStart[h] >= from && a.hitStart[h] < to) {
        return true;
      }
    }
    return false;
  }

  /** Packs a stem's entry, phrase, place and phrase length into a payload. */
  static int payload(int entry, int phrase, int place, int length) {
    return (entry << 16) | (phrase << 6) | (place << 3) | (length - 1);
  }

  /** The entry (the myth or the FAQ entry) of a payload. */
  static int entry(int payload) {
    return payload >>> 16;
  }

  /** The entry and phrase of a payload, as one key. */
  static int phraseKey(int payload) {
    return payload >>> 6;
  }

  static int place(int payload) {
    return (payload >>> 3) & 7;
  }

  static int length(int payload) {
    return (payload & 7) + 1;
  }
}
