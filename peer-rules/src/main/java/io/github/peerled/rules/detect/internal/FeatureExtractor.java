package io.github.peerled.rules.detect.internal;

import static io.github.peerled.rules.detect.internal.StructFeature.AUX_START;
import static io.github.peerled.rules.detect.internal.StructFeature.AUX_YOU_START;
import static io.github.peerled.rules.detect.internal.StructFeature.EXCLAIM;
import static io.github.peerled.rules.detect.internal.StructFeature.HEDGED_QUESTION;
import static io.github.peerled.rules.detect.internal.StructFeature.IMPERATIVE;
import static io.github.peerled.rules.detect.internal.StructFeature.IMPERATIVE_HEDGED;
import static io.github.peerled.rules.detect.internal.StructFeature.IMPERATIVE_PLEASE;
import static io.github.peerled.rules.detect.internal.StructFeature.I_MODAL;
import static io.github.peerled.rules.detect.internal.StructFeature.I_PAST;
import static io.github.peerled.rules.detect.internal.StructFeature.I_PERFECT;
import static io.github.peerled.rules.detect.internal.StructFeature.I_PRESENT;
import static io.github.peerled.rules.detect.internal.StructFeature.I_STANCE;
import static io.github.peerled.rules.detect.internal.StructFeature.LONG;
import static io.github.peerled.rules.detect.internal.StructFeature.MY;
import static io.github.peerled.rules.detect.internal.StructFeature.NARRATIVE_PAST;
import static io.github.peerled.rules.detect.internal.StructFeature.NEG_IMPERATIVE;
import static io.github.peerled.rules.detect.internal.StructFeature.NO_PRONOUN;
import static io.github.peerled.rules.detect.internal.StructFeature.PRON1;
import static io.github.peerled.rules.detect.internal.StructFeature.PRON1_MANY;
import static io.github.peerled.rules.detect.internal.StructFeature.PRON2;
import static io.github.peerled.rules.detect.internal.StructFeature.PRON2_MANY;
import static io.github.peerled.rules.detect.internal.StructFeature.QUESTION_MARK;
import static io.github.peerled.rules.detect.internal.StructFeature.SHORT;
import static io.github.peerled.rules.detect.internal.StructFeature.SUBJECTLESS_STATE;
import static io.github.peerled.rules.detect.internal.StructFeature.SUGGESTION_QUESTION;
import static io.github.peerled.rules.detect.internal.StructFeature.TIME_SPAN;
import static io.github.peerled.rules.detect.internal.StructFeature.WH_START;
import static io.github.peerled.rules.detect.internal.StructFeature.YOU_START;

import io.github.peerled.rules.detect.Label;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the tokens of a unit of text (a sentence, or a whole short contribution) into explainable
 * features: the lexicon's cue patterns, and structural features computed here (imperative at a
 * clause start, first person with a past-tense verb, question form, pronoun counts...), plus hashed
 * word unigrams and bigrams. One left-to-right pass with bounded look-ahead; no regular
 * expressions. Immutable and thread-safe.
 */
public final class FeatureExtractor {
  private final Lexicon lex;

  private final int cues;
  private final Map<String, Integer> index = new HashMap<>();
  // word classes
  private final int bFiller;
  private final int bHedge;
  private final int bClauseStart;
  private final int bImp;
  private final int bAux;
  private final int bSubj;
  private final int bPron1Subj;
  private final int bPron1;
  private final int bPron2;
  private final int bMy;
  private final int bPast;
  private final int bPerfect;
  private final int bModal;
  private final int bAdv;
  private final int bWh;
  private final int bStance;
  private final int bAffect;
  private final int bIntens;
  private final UnitReadings readings;
  private final Disclosure disclosure;
  private final int idYou;
  private final int idDo;
  private final int idNot;
  private final int idNever;
  private final int idPlease;

