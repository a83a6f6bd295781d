package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import org.jspecify.annotations.Nullable;

/**
 * Reads whether a contribution just after a personal remark joins in on it: its first clause of
 * substance only sides with someone ({@link Cue#SIDING}: "Exactly Gethin.", "Quite so, Edmund.",
 * "bex is right tho", "Ha, Declan's not wrong.", "Couldn't have put it better myself, Warren.",
 * "Col's right to be fair", "lol jay not wrong tho 😂" up to a face that ends it), with no word of
 * its own beyond agreement, names, pronouns, link words and interjections; or it is only laughter
 * and names ("lol Tomasz"), laughing along. Siding with someone's view on the topic is not joining
 * in: "I'm with Tess that it depends on the airport", "Kev's got a point about the patients" and
 * "agree with dee, the fees are a joke" say what they agree with. "right", "said" and "point" side
 * only with whom they follow ("he's right", "what she said"), "wrong", "better" and "more" only
 * after a negation ("not wrong", "couldn't agree more"), and any other siding word is undone by one
 * ("that's not true"). Whether the contribution is linked to the remark (a reply to it, or naming
 * its two people) is the rule's to say. Read only for a contribution within a couple of a remark;
 * work is linear in the tokens of its first clauses. Stateless.
 */
final class JoiningIn {
  /** The most words of a clause that only sides with someone. */
  static final int MAX_WORDS = 8;

  /** Grammar words that may stand in a clause of siding: "got" a point, "put it" better. */
  private static final String[] GLUE = {
    "got", "has", "have", "had", "put", "it", "with", "though", "tho", "tbh", "on", "what", "to",
    "be", "fair", "tbf"
  };

  /** Siding words that need whom they side with before them: "he's right", "Ann's got a point". */
  private static final String[] NEED_SUBJECT = {"right", "point", "said"};

  /** Siding words that need a negation before them: "not wrong", "couldn't agree more". */
  private static final String[] NEED_NEGATION = {"wrong", "better", "more"};

  /** Negations spelt as words of their own after the tokeniser splits "couldn't". */
  private static final String[] NEGATIONS = {"not", "n't", "never", "couldn't", "couldnt", "cant"};

  private JoiningIn() {}

  /**
   * Returns the clause by which a contribution only sides with someone, or null.
   *
   * @param w the words of the contribution
   */
  static @Nullable Span sides(RemarkWords w) {
    Analysis a = w.a;
    int from = 0;
    while (from < a.tokenCount) {
      int to = from + 1;
      while (to < a.tokenCount && !clauseBreak(a, to)) {
        to++;
      }
      if (!w.preamble(from, to - 1)) {
        return to - from <= MAX_WORDS && siding(w, from, to)
            ? new Span(a.tokenStart[from], a.tokenEnd[to - 1])
            : null;
      }
      from = to;
    }
    return a.tokenCount > 0 && laughs(a)
        ? new Span(a.tokenStart[0], a.tokenEnd[a.tokenCount - 1])
        : null;
  }

  /** Words of laughter, a reply of which with at most a name laughs along ("lol Tomasz"). */
  private static final String[] LAUGHS = {"lol", "lmao", "lmfao", "rofl", "ha", "haha", "hahaha"};

  /**
   * Tells whether a contribution of names and interjections only holds laughter ("lol Tomasz",
   * "haha"): laughing along with a remark just made sides with it.
   */
  private static boolean laughs(Analysis a) {
    for (int t = 0; t < a.tokenCount; t++) {
      if (a.tokenIsOneOf(t, LAUGHS)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a clause holds only siding and the words around it, and sides. */
  private static boolean siding(RemarkWords w, int from, int to) {
    Analysis a = w.a;
    boolean subject = false;
    boolean negation = false;
    boolean sides = false;
    boolean undone = false;
    for (int u = from; u < to; u++) {
      if (a.lexicon.isWord(Cue.SIDING, a.lower, a.tokenStart[u], a.tokenEnd[u])) {
        if (a.tokenIsOneOf(u, NEED_NEGATION)) {
          sides |= negation;
        } else if (a.tokenIsOneOf(u, NEED_SUBJECT)) {
          sides |= subject && !negation;
          undone |= negation;
        } else {
          sides = true;
          undone |= negation;
        }
        continue;
      }
      byte k = w.kind(u);
      if (w.member(u, true) != null
          || k == RemarkWords.THIRD
          || k == RemarkWords.YOU
          || k == RemarkWords.REFERENT) {
        subject = true;
        continue;
      }
      if (a.tokenIsOneOf(u, NEGATIONS) || w.hitAt(Cue.NEGATION, u)) {
        negation = true;
        continue;
      }
      if (k != RemarkWords.LINK
          && k != RemarkWords.INTERJECTION
          && k != RemarkWords.SELF
          && !a.tokenIsOneOf(u, GLUE)) {
        return false; // a word of its own: "on the ballot", "that it depends"
      }
    }
    return sides && !undone;
  }

  /**
   * Tells whether a sentence, a clause mark or an emoji stands before a token: in chat a face ends
   * what was said before it ("lol ben not wrong tho 😂 ann is ...").
   */
  private static boolean clauseBreak(Analysis a, int token) {
    for (int s = 1; s < a.sentenceCount; s++) {
      if (a.sentenceFirstToken[s] == token) {
        return true;
      }
    }
    for (int i = a.tokenEnd[token - 1]; i < a.tokenStart[token]; i++) {
      if (Character.isSurrogate(a.lower[i])) {
        return true;
      }
    }
    return !RemarkClauses.sameClause(a, a.tokenEnd[token - 1], a.tokenStart[token]);
  }
}
