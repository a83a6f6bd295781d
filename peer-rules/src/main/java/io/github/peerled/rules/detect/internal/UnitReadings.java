package io.github.peerled.rules.detect.internal;

import static io.github.peerled.rules.detect.internal.StructFeature.AUX_START;
import static io.github.peerled.rules.detect.internal.StructFeature.AUX_YOU_START;
import static io.github.peerled.rules.detect.internal.StructFeature.IMPERATIVE;
import static io.github.peerled.rules.detect.internal.StructFeature.I_MODAL;
import static io.github.peerled.rules.detect.internal.StructFeature.I_PAST;
import static io.github.peerled.rules.detect.internal.StructFeature.I_PERFECT;
import static io.github.peerled.rules.detect.internal.StructFeature.I_PRESENT;
import static io.github.peerled.rules.detect.internal.StructFeature.I_STANCE;
import static io.github.peerled.rules.detect.internal.StructFeature.MY;
import static io.github.peerled.rules.detect.internal.StructFeature.NEG_IMPERATIVE;
import static io.github.peerled.rules.detect.internal.StructFeature.WH_START;
import static io.github.peerled.rules.detect.internal.StructFeature.YOU_START;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Readings of a whole unit that {@link FeatureExtractor} applies once its left-to-right pass is
 * done: first person that is not the speaker's, and clause heads that a cue reads better. Immutable
 * and thread-safe.
 */
final class UnitReadings {
  /**
   * Cues that say the first person they cover is not the speaker's experience: generic or inclusive
   * we ("we all get scared"), spurious tokens ("oh my", "my dear"), conversational and meta talk
   * ("can I ask", "I hope that helped") and a professional's practice ("my clients").
   */
  private static final Set<String> NOT_ME_CUES =
      Set.of("generic-we", "spurious", "meta-talk", "professional");

  private final Lexicon lex;
  private final int cues;
  private final int bPron1;
  private final boolean[] notMe;

  UnitReadings(Lexicon lex) {
    this.lex = lex;
    this.cues = lex.cueCount();
    this.bPron1 = lex.bit("PRON1");
    this.notMe = new boolean[cues];
    for (int c = 0; c < cues; c++) {
      notMe[c] = NOT_ME_CUES.contains(lex.cueName(c));
    }
  }

  /** The structural feature of a feature index, or null for a cue. */
  private @Nullable StructFeature struct(int feature) {
    return feature < cues ? null : StructFeature.ALL.get(feature - cues);
  }

  boolean notMeCue(Matches matches) {
    for (int j = 0; j < matches.n; j++) {
      if (notMe[matches.cue[j]]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hides first person that is not the speaker's experience: inside a quotation (self-talk, "I told
   * myself 'I can do this'") or under a cue of {@link #NOT_ME_CUES}. Drops the first-person
   * features that start there and returns the count of the first-person pronouns left, without
   * those of a stance ("I think").
   */
  int hideNotMe(Tokens t, int from, int to, Fired out, Matches matches) {
    int[] hidden = matches.labelsAt(to - from);
    int open = -1;
    for (int i = from; i < to; i++) {
      if (t.kind[i] == Tokens.QUOTE) {
        if (open < 0) {
          open = i;
        } else {
          for (int k = open + 1; k < i; k++) {
            hidden[k - from] = 1;
          }
          open = -1;
        }
      }
    }
    for (int j = 0; j < matches.n; j++) {
      if (notMe[matches.cue[j]]) {
        for (int k = matches.from[j]; k < matches.to[j]; k++) {
          hidden[k - from] = 1;
        }
      }
    }
    int kept = 0;
    for (int i = 0; i < out.n; i++) {
      StructFeature f = struct(out.feature[i]);
      boolean firstPerson =
          f == MY || f == I_MODAL || f == I_PAST || f == I_PERFECT || f == I_PRESENT;
      if (f == I_STANCE) {
        hidden[out.from[i] - from] |= 2;
      }
      if (!(firstPerson && hidden[out.from[i] - from] != 0)) {
        out.feature[kept] = out.feature[i];
        out.from[kept] = out.from[i];
        out.to[kept] = out.to[i];
        kept++;
      }
    }
    out.n = kept;
    int pron1 = 0;
    for (int i = from; i < to; i++) {
      if (hidden[i - from] == 0 && t.kind[i] <= Tokens.NUMBER && (lex.mask(t, i) & bPron1) != 0) {
        pron1++;
      }
    }
    return pron1;
  }

  /**
   * Drops a clause-head structural feature (imperative, you-start, question form) when a cue of
   * another label covers the same word: the cue reads the opening better than the form does. "Don't
   * worry about it" is reassurance rather than a negative imperative, "What if you asked him?" a
   * suggestion rather than a question, "You know how it is" sharing rather than advice to "you".
   */
  void dropOverriddenHeads(Fired out, Matches matches, int from, int to) {
    // which labels the cue matches speak for at each token: linear in the unit and the matches
    int[] labels = matches.labelsAt(to - from);
    for (int j = 0; j < matches.n; j++) {
      int bit = 1 << Model.index(lex.cueLabel(matches.cue[j]));
      for (int k = matches.from[j]; k < matches.to[j]; k++) {
        labels[k - from] |= bit;
      }
    }
    int kept = 0;
    for (int i = 0; i < out.n; i++) {
      StructFeature f = struct(out.feature[i]);
      boolean drop = false;
      if (f == IMPERATIVE
          || f == NEG_IMPERATIVE
          || f == YOU_START
          || f == WH_START
          || f == AUX_START
          || f == AUX_YOU_START) {
        drop = (labels[out.from[i] - from] & ~(1 << Model.index(f.label))) != 0;
      }
      if (!drop) {
        out.feature[kept] = out.feature[i];
        out.from[kept] = out.from[i];
        out.to[kept] = out.to[i];
        kept++;
      }
    }
    out.n = kept;
  }
}
