package io.github.peerled.rules.detect.internal;

/**
 * The detector's own char-level tokeniser as it was before the detector read the one tokenisation
 * ({@link TextScan}); kept here as the reference that {@link Tokenizer#read} must equal token for
 * token. Splits text into tokens in one pass: words (splitting English clitics such as {@code n't},
 * {@code 'd}, {@code 're}, and accepting text already split that way), numbers and punctuation.
 * Words are lower-cased on the fly and looked up in the lexicon without creating strings; words the
 * lexicon rewrites (for example {@code dont} to {@code do n't}) become several tokens that share
 * the surface offsets. Immutable and thread-safe.
 */
final class ReferenceTokenizer {
  private final Lexicon lex;
  private final int pastBit;
  private final int gerundBit;
  private final int abbrBit;
  private final int casedBit;

  ReferenceTokenizer(Lexicon lex) {
    this.lex = lex;
    this.pastBit = lex.bit("PAST");
    this.gerundBit = lex.bit("GERUND");
    this.abbrBit = lex.bit("ABBR");
    this.casedBit = lex.bit("CASED");
  }

  Tokens tokenize(CharSequence text) {
    int len = text.length();
    Tokens t = new Tokens(len / 4 + 8);
    char[] lc = new char[len];
    int i = 0;
    while (i < len) {
      char c = text.charAt(i);
      if (TextChars.isWord(c)
          || (TextChars.isApostrophe(c)
              && i + 1 < len
              && Character.isLetter(text.charAt(i + 1))
              && (i == 0 || !TextChars.isWord(text.charAt(i - 1))))) {
        int s = i;
        boolean letters = false;
        boolean digits = false;
        int apos = -1;
        while (i < len) {
          char d = text.charAt(i);
          if (TextChars.isWord(d)) {
            if (Character.isDigit(d)) {
              digits = true;
            } else {
              letters = true;
            }
          } else if (i + 1 < len
              && i > s
              && TextChars.isWord(text.charAt(i + 1))
              && ((TextChars.isApostrophe(d) && letters)
                  || (d == '-' && letters && Character.isLetter(text.charAt(i + 1)))
                  || ((d == '.' || d == ',') && digits && !letters)
                  || (d == '.' && letters && i - s == 1))) {
            if (TextChars.isApostrophe(d) && apos < 0) {
              apos = i;
            }
          } else if (TextChars.isApostrophe(d) && i == s) {
            // leading apostrophe of a pre-split clitic such as 'd or 're
          } else {
            break;
          }
          lc[i] = TextChars.lower(d);
          i++;
        }
        if (letters) {
          int before = t.n;
          emitWord(t, lc, s, i, apos);
          if (t.n == before + 1 && cased(t, text, before)) {
            t.id[before] = -1; // "US" the country, not "us"
          }
        } else {
          int h = 0;
          for (int k = s; k < i; k++) {
            h = 31 * h + lc[k];
          }
          t.add(s, i, -1, h, Tokens.NUMBER, 0);
        }
        continue;
      }
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
      lc[s] = p;
      int h = p;
      int id = kind == Tokens.BREAK ? -1 : lex.lookup(lc, s, s + 1, h);
      t.add(s, i, id, h, kind, 0);
    }
    return t;
  }

  /**
   * Whether token {@code k} is a word of the CASED class written in capitals (two letters or more)
   * in running text, where it is another word: "the US" is not "us". Capitals after a word in
   * capitals are shouting, and keep their reading.
   */
  private boolean cased(Tokens t, CharSequence text, int k) {
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

  private static boolean capitals(CharSequence text, int from, int to) {
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
    int h = 0;
    for (int k = s; k < e; k++) {
      h = 31 * h + lc[k];
    }
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
