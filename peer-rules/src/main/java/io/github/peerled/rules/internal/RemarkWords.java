package io.github.peerled.rules.internal;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.rules.detect.internal.Lexicon;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words of one contribution as {@link PersonalRemarks} reads them around a cue: who is spoken
 * to or of ("you", "some people here", oneself, he or she, a member's name), the words that link a
 * person to an insult, the words for what was said, and where sentences and clauses end. Kinds come
 * from the hits of the shared scan, and from the word lists for the few tokens read, each looked up
 * once. Made only for a contribution that holds a remark cue; confined to one call.
 */
final class RemarkWords {
  static final byte OTHER = 0;

  /**
   * The most words that describe a noun read back over to "the" or a possessive before it ("the
   * supermarket lights", not "such a sad little try hard").
   */
  static final int NOUN_WORDS = 2;

  static final byte LINK = 1;
  static final byte YOU = 2;
  static final byte SELF = 3;
  static final byte POSSESSIVE = 4;

  /** A possessive that is also "you": "your", the owner of what was said. */
  static final byte YOUR = 5;

  static final byte THIRD = 6;
  static final byte SAID = 7;
  static final byte REFERENT = 8;
  static final byte INTERJECTION = 9;

  private static final byte UNKNOWN = -1;

  /** Words that follow "you're" but never "your": "a", "so", "being". */
  private static final Set<String> YOU_ARE_BEFORE =
      Set.of("a", "an", "so", "such", "being", "the", "just", "really", "always");

  /** Words that stand for a thing or for people not present: "they're hopeless, Molly". */
  private static final Set<String> NOT_A_PERSON =
      Set.of(
          "they",
          "they're",
          "theyre",
          "them",
          "it",
          "it's",
          "its",
          "this",
          "that",
          "that's",
          "thats",
          "these",
          "those",
          "there",
          "everything");

  /** How far back "he" or "she" looks for the member it stands for. */
  private static final int ANTECEDENT_WINDOW = 64;

  final Analysis a;
  private final Map<String, MemberId> byName;
  private final byte[] scanned;
  private final byte[] kind;
  private boolean anySelf;
  private byte spoken = UNKNOWN;

  RemarkWords(Analysis a, Map<String, MemberId> byName) {
    this.a = a;
    this.byName = byName;
    this.scanned = new byte[a.tokenCount];
    this.kind = new byte[a.tokenCount];
    Arrays.fill(kind, UNKNOWN);
    for (int h = 0; h < a.hitCount; h++) {
      byte k =
          switch (a.cue(h)) {
            case SECOND_PERSON, GROUP_TARGET -> YOU;
            case FIRST_PERSON -> SELF;
            default -> OTHER;
          };
      if (k == OTHER) {
        continue;
      }
      anySelf |= k == SELF;
      for (int t = tokenAt(a.hitStart[h]); t < a.tokenCount && a.tokenStart[t] < a.hitEnd[h]; t++) {
        if (scanned[t] == OTHER || k > scanned[t]) {
          scanned[t] = k; // oneself outranks "you"
        }
      }
    }
  }

  /**
   * Tells whether "your" at a token stands for "you're", as it is often misspelt: the word after it
   * is one only "you're" is followed by ("your a joke", "your so rude", "your being silly").
   */
  boolean youAre(int token) {
    if (token + 1 >= a.tokenCount || !adjacent(token, token + 1)) {
      return false;
    }
    String next =
        new String(
            a.lower, a.tokenStart[token + 1], a.tokenEnd[token + 1] - a.tokenStart[token + 1]);
    return YOU_ARE_BEFORE.contains(next);
  }

  /**
   * Tells whether a token, read back from an insult, is a thing or people not present rather than
   * the one addressed: a noun after a determiner or a possessive, over at most {@value #NOUN_WORDS}
   * words that describe it ("the transport is a joke, Alan", "the supermarket lights are the worst,
   * Ann", "my GP is useless, Ann") or a pronoun such as "they" or "it".
   */
  boolean thing(int token, int first) {
    if (NOT_A_PERSON.contains(
        new String(a.lower, a.tokenStart[token], a.tokenEnd[token] - a.tokenStart[token]))) {
      return true;
    }
    int d = token - 1;
    for (int words = 0; words < NOUN_WORDS && d >= first && adjacent(d, d + 1); words++, d--) {
      if (kind(d) != OTHER || member(d, false) != null) {
        break;
      }
    }
    if (d < first || !adjacent(d, d + 1)) {
      return false;
    }
    byte k = kind(d);
    if (d < token - 1 && k == LINK) {
      int i = a.tokenStart[d];
      return a.tokenEnd[d] - i == 3
          && a.lower[i] == 't'
          && a.lower[i + 1] == 'h'
          && a.lower[i + 2] == 'e';
    }
    return k == LINK || k == POSSESSIVE || k == YOUR || k == REFERENT;
  }

  /**
   * Tells whether a token is a name used to address someone, though not known as a member's: a
   * capitalised word after a comma that ends its sentence ("Get lost, Derek.").
   */
  boolean vocative(int token) {
    return token > 0
        && token < a.tokenCount
        && commaBefore(token)
        && lastInSentence(token, sentenceOf(token))
        && Character.isUpperCase(a.text.charAt(a.tokenStart[token]))
        && kind(token) == OTHER;
  }

  /** Tells whether a hit is followed in its sentence only by a name: "Cry me a river, Jess." */
  boolean nameEndsAfter(int hit) {
    int t = tokenAt(a.hitEnd[hit]);
    return inSentence(t, a.hitSentence[hit])
        && lastInSentence(t, a.hitSentence[hit])
        && (member(t, false) != null || vocative(t));
  }

  /** Tells whether any token names a member, "Ian's" included. */
  boolean namesMember() {
    for (int t = 0; t < a.tokenCount; t++) {
      if (member(t, true) != null) {
        return true;
      }
    }
    return false;
  }

  static boolean same(char[] text, int from, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (text[from + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Those a member may tell someone else to be spoken to: "tell him to shut up". */
  private static final String[] OTHERS = {"him", "her", "them"};

  /**
   * Tells whether an attack is what the author would have someone outside the group told: "tell him
   * to shut up", "get her to back off" (the word before it is "to", after "him", "her" or "them").
   */
  boolean toSomeoneElse(int hit) {
    int t = tokenAt(a.hitStart[hit]);
    int first = a.sentenceFirstToken[a.hitSentence[hit]];
    if (t - 2 < first || !adjacent(t - 2, t - 1) || !adjacent(t - 1, t)) {
      return false;
    }
    int from = a.tokenStart[t - 1];
    if (a.tokenEnd[t - 1] - from != 2 || a.lower[from] != 't' || a.lower[from + 1] != 'o') {
      return false;
    }
    int o = a.tokenStart[t - 2];
    int len = a.tokenEnd[t - 2] - o;
    for (String w : OTHERS) {
      if (w.length() == len && same(a.lower, o, w)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether the author speaks of themselves anywhere in the contribution. */
  boolean anySelf() {
    return anySelf;
  }

  /** Returns what a token is; the word lists are looked up once per token read. */
  byte kind(int token) {
    byte k = kind[token];
    if (k == UNKNOWN) {
      k = lookUp(token);
      kind[token] = k;
    }
    return k;
  }

  private byte lookUp(int token) {
    int from = a.tokenStart[token];
    int to = a.tokenEnd[token];
    Lexicon x = a.lexicon;
    if (x.isWord(Cue.POSSESSIVE, a.lower, from, to)) {
      return scanned[token] == YOU ? YOUR : POSSESSIVE;
    }
    if (scanned[token] != OTHER) {
      return scanned[token];
    }
    if (x.isWord(Cue.ATTACK_LINK, a.lower, from, to)) {
      return LINK;
    }
    if (x.isWord(Cue.THIRD_PERSON, a.lower, from, to)) {
      return THIRD;
    }
    if (x.isWord(Cue.CONTRIBUTION_WORD, a.lower, from, to)) {
      return SAID;
    }
    if (x.isWord(Cue.REFERENT, a.lower, from, to)) {
      return REFERENT;
    }
    return x.isWord(Cue.INTERJECTION, a.lower, from, to) ? INTERJECTION : OTHER;
  }

  /**
   * Returns the member a token names, if any; with {@code contracted}, also "Ben's" for "Ben is"
   * (only when a link word follows: "Ben's an idiot", never "Ben's stupid pump").
   */
  @Nullable MemberId member(int token, boolean contracted) {
    if (token < 0 || token >= a.tokenCount || byName.isEmpty()) {
      return null;
    }
    int from = a.tokenStart[token];
    int to = a.tokenEnd[token];
    if (contracted && to - from > 2 && a.lower[to - 2] == '\'' && a.lower[to - 1] == 's') {
      to -= 2;
    }
    if (to - from < 2) {
      return null;
    }
    return byName.get(new String(a.lower, from, to - from).toLowerCase(Locale.ROOT));
  }

  /**
   * Returns the member "he" or "she" at a token stands for: the member named last before it in the
   * contribution, unless a possessive stands between ("my GP ... she"); null if there is none. Sets
   * {@code replied} when nobody is named and nothing possessive comes before, so that in a reply
   * the pronoun may stand for the one replied to.
   */
  @Nullable MemberId antecedent(int token, boolean[] replied) {
    replied[0] = false;
    int stop = Math.max(0, token - ANTECEDENT_WINDOW);
    for (int v = token - 1; v >= stop; v--) {
      byte k = kind(v);
      if (k == POSSESSIVE || k == YOUR) {
        return null;
      }
      MemberId m = k == OTHER ? member(v, false) : null;
      if (m != null) {
        return m;
      }
    }
    replied[0] = stop == 0 && !possessiveAfter(token);
    return null;
  }

  /**
   * Tells whether a possessive follows a token in its sentence ("he's an idiot, my consultant").
   */
  private boolean possessiveAfter(int token) {
    int s = sentenceOf(token);
    for (int v = token + 1; inSentence(v, s); v++) {
      byte k = kind(v);
      if (k == POSSESSIVE || k == YOUR) {
        return true;
      }
    }
    return false;
  }

  /** Returns the sentence a token is in. */
  private int sentenceOf(int token) {
    int s = a.sentenceCount - 1;
    while (s > 0 && a.sentenceFirstToken[s] > token) {
      s--;
    }
    return Math.max(0, s);
  }

  /** Returns the index of the token at or after an offset. */
  int tokenAt(int offset) {
    int i = Arrays.binarySearch(a.tokenStart, 0, a.tokenCount, offset);
    return i >= 0 ? i : -i - 1;
  }

  /** Tells whether a token is in a sentence (tokens of later sentences are not). */
  boolean inSentence(int token, int sentence) {
    return token >= a.sentenceFirstToken[sentence]
        && token < a.tokenCount
        && (sentence + 1 >= a.sentenceCount || token < a.sentenceFirstToken[sentence + 1]);
  }

  /** Tells whether only spaces stand between two tokens (no comma, no full stop). */
  boolean adjacent(int left, int right) {
    for (int i = a.tokenEnd[left]; i < a.tokenStart[right]; i++) {
      if (a.lower[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Tells whether a comma stands between a token and the one before it. */
  boolean commaBefore(int token) {
    if (token <= 0) {
      return false;
    }
    for (int i = a.tokenEnd[token - 1]; i < a.tokenStart[token]; i++) {
      if (a.lower[i] == ',') {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a sentence ends with an exclamation mark: warmth, not deadpan sarcasm. */
  boolean exclaimed(int sentence) {
    int end = sentence + 1 < a.sentenceCount ? a.sentenceFirstToken[sentence + 1] : a.tokenCount;
    if (end <= a.sentenceFirstToken[sentence]) {
      return false;
    }
    int limit = end < a.tokenCount ? a.tokenStart[end] : a.lower.length;
    for (int i = a.tokenEnd[end - 1]; i < limit; i++) {
      if (a.lower[i] == '!') {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a hit's sentence holds no word after it. */
  boolean endsSentence(int hit) {
    int after = tokenAt(a.hitEnd[hit]);
    return !inSentence(after, a.hitSentence[hit]);
  }

  /** Tells whether a token's sentence holds no word after it. */
  boolean lastInSentence(int token, int sentence) {
    return !inSentence(token + 1, sentence);
  }

  /**
   * Tells whether a hit is followed in its sentence by at most two words that address someone: a
   * name, "you", a link word or an interjection ("grow up, Ann", "spare us, please", "grow up you
   * two"), and by no other word ("give it a rest for a week" goes on).
   */
  boolean onlyAddressAfter(int hit) {
    int s = a.hitSentence[hit];
    int t = tokenAt(a.hitEnd[hit]);
    boolean addressed = false;
    for (int n = 0; inSentence(t, s); t++, n++) {
      if (addressed && commaBefore(t)) {
        return true; // "Give it a rest Steve, nobody's handing out medals."
      }
      byte k = kind(t);
      boolean address =
          k == YOU
              || k == LINK
              || k == INTERJECTION
              || (k == OTHER && (member(t, false) != null || vocative(t)));
      if (n >= 2 || !address) {
        return false;
      }
      addressed = k == YOU || (k == OTHER && member(t, false) != null);
    }
    return true;
  }

  /**
   * Tells whether tokens {@code [first, last]} are only what may open a sentence before a remark:
   * at most three interjections or names ("Oh", "Honestly,", "Ann,").
   */
  boolean preamble(int first, int last) {
    if (last - first >= 3) {
      return false;
    }
    for (int t = first; t <= last; t++) {
      if (kind(t) != INTERJECTION && member(t, false) == null) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether the author speaks of themselves in a sentence before an offset. */
  boolean selfBefore(int sentence, int offset) {
    for (int h = 0; h < a.hitCount; h++) {
      if (a.hitSentence[h] == sentence
          && a.hitStart[h] < offset
          && !a.hitQuoted[h]
          && a.cue(h) == Cue.FIRST_PERSON) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a hit of a cue starts at a token. */
  boolean hitAt(Cue cue, int token) {
    if (token >= a.tokenCount) {
      return false;
    }
    int start = a.tokenStart[token];
    for (int h = 0; h < a.hitCount; h++) {
      if (a.hitStart[h] == start && a.cue(h) == cue) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the contribution is spoken to someone: it replies to a contribution, says "you",
   * or names a member ("funny how Ian's bad weeks ...").
   */
  boolean spokenToSomeone() {
    if (spoken == UNKNOWN) {
      boolean to = a.contribution().replyTo().isPresent() || a.has(Cue.SECOND_PERSON);
      for (int t = 0; t < a.tokenCount && !to; t++) {
        to = member(t, true) != null;
      }
      spoken = to ? YOU : OTHER;
    }
    return spoken == YOU;
  }
}
