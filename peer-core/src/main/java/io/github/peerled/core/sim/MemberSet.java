package io.github.peerled.core.sim;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A set of simulated members, by index (member {@code i} is {@code m0(i+1)}, as on the {@link
 * Floor}), iterated in index order. Sets of any size: members 0 to 63 are held in one {@code long},
 * larger indices in an array of them, so that groups of up to 64 keep the speed of a bit mask.
 *
 * <p>Immutable and thread-safe: the operations ({@link #with}, {@link #and}, ...) return new sets.
 * Two sets are {@link #equals equal} when they hold the same members.
 */
public final class MemberSet {
  private static final MemberSet EMPTY = new MemberSet(0L, null);

  /** Members 0 to 63: bit {@code i} for member {@code i}. */
  final long low;

  /**
   * Null if no member is 64 or more; else every word, {@code words[0] == low}, the last word
   * non-zero (so that each set has one representation).
   */
  final long @Nullable [] words;

  private final int size;

  private MemberSet(long low, long @Nullable [] words) {
    this.low = low;
    this.words = words;
    int n = Long.bitCount(low);
    if (words != null) {
      for (int w = 1; w < words.length; w++) {
        n += Long.bitCount(words[w]);
      }
    }
    this.size = n;
  }

  /**
   * Returns the empty set.
   *
   * @return the set
   */
  public static MemberSet empty() {
    return EMPTY;
  }

  /**
   * Returns the set of the given members.
   *
   * @param members members' indices, each 0 or more, in any order, repeats allowed
   * @return the set
   * @throws IllegalArgumentException if an index is negative
   */
  public static MemberSet of(int... members) {
    int max = -1;
    for (int m : members) {
      if (m < 0) {
        throw new IllegalArgumentException("a member's index must be 0 or more, was " + m);
      }
      max = Math.max(max, m);
    }
    long[] w = new long[(max >> 6) + 1];
    for (int m : members) {
      w[m >> 6] |= 1L << m;
    }
    return ofWords(w);
  }

  /**
   * Returns the members {@code from} to {@code to - 1}; {@code range(0, n)} is a whole group of
   * {@code n}.
   *
   * @param from the first member's index, 0 or more
   * @param to one past the last member's index, at least {@code from}
   * @return the set
   * @throws IllegalArgumentException if {@code from} is negative or greater than {@code to}
   */
  public static MemberSet range(int from, int to) {
    if (from < 0 || from > to) {
      throw new IllegalArgumentException(
          "a range of members needs 0 <= from <= to, was " + from + " to " + to);
    }
    if (to <= 64) {
      return of64(bitsBelow(to) & ~bitsBelow(from));
    }
    long[] w = new long[wordsFor(to)];
    for (int m = from; m < to; m++) {
      w[m >> 6] |= 1L << m;
    }
    return ofWords(w);
  }

  /** Returns the set of members 0 to 63 given by a bit mask. */
  static MemberSet of64(long bits) {
    return bits == 0 ? EMPTY : new MemberSet(bits, null);
  }

  /** Returns the set of the given words (bit {@code i % 64} of word {@code i / 64}); owns them. */
  static MemberSet ofWords(long[] w) {
    int last = w.length - 1;
    while (last > 0 && w[last] == 0) {
      last--;
    }
    if (last <= 0) {
      return of64(w.length == 0 ? 0 : w[0]);
    }
    return new MemberSet(w[0], last == w.length - 1 ? w : Arrays.copyOf(w, last + 1));
  }

  /** The number of words that hold members 0 to {@code n - 1}; at least 1. */
  static int wordsFor(int n) {
    return Math.max(1, (n + 63) >> 6);
  }

  private static long bitsBelow(int n) {
    return n >= 64 ? -1L : (1L << n) - 1;
  }

  /**
   * Returns the number of members in the set.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * Tells whether the set has no member.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Tells whether a member is in the set.
   *
   * @param member the member's index (any int; a negative one is in no set)
   * @return true if in the set
   */
  public boolean contains(int member) {
    if (member < 64) {
      return member >= 0 && (low >>> member & 1L) != 0;
    }
    long[] w = words;
    int k = member >> 6;
    return w != null && k < w.length && (w[k] >>> member & 1L) != 0;
  }

  /**
   * Returns the {@code k}-th member of the set, counting from 0 in index order.
   *
   * @param k 0 to {@code size() - 1}
   * @return the member's index
   * @throws IndexOutOfBoundsException if {@code k} is out of range
   */
  public int nth(int k) {
    if (k < 0 || k >= size) {
      throw new IndexOutOfBoundsException("member " + k + " of a set of " + size);
    }
    long[] w = words;
    if (w == null) {
      return nthBit(low, k);
    }
    int left = k;
    for (int i = 0; ; i++) {
      int c = Long.bitCount(w[i]);
      if (left < c) {
        return (i << 6) + nthBit(w[i], left);
      }
      left -= c;
    }
  }

  /** The index of the {@code k}-th set bit of a word (fewer than {@code k + 1}: 64). */
  static int nthBit(long mask, int k) {
    long m = mask;
    for (int j = 0; j < k; j++) {
      m &= m - 1;
    }
    return Long.numberOfTrailingZeros(m);
  }

  /**
   * Returns the first member of the set at or after an index: {@code for (int m = s.next(0); m >=
   * 0; m = s.next(m + 1))} visits the set in order.
   *
   * @param from the index to start at (a negative one starts at 0)
   * @return the member's index, or -1 if there is none
   */
  public int next(int from) {
    int f = Math.max(0, from);
    long[] w = words;
    if (f < 64) {
      long m = low & (-1L << f);
      if (m != 0) {
        return Long.numberOfTrailingZeros(m);
      }
      if (w == null) {
        return -1;
      }
      f = 64;
    }
    if (w == null) {
      return -1;
    }
    int i = f >> 6;
    if (i >= w.length) {
      return -1;
    }
    long m = w[i] & (-1L << f);
    while (true) {
      if (m != 0) {
        return (i << 6) + Long.numberOfTrailingZeros(m);
      }
      if (++i == w.length) {
        return -1;
      }
      m = w[i];
    }
  }

  /**
   * Gives each member to an action, in index order.
   *
   * @param action what to do with a member's index
   */
  public void forEach(IntConsumer action) {
    long[] w = words;
    int n = w == null ? 1 : w.length;
    for (int i = 0; i < n; i++) {
      long m = w == null ? low : w[i];
      while (m != 0) {
        action.accept((i << 6) + Long.numberOfTrailingZeros(m));
        m &= m - 1;
      }
    }
  }

  /**
   * Returns the members in index order.
   *
   * @return a new array
   */
  public int[] toArray() {
    int[] out = new int[size];
    int k = 0;
    for (int m = next(0); m >= 0; m = next(m + 1)) {
      out[k++] = m;
    }
    return out;
  }

  /**
   * Returns this set with a member added.
   *
   * @param member the member's index, 0 or more
   * @return the set (this one if it holds the member already)
   * @throws IllegalArgumentException if the index is negative
   */
  public MemberSet with(int member) {
    if (member < 0) {
      throw new IllegalArgumentException("a member's index must be 0 or more, was " + member);
    }
    if (contains(member)) {
      return this;
    }
    if (member < 64 && words == null) {
      return of64(low | 1L << member);
    }
    long[] w = Arrays.copyOf(wordArray(), Math.max(wordCount(), (member >> 6) + 1));
    w[member >> 6] |= 1L << member;
    return ofWords(w);
  }

  /**
   * Returns this set without a member.
   *
   * @param member the member's index
   * @return the set (this one if it does not hold the member)
   */
  public MemberSet without(int member) {
    if (!contains(member)) {
      return this;
    }
    if (words == null) {
      return of64(low & ~(1L << member));
    }
    long[] w = wordArray().clone();
    w[member >> 6] &= ~(1L << member);
    return ofWords(w);
  }

  /**
   * Returns the members in both sets.
   *
   * @param other the other set
   * @return the intersection
   */
  public MemberSet and(MemberSet other) {
    if (words == null || other.words == null) {
      long bits = low & other.low;
      return bits == low && words == null ? this : of64(bits);
    }
    long[] w = new long[Math.min(wordCount(), other.wordCount())];
    for (int i = 0; i < w.length; i++) {
      w[i] = word(i) & other.word(i);
    }
    return ofWords(w);
  }

  /**
   * Returns the members in either set.
   *
   * @param other the other set
   * @return the union
   */
  public MemberSet or(MemberSet other) {
    if (words == null && other.words == null) {
      return of64(low | other.low);
    }
    long[] w = new long[Math.max(wordCount(), other.wordCount())];
    for (int i = 0; i < w.length; i++) {
      w[i] = word(i) | other.word(i);
    }
    return ofWords(w);
  }

  /**
   * Returns the members of this set that are not in another.
   *
   * @param other the members to leave out
   * @return the difference
   */
  public MemberSet andNot(MemberSet other) {
    if (words == null) {
      long bits = low & ~other.low;
      return bits == low ? this : of64(bits);
    }
    long[] w = new long[wordCount()];
    for (int i = 0; i < w.length; i++) {
      w[i] = word(i) & ~other.word(i);
    }
    return ofWords(w);
  }

  /**
   * Tells whether every member of another set is in this one.
   *
   * @param other the other set
   * @return true if {@code other} is a subset of this set
   */
  public boolean containsAll(MemberSet other) {
    if (other.wordCount() > wordCount()) {
      return false;
    }
    for (int i = 0; i < other.wordCount(); i++) {
      if ((other.word(i) & ~word(i)) != 0) {
        return false;
      }
    }
    return true;
  }

  /** The number of words that hold the set: 1 unless a member is 64 or more. */
  int wordCount() {
    long[] w = words;
    return w == null ? 1 : w.length;
  }

  /** Word {@code i} (bits of members {@code 64 i} to {@code 64 i + 63}), 0 past the end. */
  long word(int i) {
    long[] w = words;
    if (w == null) {
      return i == 0 ? low : 0;
    }
    return i < w.length ? w[i] : 0;
  }

  private long[] wordArray() {
    long[] w = words;
    return w == null ? new long[] {low} : w;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof MemberSet s) || s.low != low || s.size != size) {
      return false;
    }
    long[] w = words;
    long[] v = s.words;
    return w == null ? v == null : v != null && Arrays.equals(w, v);
  }

  @Override
  public int hashCode() {
    long[] w = words;
    return w == null ? Long.hashCode(low) : Arrays.hashCode(w);
  }

  /**
   * Returns the members' indices, such as {@code {0, 4, 5}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    for (int m = next(0); m >= 0; m = next(m + 1)) {
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append(m);
    }
    return b.append('}').toString();
  }
}
