package io.github.peerled.rules.internal;

import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.detect.internal.Lexicon;
import io.github.peerled.rules.detect.internal.TextChars;
import io.github.peerled.rules.detect.internal.WordTable;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads the words by which a contribution addresses someone: the members' first names and ids, the
 * group ("everyone"), the opener words that may lead into an instruction ("just", "honestly"), and
 * the clause marks (comma, semicolon, colon, dash) an instruction may open after. Shared by {@link
 * AddressedAdvice}, {@link DoseOrder} and {@link MedicineThread}.
 *
 * <p>Names are looked up in a {@link WordTable} by the token's hash without allocating. Immutable
 * and thread-safe.
 */
final class AddressWords {
  /** Members' first names and ids, lowercased, numbered in the order of the members. */
  private final WordTable names;

  /** The member each name of {@link #names} is of, by its number: the first member who has it. */
  private final MemberId[] who;

  AddressWords(GroupContext context) {
    WordTable table = new WordTable(context.members().size() * 2);
    MemberId[] ids = new MemberId[context.members().size() * 2];
    for (Member m : context.members()) {
      add(table, ids, m.id().value(), m.id());
      if (m.displayName().isPresent()) {
        add(table, ids, m.displayName().get(), m.id());
      }
    }
    this.names = table;
    this.who = Arrays.copyOf(ids, table.size());
  }

  /**
   * Adds the first word of a name, normalised, if it has two letters or more; a name two members
   * share stays the first one's.
   */
  private static void add(WordTable table, MemberId[] ids, String raw, MemberId id) {
    String w = Lexicon.normalise(raw);
    int end = 0;
    while (end < w.length() && TextChars.isWord(w.charAt(end))) {
      end++;
    }
    if (end < 2) {
      return;
    }
    int number = table.add(w.substring(0, end));
    if (ids[number] == null) {
      ids[number] = id;
    }
  }

  /**
   * Tells whether a token may stand before an instruction at the opening of its clause: an opener
   * word ("just", "honestly"), a member's name or the group.
   *
   * @param a the analysed contribution
   * @param t a token of it
   * @return whether the token leads into an instruction
   */
  boolean leads(Analysis a, int t) {
    int from = a.tokenStart[t];
    int to = a.tokenEnd[t];
    return a.lexicon.isWord(Cue.ADVICE_OPENER, a.lower, from, to)
        || isName(a.lower, from, to)
        || groupWord(a, from);
  }

  /**
   * Tells whether a clause mark (comma, semicolon, colon or dash) stands between two tokens.
   *
   * @param a the analysed contribution
   * @param t a token, not the first
   * @return whether a clause mark stands between token {@code t - 1} and {@code t}
   */
  static boolean clauseMarkBefore(Analysis a, int t) {
    return clauseMarkBetween(a, a.tokenEnd[t - 1], a.tokenStart[t]);
  }

  /** Tells whether a clause mark stands in the lowercased chars {@code [from, to)}. */
  static boolean clauseMarkBetween(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = a.lower[i];
      if (c == ',' || c == ';' || c == ':' || c == '-' || c == '\u2013' || c == '\u2014') {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a group-address hit starts at an offset. */
  static boolean groupWord(Analysis a, int start) {
    if (!a.has(Cue.GROUP_ADDRESS)) {
      return false;
    }
    for (int h = 0; h < a.hitCount; h++) {
      if (a.hitStart[h] == start && a.cue(h) == Cue.GROUP_ADDRESS) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether lowercased chars {@code [from, to)} are a member's first name or id. */
  boolean isName(char[] lower, int from, int to) {
    return names.contains(lower, from, to);
  }

  /**
   * Returns the member whose first name or id a token is, or null.
   *
   * @param a the analysed contribution
   * @param t a token of it
   * @return the member named, or null
   */
  @Nullable MemberId memberAt(Analysis a, int t) {
    int i = names.find(a.lower, a.tokenStart[t], a.tokenEnd[t], a.tokenHash[t]);
    return i < 0 ? null : who[i];
  }

  /** Tells whether lowercased chars {@code [from, to)} are a word. */
  static boolean same(String word, char[] lower, int from, int to) {
    if (word.length() != to - from) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != lower[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** The index of the token a hit starts at, or -1. */
  static int tokenAt(Analysis a, int h) {
    int t = Arrays.binarySearch(a.tokenStart, 0, a.tokenCount, a.hitStart[h]);
    return t >= 0 ? t : -1;
  }

  /** The offset where the clause of a hit ends: the next clause or sentence mark, or the end. */
  static int clauseEnd(Analysis a, int h) {
    for (int i = a.hitEnd[h]; i < a.lower.length; i++) {
      char c = a.lower[i];
      if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?') {
        return i;
      }
    }
    return a.lower.length;
  }

  /** Counts the words that start in {@code [from, to)}. */
  static int wordsBetween(Analysis a, int from, int to) {
    int n = 0;
    for (int t = 0; t < a.tokenCount && a.tokenStart[t] < to; t++) {
      if (a.tokenStart[t] >= from) {
        n++;
      }
    }
    return n;
  }

  /** Tells whether a token is a word, as lowercased. */
  static boolean word(Analysis a, int t, String w) {
    return same(w, a.lower, a.tokenStart[t], a.tokenEnd[t]);
  }
}
