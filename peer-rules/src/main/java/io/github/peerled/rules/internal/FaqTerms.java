package io.github.peerled.rules.internal;

import io.github.peerled.rules.FaqEntry;
import io.github.peerled.rules.detect.internal.Lexicon;
import io.github.peerled.rules.detect.internal.TextChars;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A FAQ entry read by its core terms, so a question in a member's own words is met even when it
 * holds none of the entry's phrases whole: "what does autosens actually do?" for the entry {@code
 * autosens}, "what do we do on sick days?" for {@code sick-day}, "how do I ask for going back
 * gradually?" for an entry phrased "going back to work gradually". An entry's core terms are the
 * content words of its id and of its phrases (its title's words count where a phrase repeats them),
 * each cut back to its stem ({@link PhraseWords#stem}). A question sentence meets the entry when it
 * holds two distinct core terms, or the entry's id when that is one word; one core term alone ("did
 * your phone die?" for an entry about phones), or terms in two sentences, is not enough, except
 * where a question about someone ("he", "she") asks on from the sentence that sets them up: "He
 * lives for football. Is he allowed to keep playing?" meets an entry on playing football.
 * Stateless.
 */
final class FaqTerms {
  /** The most core terms read of one entry. */
  static final int MAX_TERMS = 64;

  private FaqTerms() {}

  /**
   * Returns an entry's core terms, each ending in {@code *}: the stems of its id's content words,
   * then of its phrases'; when the id is one content word, its stem comes first.
   *
   * @param entry the FAQ entry
   * @param stop the language's stop words, normalised
   * @return the distinct core terms, at most {@value #MAX_TERMS}
   */
  static List<String> coreTerms(FaqEntry entry, Set<String> stop) {
    Set<String> terms = new LinkedHashSet<>(words(entry.id(), stop));
    for (String phrase : entry.phrases()) {
      terms.addAll(words(phrase, stop));
    }
    List<String> out = new ArrayList<>();
    for (String t : terms) {
      if (out.size() < MAX_TERMS) {
        out.add(t + "*");
      }
    }
    return out;
  }

  /**
   * A pattern a question may meet an entry by, and the core term it counts as.
   *
   * @param pattern a stem ending in {@code *}, or a phrase matched as written
   * @param index the core term: a synonym counts as the term it stands for
   * @param related whether it is only a related word, which never stands for a one-word id alone
   */
  record Term(String pattern, int index, boolean related) {}

  /**
   * Returns an entry's core terms ({@link #coreTerms}) with their synonyms: a term on a line of the
   * language's list of equivalent words ("doctor, gp, consultant") is met by every word of the line
   * too, counting as that one term, and two core terms on one line count as one ("car" and
   * "driving" are not two terms of a driving entry). Words after a {@code |} on a line are only
   * related ("driving ... | car"): they count as the term but do not stand for a one-word id alone,
   * so "car share" is not a question about driving. A synonym of one word is a stem, of more words
   * ("a and e") a phrase matched as written.
   *
   * @param entry the FAQ entry
   * @param stop the language's stop words, normalised
   * @param synonyms the lines of the synonym list, each its words normalised
   * @return the patterns, each with its term's index (below {@value #MAX_TERMS})
   */
  static List<Term> terms(FaqEntry entry, Set<String> stop, List<List<String>> synonyms) {
    List<Term> out = new ArrayList<>();
    Set<String> patterns = new LinkedHashSet<>();
    List<Integer> lineIndex = new ArrayList<>(); // per synonym line: its term's index, or -1
    for (int i = 0; i < synonyms.size(); i++) {
      lineIndex.add(-1);
    }
    int next = 0;
    for (String t : coreTerms(entry, stop)) {
      String stem = t.substring(0, t.length() - 1);
      int line = lineOf(stem, synonyms);
      int index;
      if (line >= 0 && lineIndex.get(line) >= 0) {
        index = lineIndex.get(line);
      } else if (next < MAX_TERMS) {
        index = next++;
      } else {
        break;
      }
      if (patterns.add(t)) {
        out.add(new Term(t, index, false));
      }
      if (line >= 0 && lineIndex.get(line) < 0) {
        lineIndex.set(line, index);
        boolean related = false;
        for (String w : synonyms.get(line)) {
          if (w.equals("|")) {
            related = true;
            continue;
          }
          String p = oneWord(w) ? PhraseWords.stem(w) + "*" : w;
          if (patterns.add(p)) {
            out.add(new Term(p, index, related));
          }
        }
      }
    }
    return out;
  }

  /**
   * Reads the list of equivalent words: per line, its words or phrases, separated by commas,
   * normalised.
   *
   * @param lines the list's lines
   * @return per line, its words
   */
  static List<List<String>> synonyms(List<String> lines) {
    List<List<String>> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      List<String> words = new ArrayList<>();
      int bar = line.indexOf('|');
      String equivalent = bar < 0 ? line : line.substring(0, bar);
      for (String w : equivalent.split(",", -1)) {
        String n = Lexicon.normalise(w.strip());
        if (!n.isEmpty()) {
          words.add(n);
        }
      }
      if (bar >= 0) {
        words.add("|"); // the related words follow
        for (String w : line.substring(bar + 1).split(",", -1)) {
          String n = Lexicon.normalise(w.strip());
          if (!n.isEmpty()) {
            words.add(n);
          }
        }
      }
      if (words.size() >= 2) {
        out.add(List.copyOf(words));
      }
    }
    return List.copyOf(out);
  }

  /** The synonym line holding a word whose stem is this one, or -1. */
  private static int lineOf(String stem, List<List<String>> synonyms) {
    for (int i = 0; i < synonyms.size(); i++) {
      for (String w : synonyms.get(i)) {
        if (oneWord(w) && PhraseWords.stem(w).equals(stem)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean oneWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!TextChars.isWord(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether an entry's id is one content word, the first of its core terms. */
  static boolean oneWordId(FaqEntry entry, Set<String> stop) {
    return words(entry.id(), stop).size() == 1;
  }

  /** The stems of a text's content words (three letters or more, not stop words), in order. */
  private static List<String> words(String text, Set<String> stop) {
    List<String> out = new ArrayList<>();
    for (String w : PhraseWords.words(text)) {
      if (w.length() >= 3
          && !stop.contains(w)
          && Character.isLetter(w.charAt(0))
          && w.indexOf('\'') < 0) {
        String s = PhraseWords.stem(w);
        if (!out.contains(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** Packs an entry, a term of it and whether the term is the entry's one-word id. */
  static int payload(int entry, int term, boolean wholeId) {
    return (entry << 8) | (term << 1) | (wholeId ? 1 : 0);
  }

  /**
   * Returns the entry a question sentence of a contribution meets by core terms, with that
   * sentence, or null: the entry with the most distinct core terms in one sentence (two at least,
   * or its one-word id), the first on a tie. A question about someone ("is he allowed to keep
   * playing?") that holds one term counts the terms of the sentence before it, which sets them up
   * ("He lives for football."). Quoted terms and sarcastic sentences do not count.
   *
   * @param a the analysed contribution, holding {@link Cue#FAQ_TERM} hits
   * @param questionsOnly whether only sentences read as questions count
   * @return {entry, sentence, the sentence that sets it up or -1}, or null
   */
  static int @Nullable [] find(Analysis a, boolean questionsOnly) {
    if (!a.has(Cue.FAQ_TERM)) {
      return null;
    }
    int[] best = null;
    int bestCount = 0;
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) != Cue.FAQ_TERM || a.hitQuoted[h] || !PhraseWords.inFamily(a, h)) {
        continue;
      }
      int s = a.hitSentence[h];
      int entry = a.payload(h) >>> 8;
      if ((questionsOnly && !a.sentenceQuestion[s]) || a.sentenceHas(s, Cue.SARCASM)) {
        continue;
      }
      // count the entry's distinct terms in this sentence, from its first hit here
      int count = 0;
      boolean wholeId = false;
      long seen = 0; // the entry's terms met, by bit
      boolean first = true;
      for (int k = 0; k < a.hitCount; k++) {
        if (a.cue(k) != Cue.FAQ_TERM
            || a.hitQuoted[k]
            || a.hitSentence[k] != s
            || !PhraseWords.inFamily(a, k)) {
          continue;
        }
        int p = a.payload(k);
        if (p >>> 8 != entry) {
          continue;
        }
        if (k < h) {
          first = false;
          break;
        }
        long bit = 1L << ((p >>> 1) & (MAX_TERMS - 1));
        if ((seen & bit) == 0) {
          seen |= bit;
          count++;
        }
        wholeId |= (p & 1) == 1;
      }
      if (!first) {
        continue;
      }
      int setup = -1;
      if (count == 1 && !wholeId && s > 0 && aboutSomeone(a, s)) {
        long before = termsIn(a, s - 1, entry, seen);
        if (before != 0) {
          count += Long.bitCount(before);
          setup = s - 1;
        }
      }
      if (count < 2 && !wholeId) {
        continue;
      }
      int score = wholeId ? Math.max(count, 2) : count;
      if (score > bestCount) {
        bestCount = score;
        best = new int[] {entry, s, setup};
      }
    }
    return best;
  }

  /** The entry's distinct terms in a sentence, by bit, other than those of {@code seen}. */
  private static long termsIn(Analysis a, int sentence, int entry, long seen) {
    long found = 0;
    for (int k = 0; k < a.hitCount; k++) {
      if (a.cue(k) != Cue.FAQ_TERM
          || a.hitQuoted[k]
          || a.hitSentence[k] != sentence
          || a.payload(k) >>> 8 != entry
          || !PhraseWords.inFamily(a, k)) {
        continue;
      }
      found |= 1L << ((a.payload(k) >>> 1) & (MAX_TERMS - 1));
    }
    return found & ~seen;
  }

  /** Tells whether a sentence speaks of someone: "he", "she". */
  private static boolean aboutSomeone(Analysis a, int sentence) {
    int end = sentence + 1 < a.sentenceCount ? a.sentenceFirstToken[sentence + 1] : a.tokenCount;
    for (int t = a.sentenceFirstToken[sentence]; t < end; t++) {
      if (a.lexicon.isWord(Cue.THIRD_PERSON, a.lower, a.tokenStart[t], a.tokenEnd[t])) {
        return true;
      }
    }
    return false;
  }
}
