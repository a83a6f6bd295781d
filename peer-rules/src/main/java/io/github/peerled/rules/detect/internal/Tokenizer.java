package io.github.peerled.rules.detect.internal;

/**
 * The detector's reading of the one tokenisation ({@link TextScan}): words (splitting English
 * clitics such as {@code n't}, {@code 'd}, {@code 're}, and accepting text already split that way),
 * numbers and punctuation. Words are looked up in the lexicon without creating strings; words the
 * lexicon rewrites (for example {@code dont} to {@code do n't}) become several tokens that share
 * the surface offsets. Immutable and thread-safe.
 */
public final class Tokenizer {
  private final Lexicon lex;
  private final int pastBit;
  private final int gerundBit;
  private final int abbrBit;
  private final int casedBit;
  private final int[] punctuationIds = new int[128]; // of ASCII chars
  private final int enDashId;
  private final int emDashId;
  private final int openQuoteId;
  private final int closeQuoteId;

  /**
   * Creates a tokenizer.
   *
   * @param lex the lexicon to look words up in
   */
  public Tokenizer(Lexicon lex) {
    this.lex = lex;
    this.pastBit = lex.bit("PAST");
    this.gerundBit = lex.bit("GERUND");
    this.abbrBit = lex.bit("ABBR");
    this.casedBit = lex.bit("CASED");
    for (char c = 0; c < punctuationIds.length; c++) {
      punctuationIds[c] = lex.lookup(new char[] {c}, 0, 1, c);
    }
    enDashId = lex.lookup(new char[] {'\u2013'}, 0, 1, '\u2013');
    emDashId = lex.lookup(new char[] {'\u2014'}, 0, 1, '\u2014');
    openQuoteId = lex.lookup(new char[] {'\u201c'}, 0, 1, '\u201c');
    closeQuoteId = lex.lookup(new char[] {'\u201d'}, 0, 1, '\u201d');
  }

  /**
   * Tokenizes a text: {@link TextScan scans} it, then {@link #read reads} its words.
   *
   * @param text the text
   * @return its tokens
   */
  public Tokens tokenize(CharSequence text) {
    String s = text.toString();
    return read(s, new TextScan(s, null));
  }

  /**
   * Reads the words of a {@link TextScan scan} with the lexicon: joins them where a hyphen joins
   * letters ("self-harm"), a point or comma joins digits ("7.5") or a point follows one letter
   * ("e.g"); keeps a leading apostrophe on a clitic written apart ("'re"); splits a word where an
   * apostrophe follows digits only ("90" "s"); splits clitics ("do" "n't") and rewrites words the
   * lexicon rewrites; and makes tokens of the punctuation between words. The chars of a word are
   * read again only where it has an apostrophe or is joined to the next.
   *
   * @param text the text scanned
   * @param scan its scan
   * @return the tokens
   */
  public Tokens read(String text, TextScan scan) {
    char[] lower = scan.lower();
    int[] starts = scan.wordStarts();
    int[] ends = scan.wordEnds();
    int[] hashes = scan.wordHashes();
    byte[] shapes = scan.wordShapes();
    int count = scan.words();
    int len = text.length();
    Tokens t = new Tokens(len / 4 + 8);
    int i = 0; // the next char not yet read
    for (int r = 0; ; ) {
      int next = r < count ? starts[r] : len;
      boolean lead =
          next > i
              && next < len
              && TextChars.isApostrophe(text.charAt(next - 1))
              && Character.isLetter(text.charAt(next))
              && (next - 1 == 0 || !TextChars.isWord(text.charAt(next - 2)));
      punctuation(text, t, i, lead ? next - 1 : next);
      if (r >= count) {
        return t;
      }
      int s = lead ? next - 1 : next; // where the word starts
      boolean letters = false;
      boolean digits = false;
      int apos = -1;
      int p = next;
      while (true) {
        int e = ends[r];
        int shape = shapes[r];
        if ((shape & TextScan.APOSTROPHE) == 0) {
          letters |= (shape & TextScan.LETTERS) != 0;
          digits |= (shape & TextScan.DIGITS) != 0;
          p = e;
        }
        for (; p < e; p++) {
          char d = lower[p];
          if (d == '\'') {
            if (!letters) {
              break; // "90's": the digits end a word, the apostrophe is skipped
            }
            if (apos < 0) {
              apos = p;
            }
          } else if (Character.isDigit(d)) {
            digits = true;
          } else {
            letters = true;
          }
        }
        if (p < e) {
          word(t, text, lower, s, p, apos, letters, NO_HASH);
          s = p + 1;
          p = s;
          letters = false;
          digits = false;
          apos = -1;
          continue;
        }
        boolean whole = s == starts[r]; // the scan's word as it is, hashed already
        int h = hashes[r];
        r++;
        if (r < count && starts[r] == e + 1 && joins(text, e, s, letters, digits)) {
          p = starts[r];
          continue;
        }
        word(t, text, lower, s, e, apos, letters, whole && apos < 0 ? h : NO_HASH);
        i = e;
        break;
      }
    }
  }

  /**
   * Whether the char at {@code at}, between two words of the scan, joins them into one: a hyphen
   * after letters before a letter, a point or comma between digits, a point after one letter.
   */
  private static boolean joins(String text, int at, int s, boolean letters, boolean digits) {
    char d = text.charAt(at);
    return (d == '-' && letters && Character.isLetter(text.charAt(at + 1)))
        || ((d == '.' || d == ',') && digits && !letters)
        || (d == '.' && letters && at - s == 1);
  }

  /** Marks a word's hash as not known yet. */
  private static final long NO_HASH = Long.MIN_VALUE;