  /**
   * Creates an extractor.
   *
   * @param lex the lexicon
   * @throws IllegalArgumentException if a cue name clashes with a structural feature name
   */
  public FeatureExtractor(Lexicon lex) {
    this.lex = lex;
    this.cues = lex.cueCount();
    for (int c = 0; c < cues; c++) {
      index.putIfAbsent(lex.cueName(c), c);
    }
    for (StructFeature s : StructFeature.ALL) {
      if (index.containsKey(s.code)) {
        throw new IllegalArgumentException("cue name clashes with a built-in feature: " + s.code);
      }
      index.put(s.code, f(s));
    }
    bFiller = lex.bit("FILLER");
    bHedge = lex.bit("HEDGE");
    bClauseStart = lex.bit("CLAUSE_START");
    bImp = lex.bit("IMP");
    bAux = lex.bit("AUX");
    bSubj = lex.bit("SUBJ");
    bPron1Subj = lex.bit("PRON1_SUBJ");
    bPron1 = lex.bit("PRON1");
    bPron2 = lex.bit("PRON2");
    bMy = lex.bit("MY");
    bPast = lex.bit("PAST");
    bPerfect = lex.bit("PERFECT");
    bModal = lex.bit("MODAL");
    bAdv = lex.bit("ADV");
    bWh = lex.bit("WH");
    bStance = lex.bit("STANCE");
    bAffect = lex.bit("AFFECT");
    bIntens = lex.bit("INTENS");
    readings = new UnitReadings(lex);
    disclosure = new Disclosure(lex);
    idYou = lex.id("you");
    idDo = lex.id("do");
    idNot = lex.id("not");
    idNever = lex.id("never");
    idPlease = lex.id("please");
  }

  /**
   * How many dense features there are (cues first, then structural features).
   *
   * @return the count
   */
  public int featureCount() {
    return cues + StructFeature.ALL.size();
  }

  /**
   * The name of a dense feature.
   *
   * @param f the index
   * @return the cue or structural feature name
   */
  public String featureName(int f) {
    return f < cues ? lex.cueName(f) : StructFeature.ALL.get(f - cues).code;
  }

