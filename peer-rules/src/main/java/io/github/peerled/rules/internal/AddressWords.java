package io.github.peerled.rules.internal;

import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.detect.internal.Lexicon;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads the words by which a contribution addresses someone: the members' first names and ids, the
 * group ("everyone"), the opener words that may lead into an instruction ("just", "honestly"), and
 * the clause marks (comma, semicolon, colon, dash) an instruction may open after. Shared by {@link
 * AddressedAdvice}, {@link DoseOrder} and {@link MedicineThread}.
 *
 * <p>Names are looked up by the token's hash without allocating. Immutable and thread-safe.
 */
final class AddressWords {
  /** Hashes of members' first names and ids, lowercased, sorted; names in the same order. */
  private final int[] nameHash;

  private final String[] name;

  /** The member each name in {@link #name} is of. */
  private final MemberId[] who;

  /** Open addressing over {@link #nameHash}: index + 1 of a name in a slot, 0 for an empty slot. */
  private final int[] slots;

  AddressWords(GroupContext context) {
    String[] names = new String[context.members().size() * 2];
    MemberId[] ids = new MemberId[names.length];
    int n = 0;
    for (Member m : context.members()) {
      n = add(names, ids, n, m.id().value(), m.id());
      if (m.displayName().isPresent()) {
        n = add(names, ids, n, m.displayName().get(), m.id());
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(names[x].hashCode(), names[y].hashCode()));
    this.name = new String[n];
    this.who = new MemberId[n];
    this.nameHash = new int[n];
    for (int i = 0; i < n; i++) {
      name[i] = names[order[i]];
      who[i] = ids[order[i]];
      nameHash[i] = name[i].hashCode();
    }
    this.slots = new int[Integer.highestOneBit(Math.max(4, n) * 2 - 1) * 2];
    int mask = slots.length - 1;
    for (int i = 0; i < n; i++) { // in order, so that a lookup meets the first of equal names first
      int s = slot(nameHash[i]) & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = i + 1;
    }
  }

  private static int slot(int hash) {
    int x = hash * 0x9E3779B9; // spreads the low bits that a mask keeps
    return x ^ (x >>> 16);
  }

  /** Adds the first word of a name, normalised, if it has two letters or more. */
  private static int add(String[] names, MemberId[] ids, int n, String raw, MemberId id) {
    String w = Lexicon.normalise(raw);
    int end = 0;
    while (end < w.length() && Analyzer.isWord(w.charAt(end))) {
      end++;
    }
    if (end < 2) {
      return n;
    }
    names[n] = w.substring(0, end);
    ids[n] = id;
    return n + 1;
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
    return nameIndex(lower, from, to) >= 0;
  }

  /**
   * Returns the member whose first name or id a token is, or null.
   *
   * @param a the analysed contribution
   * @param t a token of it
   * @return the member named, or null
   */
  @Nullable MemberId memberAt(Analysis a, int t) {
    int i = nameIndex(a.lower, a.tokenStart[t], a.tokenEnd[t], a.tokenHash[t]);
    return i < 0 ? null : who[i];
  }

  /** The index in {@link #name} of lowercased chars {@code [from, to)}, or -1. */
  private int nameIndex(char[] lower, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + lower[i];
    }
    return nameIndex(lower, from, to, hash);
  }

  /** The same, with the chars' hash known ({@link String#hashCode()} of them). */
  private int nameIndex(char[] lower, int from, int to, int hash) {
    int mask = slots.length - 1;
    for (int s = slot(hash) & mask; ; s = (s + 1) & mask) {
      int k = slots[s];
      if (k == 0) {
        return -1;
      }
      if (nameHash[k - 1] == hash && same(name[k - 1], lower, from, to)) {
        return k - 1;
      }
    }
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
}
