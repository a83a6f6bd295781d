package io.github.peerled.rules.detect.internal;

import java.util.Arrays;
import java.util.Collection;

/**
 * A set of words, each numbered in the order it was added, that a run of chars can be looked up in
 * without making a string of it: open addressing over the words' {@link String#hashCode()}, which
 * {@link #hash} computes in place for a run of chars. The one word table of the text stack: the
 * vocabulary of a {@link Lexicon}, and the rules' tables of words. Not thread-safe while words are
 * added; safe to read from several threads once filled and safely published.
 */
public final class WordTable {
  private String[] words;
  private char[][] chars; // of each word
  private int[] hashes;
  private int[] slots; // word number + 1, or 0 for an empty slot
  private int size;

  /**
   * Creates an empty table.
   *
   * @param expected how many words it is expected to hold; it grows beyond
   */
  public WordTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
    words = new String[Math.max(4, expected)];
    chars = new char[words.length][];
    hashes = new int[words.length];
    slots = new int[cap];
  }

  /**
   * Returns a filled table.
   *
   * @param words the words
   * @return a table of them, numbered in their order, duplicates once
   */
  public static WordTable of(Collection<String> words) {
    WordTable t = new WordTable(words.size());
    for (String w : words) {
      t.add(w);
    }
    return t;
  }

  /** Returns the hash {@link #find} takes: {@link String#hashCode()} of {@code [from, to)}. */
  public static int hash(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  private static int slot(int hash) {
    int x = hash * 0x9E3779B9; // spreads the low bits that a mask keeps
    return x ^ (x >>> 16);
  }

  /** Returns how many distinct words the table holds, the bound of their numbers. */
  public int size() {
    return size;
  }

  /** Returns the word of a number. */
  public String word(int number) {
    return words[number];
  }

  /** Returns the {@link #hash} of the word of a number. */
  public int hashOf(int number) {
    return hashes[number];
  }

  /** Forgets every word, keeping the space. */
  public void clear() {
    if (size > 0) {
      Arrays.fill(slots, 0);
      Arrays.fill(words, 0, size, null);
      Arrays.fill(chars, 0, size, null);
      size = 0;
    }
  }

  /**
   * Adds a word.
   *
   * @param word the word
   * @return its number: a new one, or the one it had when already there
   */
  public int add(String word) {
    int h = word.hashCode();
    int mask = slots.length - 1;
    for (int i = slot(h) & mask; ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == 0) {
        return insert(word, h, i);
      }
      if (hashes[s - 1] == h && words[s - 1].equals(word)) {
        return s - 1;
      }
    }
  }

  private int insert(String word, int h, int slot) {
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
      chars = Arrays.copyOf(chars, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    words[size] = word;
    chars[size] = word.toCharArray();
    hashes[size] = h;
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int w = 0; w < size; w++) {
      int i = slot(hashes[w]) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = w + 1;
    }
  }

  /**
   * Looks up the chars {@code [from, to)}.
   *
   * @param chars the chars
   * @param from where the word starts
   * @param to where it ends
   * @param hash {@link #hash} of the chars
   * @return the word's number, or -1 when the table does not hold it
   */
  public int find(char[] chars, int from, int to, int hash) {
    int[] slots = this.slots;
    int[] hashes = this.hashes;
    int mask = slots.length - 1;
    int len = to - from;
    for (int i = slot(hash) & mask; ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == 0) {
        return -1;
      }
      if (hashes[s - 1] == hash) {
        char[] w = this.chars[s - 1];
        if (w.length == len && Arrays.equals(w, 0, len, chars, from, to)) {
          return s - 1;
        }
      }
    }
  }

  /** Tells whether the table holds the chars {@code [from, to)}. */
  public boolean contains(char[] chars, int from, int to) {
    return find(chars, from, to, hash(chars, from, to)) >= 0;
  }
}