  /**
   * The index of a named feature.
   *
   * @param name the name
   * @return the index, or -1
   */
  public int featureIndex(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /**
   * The label a dense feature speaks for in evidence.
   *
   * @param f the index
   * @return the label
   */
  public Label featureLabel(int f) {
    return f < cues ? lex.cueLabel(f) : StructFeature.ALL.get(f - cues).label;
  }

  /**
   * Whether a feature points at words (and so can be evidence).
   *
   * @param f the index
   * @return true if it has a meaningful span
   */
  public boolean hasSpan(int f) {
    return f < cues || StructFeature.ALL.get(f - cues).spanned;
  }

  /**
   * Whether a feature, on its own, shows advice: a cue or a directive form, not a bare form that
   * advice shares with other talk ("you" opening a clause, "I would").
   *
   * @param f the index
   * @return true if it can stand as the evidence of an advice call
   */
  public boolean showsAdvice(int f) {
    return hasSpan(f) && featureLabel(f) == Label.ADVICE && f != f(YOU_START) && f != f(I_MODAL);
  }

  /** The index of a structural feature: after the cues, in declaration order. */
  @SuppressWarnings("EnumOrdinal") // the declaration order is the documented index
  private int f(StructFeature s) {
    return cues + s.ordinal();
  }

  private boolean is(Tokens t, int i, int bit) {
    return bit != 0 && (lex.mask(t, i) & bit) != 0;
  }

  private static boolean isWord(Tokens t, int i) {
    return t.kind[i] <= Tokens.NUMBER;
  }

  /**
   * Whether token {@code i} ends a clause: a clause mark or quote, or a word such as "but" or "so"
   * after which a new clause starts.
   *
   * @param t the tokens
   * @param i the token index
   * @return true at a clause break
   */
  public boolean isClauseBreak(Tokens t, int i) {
    byte k = t.kind[i];
    return k == Tokens.CLAUSE || k == Tokens.QUOTE || (k == Tokens.WORD && is(t, i, bClauseStart));
  }

  /**
   * Extracts the features of tokens {@code from..to-1}.
   *
   * @param t the tokens
   * @param from first token
   * @param to after the last token
   * @param out receives the features; cleared first
   * @param matches scratch for cue matches
   */
  void extract(Tokens t, int from, int to, Fired out, Matches matches) {
    out.clear();
    matches.clear();
    int words = 0;
    int pron1 = 0;
    int pron2 = 0;
    int firstPron1 = -1;
    int firstPron2 = -1;
    boolean clauseStart = true;
    boolean firstClause = true;
    int prevHash = 0x5bd1e995; // sentence start marker
    int lastKind = -1;
    int consumedTo = from;
    int quotes = 0;
    int subjects = 0;
    int firstWord = -1;
    boolean timeSpan = false;
    for (int i = from; i < to; i++) {
      byte k = t.kind[i];
      if (k > Tokens.NUMBER) {
        if (k == Tokens.QUOTE) {
          quotes++;
        }
        if (Tokens.isTerminator(k)
            || (i >= consumedTo && (k == Tokens.CLAUSE || k == Tokens.QUOTE))) {
          clauseStart = true;
          if (Tokens.isTerminator(k)) {
            firstClause = true;
            prevHash = 0x5bd1e995;
            lastKind = k;
          }
        }
        lex.matchFree(t, i, to, matches);
        continue;
      }
      lastKind = -1;
      words++;
      if (firstWord < 0) {
        firstWord = i;
      }
      int m = lex.mask(t, i);
      // n-grams
      int h = t.hash[i];
      out.addNgram(h * 0x01000193 + 0x11);
      out.addNgram(prevHash * 0x01000193 ^ h);
      prevHash = h;
      if (!timeSpan && disclosure.timeSpan(t, i, to)) {
        timeSpan = true;
        out.add(f(TIME_SPAN), i, i + 2);
      }
      if ((m & bPron1) != 0) {
        pron1++;
        if (firstPron1 < 0) {
          firstPron1 = i;
        }
      }
      if ((m & bPron2) != 0) {
        pron2++;
        if (firstPron2 < 0) {
          firstPron2 = i;
        }
      }
      if ((m & bMy) != 0) {
        out.add(f(MY), i, i + 1);
      }
      if ((m & bSubj) != 0) {
        subjects++;
        if (i + 1 < to && subject(t, i, to, out, (m & bPron1Subj) != 0)) {
          pron1--; // a stance ("I think", "I'm sure") outranks the bare pronoun
        }
      }
      if (clauseStart) {
        clauseStart = false;
        lex.matchAnchored(t, i, to, matches);
        int p = i;
        boolean hedged = false;
        boolean please = false;
        while (p < to && (is(t, p, bFiller) || (p > i && t.kind[p] == Tokens.CLAUSE))) {
          hedged |= is(t, p, bHedge);
          please |= t.id[p] == idPlease && idPlease >= 0;
          p++;
        }
        if (p > i && p < to) {
          lex.matchAnchored(t, p, to, matches);
        }
        consumedTo = p + 1;
        if (p < to && isWord(t, p)) {
          clauseHead(t, p, to, out, hedged, please, firstClause);
        }
        firstClause = false;
      }
      if ((m & bClauseStart) != 0 && i >= consumedTo) {
        clauseStart = true;
      }
      lex.matchFree(t, i, to, matches);
    }
    if (quotes >= 2 || readings.notMeCue(matches)) {
      pron1 = readings.hideNotMe(t, from, to, out, matches);
    }
    int suggestion = -1;
    for (int j = 0; j < matches.n && suggestion < 0; j++) {
      if (lex.cueLabel(matches.cue[j]) == Label.ADVICE) {
        suggestion = j;
      }
    }
    if (matches.n > 0) {
      readings.dropOverriddenHeads(out, matches, from, to);
    }
    for (int j = 0; j < matches.n; j++) {
      out.add(matches.cue[j], matches.from[j], matches.to[j]);
    }
    if (pron1 > 0) {
      out.add(f(PRON1), firstPron1, firstPron1 + 1);
      if (pron1 >= 3) {
        out.add(f(PRON1_MANY), firstPron1, firstPron1 + 1);
      }
    }
    if (pron2 > 0) {
      out.add(f(PRON2), firstPron2, firstPron2 + 1);
      if (pron2 >= 2) {
        out.add(f(PRON2_MANY), firstPron2, firstPron2 + 1);
      }
    }
    if (pron1 == 0 && pron2 == 0) {
      out.add(f(NO_PRONOUN), from, from);
    }
    // the last terminator of the unit
    int last = to - 1;
    while (last >= from
        && (t.kind[last] == Tokens.QUOTE || t.kind[last] == Tokens.CLAUSE)
        && lastKind < 0) {
      last--;
    }
    if (last >= from) {
      if (t.kind[last] == Tokens.QUESTION) {
        // a suggestion put as a question is advice: its cue outranks the question mark
        if (suggestion >= 0) {
          out.add(f(SUGGESTION_QUESTION), matches.from[suggestion], matches.to[suggestion]);
        } else if (firstWord >= 0 && subjects == 0 && is(t, firstWord, bHedge)) {
          out.add(f(HEDGED_QUESTION), firstWord, firstWord + 1); // "maybe pottery?"
        } else {
          out.add(f(QUESTION_MARK), last, last + 1);
        }
      } else if (t.kind[last] == Tokens.EXCLAIM) {
        out.add(f(EXCLAIM), last, last + 1);
      }
    }
    if (words <= 4) {
      out.add(f(SHORT), from, from);
    } else if (words >= 25) {
      out.add(f(LONG), from, from);
    }
  }

  /**
   * Features of a subject pronoun at {@code i}: I/we + past, + have + participle, + modal, + a verb
   * or adjective of stance. Returns whether the pronoun states a stance ("I think", "I'm sure"),
   * which then does not count as a first-person pronoun.
   */
  private boolean subject(Tokens t, int i, int to, Fired out, boolean firstPerson) {
    int p = i + 1;
    int skipped = 0;
    while (p < to && skipped < 2 && is(t, p, bAdv)) {
      p++;
      skipped++;
    }
    if (p >= to || !isWord(t, p)) {
      return false;
    }
    int m = lex.mask(t, p);
    if (firstPerson) {
      if ((m & bPerfect) != 0 && p + 1 < to) {
        int q = p + 1;
        while (q < to && q < p + 3 && is(t, q, bAdv)) {
          q++;
        }
        if (q < to && is(t, q, bPast)) {
          out.add(f(I_PERFECT), i, q + 1);
          return false;
        }
      }
      int affect = affect(t, p, to, m);
      if ((m & bStance) != 0 && bStance != 0) {
        // "I think", "I hope", "I agree": the speaker's stance, not an experience
        out.add(f(I_STANCE), i, p + 1);
        return true;
      } else if (affect > 0) {
        // "I'm sure you'll manage", "I'm so glad you have her": stance, not an experience
        out.add(f(I_STANCE), i, affect + 1);
        return true;
      } else if ((m & bPast) != 0) {
        out.add(f(I_PAST), i, p + 1);
      } else if ((m & bModal) != 0) {
        out.add(f(I_MODAL), i, p + 1);
      } else if ((m & bAux) == 0 || (m & bPerfect) != 0 || t.id[p] != idDo) {
        out.add(f(I_PRESENT), i, p + 1);
      }
    } else if (t.id[i] != idYou && (m & bPast) != 0) {
      out.add(f(NARRATIVE_PAST), i, p + 1);
    }
    return false;
  }

  /**
   * The index of an adjective of stance or affect after a form of "be" at {@code p} ("am sure", "am
   * so glad"), or -1.
   */
  private int affect(Tokens t, int p, int to, int m) {
    if (bAffect == 0 || (m & bAux) == 0 || (m & bPerfect) != 0) {
      return -1;
    }
    int q = p + 1;
    while (q < to && q < p + 3 && is(t, q, bIntens)) {
      q++;
    }
    return q < to && is(t, q, bAffect) ? q : -1;
  }

  /** Features of the first word of a clause after fillers. */
  private void clauseHead(
      Tokens t, int p, int to, Fired out, boolean hedged, boolean please, boolean firstClause) {
    int m = lex.mask(t, p);
    int id = t.id[p];
    boolean nextIsSubject = p + 1 < to && is(t, p + 1, bSubj);
    boolean nextIsComma = p + 1 < to && t.kind[p + 1] == Tokens.CLAUSE;
    if (id == idDo && id >= 0 && p + 2 < to && t.id[p + 1] == idNot && !is(t, p + 2, bSubj)) {
      out.add(f(NEG_IMPERATIVE), p, p + 3);
      return;
    }
    if (id == idNever && id >= 0 && p + 1 < to && is(t, p + 1, bImp)) {
      out.add(f(NEG_IMPERATIVE), p, p + 2);
      return;
    }
    // a noun that is also a verb: "Work has been busy", "Exercise can help"
    boolean nextIsAux =
        (m & bAux) == 0 && p + 1 < to && (is(t, p + 1, bAux) || is(t, p + 1, bModal));
    if ((m & bImp) != 0 && !nextIsComma && !nextIsAux && !((m & bAux) != 0 && nextIsSubject)) {
      out.add(f(IMPERATIVE), p, p + 1);
      if (hedged) {
        out.add(f(IMPERATIVE_HEDGED), p, p + 1);
      }
      if (please) {
        out.add(f(IMPERATIVE_PLEASE), p, p + 1);
      }
      return;
    }
    if (id == idYou && id >= 0) {
      out.add(f(YOU_START), p, p + 1);
    }
    if (firstClause) {
      if ((m & bWh) != 0) {
        out.add(f(WH_START), p, p + 1);
      } else if ((m & bAux) != 0 && nextIsSubject) {
        out.add(f(t.id[p + 1] == idYou ? AUX_YOU_START : AUX_START), p, p + 2);
      } else {
        int head = disclosure.subjectlessHead(t, p, to);
        if (head >= 0) {
          out.add(f(SUBJECTLESS_STATE), p, head + 1); // "still not sleeping"
        }
      }
    }
  }
}