  private void word(
      Tokens t, String text, char[] lc, int s, int e, int apos, boolean letters, long hash) {
    if (letters) {
      int before = t.n;
      if (hash != NO_HASH) {
        emitSimple(t, lc, s, e, (int) hash);
      } else {
        emitWord(t, lc, s, e, apos);
      }
      if (t.n == before + 1 && cased(t, text, before)) {
        t.id[before] = -1; // "US" the country, not "us"
      }
    } else {
      int h = hash != NO_HASH ? (int) hash : WordTable.hash(lc, s, e);
      t.add(s, e, -1, h, Tokens.NUMBER, 0);
    }
  }

  /** Makes tokens of the punctuation of {@code text[from, to)}, which holds no word. */
  private void punctuation(String text, Tokens t, int from, int to) {
    int len = text.length();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      int s = i;
      byte kind;
      if (c == '.' || c == '\u2026') {
        boolean abbr =
            c == '.'
                && t.n > 0
                && t.end[t.n - 1] == i
                && t.id[t.n - 1] >= 0
                && (lex.classMask(t.id[t.n - 1]) & abbrBit) != 0;
        while (i + 1 < len && (text.charAt(i + 1) == '.' || text.charAt(i + 1) == '\u2026')) {
          i++;
        }
        if (abbr && i == s) {
          i++;
          continue;
        }
        kind = Tokens.END;
      } else if (c == '?' || c == '!') {
        kind = c == '?' ? Tokens.QUESTION : Tokens.EXCLAIM;
        while (i + 1 < len && (text.charAt(i + 1) == '?' || text.charAt(i + 1) == '!')) {
          if (text.charAt(i + 1) == '?') {
            kind = Tokens.QUESTION;
          }
          i++;
        }
      } else if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        kind = Tokens.BREAK;
      } else if (c == ','
          || c == ';'
          || c == ':'
          || c == '('
          || c == ')'
          || c == '\u2013'
          || c == '\u2014') {
        kind = Tokens.CLAUSE;
      } else if (c == '-') {
        if (i + 1 < len && text.charAt(i + 1) == '-') {
          i++;
        }
        kind = Tokens.CLAUSE;
      } else if (c == '"' || c == '\u201c' || c == '\u201d') {
        kind = Tokens.QUOTE;
      } else {
        i++;
        continue;
      }
      i++;
      char p = TextChars.lower(c == '\u2026' ? '.' : c);
      int id = kind == Tokens.BREAK ? -1 : punctuationId(p);
      t.add(s, i, id, p, kind, 0);
    }
  }

  /** The lexicon id of a punctuation char (lowercased), or -1. */
  private int punctuationId(char p) {
    return switch (p) {
      case '\u2013' -> enDashId;
      case '\u2014' -> emDashId;
      case '\u201c' -> openQuoteId;
      case '\u201d' -> closeQuoteId;
      default -> p < punctuationIds.length ? punctuationIds[p] : -1;
    };
  }

  /**
   * Whether token {@code k} is a word of the CASED class written in capitals (two letters or more)
   * in running text, where it is another word: "the US" is not "us". Capitals after a word in
   * capitals are shouting, and keep their reading.
   */
  private boolean cased(Tokens t, String text, int k) {
    int id = t.id[k];
    if (casedBit == 0 || id < 0 || (lex.classMask(id) & casedBit) == 0) {
      return false;
    }
    if (!capitals(text, t.start[k], t.end[k])) {
      return false;
    }
    for (int j = k - 1; j >= 0; j--) {
      if (t.kind[j] == Tokens.WORD) {
        return !capitals(text, t.start[j], t.end[j]);
      }
    }
    return true;
  }

  private static boolean capitals(String text, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void emitWord(Tokens t, char[] lc, int s, int e, int apos) {
    if (apos > s) {
      // split clitics: n't, 's, 're, 've, 'll, 'd, 'm
      int tail = e - apos;
      if (tail == 2 && lc[apos + 1] == 't' && lc[apos - 1] == 'n' && apos - 1 > s) {
        emitSimple(t, lc, s, apos - 1);
        emitSimple(t, lc, apos - 1, e);
        return;
      }
      if (tail <= 3 && isClitic(lc, apos, e)) {
        emitSimple(t, lc, s, apos);
        emitSimple(t, lc, apos, e);
        return;
      }
    }
    emitSimple(t, lc, s, e);
  }

  private static boolean isClitic(char[] lc, int a, int e) {
    int n = e - a;
    if (n == 2) {
      char x = lc[a + 1];
      return x == 's' || x == 'd' || x == 'm';
    }
    if (n == 3) {
      char x = lc[a + 1];
      char y = lc[a + 2];
      return (x == 'r' && y == 'e') || (x == 'v' && y == 'e') || (x == 'l' && y == 'l');
    }
    return false;
  }

  private void emitSimple(Tokens t, char[] lc, int s, int e) {
    emitSimple(t, lc, s, e, WordTable.hash(lc, s, e));
  }

  private void emitSimple(Tokens t, char[] lc, int s, int e, int h) {
    int id = lex.lookup(lc, s, e, h);
    if (id >= 0) {
      int[] exp = lex.expansion(id);
      if (exp != null) {
        for (int x : exp) {
          t.add(s, e, x, lex.hashOf(x), Tokens.WORD, 0);
        }
        return;
      }
      t.add(s, e, id, h, Tokens.WORD, 0);
      return;
    }
    int guess = 0;
    int n = e - s;
    if (n > 4 && lc[e - 2] == 'e' && lc[e - 1] == 'd' && lc[e - 3] != 'e') {
      guess = pastBit;
    } else if (n > 5 && lc[e - 3] == 'i' && lc[e - 2] == 'n' && lc[e - 1] == 'g') {
      guess = gerundBit;
    }
    t.add(s, e, -1, h, Tokens.WORD, guess);
  }
}
