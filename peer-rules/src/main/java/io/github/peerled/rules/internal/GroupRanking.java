package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import java.util.List;

/**
 * Reads, by word class, how a message in a talk of numbers ranks its author above the group, beside
 * {@link RivalNumbers} and {@link NamedRivals}: a superlative placed in the group ("still top of
 * the channel", "lowest levels in the group", "the cleanest in this room", "the lightest in the
 * whole clinic", "the champion of this forum"), the only one past a number ("I am the only one
 * under 48"), and nobody set below the author ("nobody in this room's done it cleaner than me", or
 * asked for: "who has fewer than me?"). A superlative that is not itself about amounts ("best",
 * "worst", "most") counts only with a number or a measure between it and the group ("best numbers
 * in here", not "the best thing in this group"). Read only when the talk holds numbers; work is
 * linear in the tokens of the message. Stateless.
 */
final class GroupRanking {
  /** Superlatives that rank an amount by themselves. */
  private static final String[] RANKS = {
    "lowest",
    "highest",
    "fastest",
    "slowest",
    "cleanest",
    "longest",
    "shortest",
    "top",
    "bottom",
    "furthest",
    "farthest",
    "quickest",
    "steadiest",
    "tightest",
    "fittest",
    "lightest",
    "heaviest",
    "champion",
    "champ"
  };

  /** Superlatives that rank an amount only when one is named before the group: "best numbers". */
  private static final String[] WEAK_RANKS = {"best", "worst", "most", "least"};

  /** What a group is called: "of the channel", "in this room", "in here". */
  private static final String[] GROUP = {
    "group",
    "hall",
    "clinic",
    "club",
    "team",
    "ward",
    "league",
    "room",
    "channel",
    "chat",
    "class",
    "table",
    "lot",
    "bunch",
    "gang",
    "crew",
    "server",
    "thread",
    "forum",
    "circle",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "us",
    "yous"
  };

  /** The words between "in"/"of" and the group: "of the channel", "in this room". */
  private static final String[] DETERMINERS = {
    "the", "this", "our", "my", "all", "of", "whole", "entire"
  };

  /**
   * Nobody else, or a challenge to find one: "nobody in this room's done it cleaner than me", "who
   * has fewer than me?".
   */
  private static final String[] NOBODY = {"nobody", "noone", "nobodys", "nobody's", "who"};

  /** What sets an amount beside a number: "the only one under 48". */
  private static final String[] PAST = {"under", "below", "over", "above", "past", "beyond"};

  /** The words that set one amount against another before "than". */
  private static final String[] COMPARATIVES = {
    "better",
    "worse",
    "lower",
    "higher",
    "less",
    "more",
    "fewer",
    "faster",
    "cleaner",
    "longer",
    "further",
    "quicker",
    "steadier",
    "tighter"
  };

  /** The most words from a superlative to the group it ranks in: "lowest levels in the group". */
  static final int RANK_WORDS = 4;

  private GroupRanking() {}

  /**
   * Adds to {@code spans} the evidence that a message ranks its author above the group.
   *
   * @param a the analysed message
   * @param spans where evidence goes
   */
  static void find(Analysis a, List<Span> spans) {
    if (!a.has(Cue.FIRST_PERSON) || a.has(Cue.NOT_COMPARING)) {
      return;
    }
    for (int t = 0; t + 1 < a.tokenCount; t++) {
      boolean rank = a.tokenIsOneOf(t, RANKS);
      if (rank || a.tokenIsOneOf(t, WEAK_RANKS)) {
        int g = group(a, t + 1, clauseEnd(a, t));
        if (g > 0 && (rank || amountBetween(a, t + 1, g))) {
          spans.add(new Span(a.tokenStart[t], a.tokenEnd[g]));
          return;
        }
      }
      if (a.tokenIs(t, "only")
          && a.tokenIs(t + 1, "one")
          && t + 3 < clauseEnd(a, t)
          && a.tokenIsOneOf(t + 2, PAST)
          && RivalNumbers.isNumber(a, t + 3)) {
        spans.add(new Span(a.tokenStart[t], a.tokenEnd[t + 3]));
        return;
      }
      if (a.tokenIsOneOf(t, NOBODY) || (a.tokenIs(t, "no") && a.tokenIs(t + 1, "one"))) {
        int than = nobodyBelow(a, t);
        if (than > 0) {
          spans.add(new Span(a.tokenStart[t], a.tokenEnd[than]));
          return;
        }
      }
    }
  }

  /** The last token of a group phrase within {@code [from, end)}: "in the group", "in here". */
  private static int group(Analysis a, int from, int end) {
    for (int u = from; u < end && u <= from + RANK_WORDS; u++) {
      if (!a.tokenIs(u, "in") && !a.tokenIs(u, "of")) {
        continue;
      }
      if (u + 1 < end && a.tokenIs(u, "in") && a.tokenIs(u + 1, "here")) {
        return u + 1;
      }
      for (int v = u + 1; v < end && v <= u + 3; v++) {
        if (a.tokenIsOneOf(v, GROUP)) {
          return v;
        }
        if (!a.tokenIsOneOf(v, DETERMINERS)) {
          break;
        }
      }
    }
    return -1;
  }

  /** Tells whether a number or a measure stands within tokens {@code [from, to)}. */
  private static boolean amountBetween(Analysis a, int from, int to) {
    for (int u = from; u < to; u++) {
      if (RivalNumbers.isNumber(a, u)) {
        return true;
      }
    }
    int s = a.tokenStart[from];
    int e = a.tokenStart[to];
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.MEASURE && a.hitStart[h] >= s && a.hitEnd[h] <= e) {
        return true;
      }
    }
    return false;
  }

  /**
   * The "me" or "mine" of "nobody ... cleaner than me" in the sentence of token {@code t}, or -1: a
   * comparative, "than", and the author, within the sentence.
   */
  private static int nobodyBelow(Analysis a, int t) {
    int s = a.sentenceCount - 1;
    while (s > 0 && a.sentenceFirstToken[s] > t) {
      s--;
    }
    int end = s + 1 < a.sentenceCount ? a.sentenceFirstToken[s + 1] : a.tokenCount;
    for (int u = t + 2; u + 1 < end; u++) {
      if (a.tokenIs(u, "than")
          && a.tokenIsOneOf(u - 1, COMPARATIVES)
          && (a.tokenIs(u + 1, "me") || a.tokenIs(u + 1, "mine") || a.tokenIs(u + 1, "i"))) {
        return u + 1;
      }
    }
    return -1;
  }

  /** The end of the clause of token {@code t}, read at most a few words on. */
  private static int clauseEnd(Analysis a, int t) {
    return RivalNumbers.clauseEnd(a, t, Math.min(a.tokenCount, t + RANK_WORDS + 3));
  }
}
