package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import io.github.peerled.rules.detect.internal.TextChars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The crisis reading of one contribution: classes of words ({@link CrisisConcept}) from the shared
 * scan, combined by structure rather than matched as whole sentences.
 *
 * <ul>
 *   <li>Each content class (an ending, an absence, a means, a medicine, an amount, a goodbye,
 *       hopelessness, harm) adds its weightiest word once; goodbyes add up to {@value #GOODBYE_CAP}
 *       and hopelessness to {@value #ADDITIVE_CAP} (said once, it stays below the crisis weight
 *       whatever its frame: a weaker signal); a medicine weighs {@value #SUPPLY_WITH_AMOUNT} beside
 *       an amount in its sentence; a body part counts only beside a harm word; living or being
 *       alive counts as an ending only under a negation in its clause ("I don't think I want to be
 *       alive").
 *   <li>The frame classes (self, wanting, a plan, a time, recurrence) of one sentence that holds a
 *       content word add theirs: so "self + ending + wanting", "means + plan + time", "goodbye +
 *       goodbye" reach the crisis weight, whatever the words between them (hedges cancel nothing).
 *       A next sentence without content words that points back ("it", "them") lends its frame to
 *       the content of the sentence before ("Took a knife to bed. I want to use it tonight.").
 *   <li>Means add up to a method (the hose and the exhaust) up to {@value #MEANS_CAP}. A sentence
 *       with an act, a means or a goodbye and no person at all ("Got the rope.") is its author's,
 *       as chat drops the "I": it gains a self of {@value #IMPLIED_SELF}. A sentence whose nearest
 *       person before its risk word is another ("if anyone is thinking of suicide...", "my cousin
 *       overdosed") and which says nothing of its author is no disclosure.
 *   <li>The lists are compiled with the chat spellings of their words ({@link ChatSpelling}), so a
 *       class is written once and "gonna end it 2nite" reads as "going to end it tonight".
 *   <li>A harm done on purpose weighs as harm, and the everyday reading of a harm word in its
 *       sentence ("burned my hand") no longer cancels it.
 *   <li>A negation before a word in its clause lowers it ({@value #NEGATED}); a past told as past
 *       in its clause ({@value #PAST_FACTOR}) and recovery told anywhere ({@value #RECOVERED})
 *       lower it too, unless its clause speaks of now or again; an ordinary reason (a trip, an
 *       appointment) lowers goodbyes, absences and medicines ({@value #ORDINARY_FACTOR}; a medicine
 *       with an amount only without a plan in its sentence). Nothing lowers to zero: a lowered
 *       signal still counts toward the session.
 *   <li>An idiom cancels the words it overlaps, here and in the stock phrases; a content word
 *       inside a longer one counts once.
 *   <li>A sentence where someone asks another whether they are safe or thinking of harm (the
 *       nearest person before the risk word is "you", in a question) is a check, not a disclosure:
 *       its words count for nothing here and the check is kept for the answer.
 * </ul>
 *
 * Linear in the number of hits (overlaps are looked for among the hits within one phrase length).
 * Immutable once read.
 */
final class CrisisReading {
  static final CrisisReading NONE = new CrisisReading();

  static final double NEGATED = 0.7;
  static final double PAST_FACTOR = 0.6;
  static final double RECOVERED = 0.6;
  static final double ORDINARY_FACTOR = 0.3;
  static final double SAFE_FACTOR = 0.5;
  static final double HOPELESS_ALONE = 0.9;
  static final double ADDITIVE_CAP = 0.8;
  static final double GOODBYE_CAP = 1.2;
  static final double SUPPLY_WITH_AMOUNT = 0.5;
  static final double MEANS_CAP = 0.8;
  static final double IMPLIED_SELF = 0.2;

  /** No check; a check whether someone is ok; whether they are safe; whether they think of harm. */
  static final int NO_CHECK = 0;

  static final int WEAK_CHECK = 1;
  static final int SAFE_CHECK = 2;
  static final int RISK_CHECK = 3;

  private static final int CONTENT_COUNT = CrisisConcept.BODY.index() + 1;
  private static final CrisisConcept[] FRAMES = {
    CrisisConcept.SELF,
    CrisisConcept.WANT,
    CrisisConcept.PLAN,
    CrisisConcept.TIME,
    CrisisConcept.RECUR
  };
  // the content a sentence without a person tells of its author: an act, a means, a goodbye (not a
  // mood, "everything feels pointless", which may be of anything)
  private static final int IMPLIES_SELF =
      CrisisConcept.ENDING.bit()
          | CrisisConcept.ABSENCE.bit()
          | CrisisConcept.MEANS.bit()
          | CrisisConcept.SUPPLY.bit()
          | CrisisConcept.AMOUNT.bit()
          | CrisisConcept.FINALITY.bit()
          | CrisisConcept.HARM.bit()
          | CrisisConcept.DELIBERATE.bit();
  private static final int PRESENT = CrisisConcept.TIME.bit() | CrisisConcept.RECUR.bit();
  private static final int RISK =
      CrisisConcept.ENDING.bit()
          | CrisisConcept.ABSENCE.bit()
          | CrisisConcept.LIFE.bit()
          | CrisisConcept.MEANS.bit()
          | CrisisConcept.HARM.bit()
          | CrisisConcept.DELIBERATE.bit();

  /** The combined weight of the content words and the frame of their strongest sentence. */
  double score;

  /** The weight of its content words alone, without their frame. */
  double signal;

  /** The content words that count, in text order. */
  final List<Span> spans = new ArrayList<>(1);

  /** Whether it names a means, a medicine, an amount, a plan or a time outside a check. */
  boolean addsMeansPlanOrTime;

  /** The strongest check it makes: {@link #NO_CHECK} to {@link #RISK_CHECK}. */
  int check;

  /** Whether its last question is not the check ("...? Can you stay on after this?"). */
  boolean asksElseLast;

  /** The answer classes it holds, as {@link CrisisConcept#bit()}s. */
  int answers;

  /** Whether a sentence outside a check holds the self and a wanting ("i've thought about"). */
  boolean ownThought;

  /**
   * Whether a sentence outside a check holds the self, a wish and a negation or a word of living
   * ("I don't want to continue this life", "I want to stop to live"): a wish against living told
   * without a word of dying ({@link WishAgainstLife}), which a call of the learned reading may rest
   * on ({@link SafetyReading#supportsLearned}).
   */
  boolean wishAgainstLife;

  /** The first answer phrase, or null. */
  @Nullable Span answerSpan;

  /**
   * Whether its crisis words are an everyday complaint ({@link CrisisEveryday}): no crisis, whoever
   * reads it; the score and signal stay as read, for the learned reading's features.
   */
  boolean everyday;

  // for the stock phrases: clauses, their flags, the check sentences and the idioms
  private int[] clauseStart = new int[0];
  private int[] clauseMask = new int[0];
  private int[] clauseNegation = new int[0]; // first negation not inside a longer phrase
  private int[] clauseAnyNegation = new int[0]; // first negation of any kind
  private boolean[] checkSentence = new boolean[0];
  private boolean recovered;
  private int[] idioms = new int[0]; // start, end pairs
  private int idiomCount;

  private CrisisReading() {}

  /** Reads a contribution; {@link #NONE} when it holds no content, check or answer word. */
  static CrisisReading of(Analysis a) {
    if (!a.has(Cue.CRISIS_READING)) {
      return NONE;
    }
    boolean worth = a.has(Cue.CRISIS);
    for (int h = 0; h < a.hitCount && !worth; h++) {
      if (a.cue(h) == Cue.CRISIS_READING) {
        CrisisConcept.Role role = CrisisConcept.of(a.payload(h)).role();
        worth = role == CrisisConcept.Role.CONTENT || role == CrisisConcept.Role.CONTEXT;
      }
    }
    if (!worth) {
      return NONE;
    }
    CrisisReading r = new CrisisReading();
    r.read(a);
    return r;
  }

  /** Tells whether the reading alone makes a crisis. */
  boolean isCrisis() {
    return score >= SafetyCategory.CRISIS_THRESHOLD - 1e-9;
  }

  /**
   * The factor a stock phrase of the crisis lexicon is weighed by: 0 inside a check or an idiom,
   * lowered by a past or a recovery as the reading's own words are.
   */
  double stockFactor(Analysis a, int h) {
    if (this == NONE) {
      return 1;
    }
    if (checkSentence[a.hitSentence[h]] || inIdiom(a.hitStart[h], a.hitEnd[h])) {
      return 0;
    }
    int c = clauseOf(a.hitStart[h]);
    return frameFactor(c);
  }

  private void read(Analysis a) {
    int n = Math.max(1, a.sentenceCount);
    int hits = a.hitCount;
    collectClauses(a);
    boolean[] deliberate = new boolean[n];
    for (int h = 0; h < hits; h++) {
      deliberate[a.hitSentence[h]] |= is(a, h, CrisisConcept.DELIBERATE);
    }
    // idioms, stock false alarms; an everyday harm is no idiom when done on purpose
    for (int h = 0; h < hits; h++) {
      if ((is(a, h, CrisisConcept.IDIOM)
              && !(deliberate[a.hitSentence[h]] && CrisisHits.overlapsHarm(a, h)))
          || (a.cue(h) == Cue.CRISIS
              && SafetyCategory.category(a.payload(h)) == SafetyCategory.FALSE_ALARM)) {
        if (idiomCount * 2 == idioms.length) {
          idioms = Arrays.copyOf(idioms, Math.max(4, idioms.length * 2));
        }
        idioms[idiomCount * 2] = a.hitStart[h];
        idioms[idiomCount * 2 + 1] = a.hitEnd[h];
        idiomCount++;
      }
    }
    // which hits count: not in an idiom, not inside a longer word of the reading
    boolean[] counts = new boolean[hits];
    int[] sentenceMask = new int[n];
    int[] firstRisk = new int[n];
    Arrays.fill(firstRisk, Integer.MAX_VALUE);
    int mask = 0;
    for (int h = 0; h < hits; h++) {
      if (a.cue(h) != Cue.CRISIS_READING) {
        continue;
      }
      CrisisConcept c = CrisisConcept.of(a.payload(h));
      if (c == CrisisConcept.IDIOM || inIdiom(a.hitStart[h], a.hitEnd[h])) {
        continue;
      }
      if (c == CrisisConcept.NEGATION) {
        int k = clauseOf(a.hitStart[h]);
        clauseAnyNegation[k] = Math.min(clauseAnyNegation[k], a.hitStart[h]);
      }
      if (CrisisHits.shadowed(a, h, c)) {
        continue;
      }
      if (c == CrisisConcept.NEGATION) {
        int k = clauseOf(a.hitStart[h]);
        clauseNegation[k] = Math.min(clauseNegation[k], a.hitStart[h]);
      }
      counts[h] = true;
      int s = a.hitSentence[h];
      sentenceMask[s] |= c.bit();
      clauseMask[clauseOf(a.hitStart[h])] |= c.bit();
      mask |= c.bit();
      if ((c.bit() & RISK) != 0) {
        firstRisk[s] = Math.min(firstRisk[s], a.hitStart[h]);
      }
    }
    for (int h = 0; h < hits; h++) {
      if (a.cue(h) == Cue.CRISIS
          && SafetyCategory.category(a.payload(h)) != SafetyCategory.FALSE_ALARM
          && !inIdiom(a.hitStart[h], a.hitEnd[h])) {
        int s = a.hitSentence[h];
        firstRisk[s] = Math.min(firstRisk[s], a.hitStart[h]);
      }
    }
    for (int h = 0; h < hits; h++) {
      if (counts[h] && is(a, h, CrisisConcept.RECOVERY)) {
        int c = clauseOf(a.hitStart[h]);
        recovered |= (clauseMask[c] & CrisisConcept.PAST.bit()) == 0;
      }
    }
    CrisisChecks checks = new CrisisChecks(a, n, sentenceMask, firstRisk);
    checkSentence = checks.sentence.clone();
    for (int s = 0; s < n; s++) {
      checkSentence[s] |= checks.others[s]; // of someone else: no disclosure either
    }
    check = checks.strongest;
    int thought = CrisisConcept.SELF.bit() | CrisisConcept.WANT.bit();
    for (int s = 0; s < n; s++) {
      ownThought |= !checkSentence[s] && (sentenceMask[s] & thought) == thought;
    }
    for (int s = 0; s < n; s++) {
      wishAgainstLife |= !checkSentence[s] && WishAgainstLife.in(sentenceMask[s]);
    }
    asksElseLast = checks.asksElseLast;
    boolean[] weighed = new boolean[hits];
    weigh(a, n, counts, sentenceMask, mask, weighed);
    everyday = a.has(Cue.CRISIS_EVERYDAY) && CrisisEveryday.complaint(a, n, weighed, this);
  }

  private void weigh(
      Analysis a, int n, boolean[] counts, int[] sentenceMask, int mask, boolean[] weighed) {
    double[] content = new double[CONTENT_COUNT];
    double[] frame = new double[n * FRAMES.length];
    boolean[] hasContent = new boolean[n];
    boolean ordinary = (mask & CrisisConcept.ORDINARY.bit()) != 0;
    boolean harm = (mask & (CrisisConcept.HARM.bit() | CrisisConcept.DELIBERATE.bit())) != 0;
    for (int h = 0; h < a.hitCount; h++) {
      if (!counts[h]) {
        continue;
      }
      CrisisConcept c = CrisisConcept.of(a.payload(h));
      if (c == CrisisConcept.DELIBERATE) {
        c = CrisisConcept.HARM; // a harm done on purpose weighs as one
      }
      CrisisConcept.Role role = c.role();
      if (role == CrisisConcept.Role.CONTEXT) {
        if (c != CrisisConcept.CHECK_SAFE && c != CrisisConcept.CHECK_WEAK) {
          answers |= c.bit();
          if (answerSpan == null) {
            answerSpan = a.span(h);
          }
        }
        continue;
      }
      int s = a.hitSentence[h];
      if (checkSentence[s]
          || (role != CrisisConcept.Role.CONTENT && role != CrisisConcept.Role.FRAME)) {
        continue;
      }
      double w = CrisisConcept.weight(a.payload(h));
      int clause = clauseOf(a.hitStart[h]);
      boolean negated = negatedBefore(a.hitStart[h], clause, c == CrisisConcept.LIFE);
      if (c == CrisisConcept.LIFE) {
        if (!negated) {
          continue;
        }
        c = CrisisConcept.ENDING; // "don't want to live": an ending, the negation its own
      } else if (negated && c != CrisisConcept.SELF) {
        w *= NEGATED;
      }
      w *= frameFactor(clause);
      if ((clauseMask[clause] & CrisisConcept.SAFE.bit()) != 0) {
        w *= SAFE_FACTOR;
      }
      if (c == CrisisConcept.SUPPLY && (sentenceMask[s] & CrisisConcept.AMOUNT.bit()) != 0) {
        w = Math.max(w, SUPPLY_WITH_AMOUNT * frameFactor(clause));
      }
      if (ordinary
          && (c == CrisisConcept.FINALITY
              || c == CrisisConcept.ABSENCE
              || (c == CrisisConcept.SUPPLY
                  && (sentenceMask[s] & CrisisConcept.PLAN.bit()) == 0))) {
        w *= ORDINARY_FACTOR; // a week's tablets laid out is no hoard, unless a plan goes with it
      }
      if (c == CrisisConcept.MEANS
          || c == CrisisConcept.SUPPLY
          || c == CrisisConcept.AMOUNT
          || (c == CrisisConcept.PLAN && CrisisConcept.weight(a.payload(h)) >= 0.4 - 1e-9)
          || (c == CrisisConcept.TIME && CrisisConcept.weight(a.payload(h)) >= 0.2 - 1e-9)) {
        addsMeansPlanOrTime = true;
      }
      if (role == CrisisConcept.Role.FRAME) {
        int f = frameIndex(c);
        frame[s * FRAMES.length + f] = Math.max(frame[s * FRAMES.length + f], w);
        continue;
      }
      if (c == CrisisConcept.BODY && !harm) {
        continue;
      }
      int k = c.index();
      if (c == CrisisConcept.FINALITY) {
        content[k] = Math.min(GOODBYE_CAP, content[k] + w);
      } else if (c == CrisisConcept.MEANS) {
        content[k] = Math.min(MEANS_CAP, content[k] + w); // the hose and the exhaust: a method
      } else if (c == CrisisConcept.HOPELESS) {
        content[k] = Math.min(ADDITIVE_CAP, content[k] + w);
      } else {
        content[k] = Math.max(content[k], w);
      }
      hasContent[s] = true;
      weighed[h] = true;
      spans.add(wholeWords(a, h));
    }
    double sum = 0;
    for (double w : content) {
      sum += w;
    }
    int person = CrisisConcept.SELF.bit() | CrisisConcept.OTHER.bit();
    for (int s = 0; s < n; s++) {
      // a sentence without any person ("Got the rope.", "Bought a hose for the exhaust.") speaks
      // of its author, as chat drops the "I"
      if (hasContent[s]
          && (sentenceMask[s] & IMPLIES_SELF) != 0
          && (sentenceMask[s] & person) == 0
          && !a.sentenceHas(s, Cue.SECOND_PERSON)) {
        frame[s * FRAMES.length] = Math.max(frame[s * FRAMES.length], IMPLIED_SELF);
      }
    }
    double bestFrame = 0;
    for (int s = 0; s < n; s++) {
      if (!hasContent[s]) {
        continue;
      }
      // a next sentence without content that points back lends its frame ("I want to use it")
      boolean next =
          s + 1 < n
              && !hasContent[s + 1]
              && !checkSentence[s + 1]
              && (sentenceMask[s + 1] & CrisisConcept.REFER.bit()) != 0;
      double f = 0;
      for (int i = 0; i < FRAMES.length; i++) {
        double own = frame[s * FRAMES.length + i];
        f += next ? Math.max(own, frame[(s + 1) * FRAMES.length + i]) : own;
      }
      bestFrame = Math.max(bestFrame, f);
    }
    signal = sum;
    score = sum > 0 ? sum + bestFrame : 0;
    int k = CrisisConcept.HOPELESS.index();
    if (content[k] == sum && content[k] < ADDITIVE_CAP - 1e-9) {
      score = Math.min(score, HOPELESS_ALONE); // hopelessness alone, said once: a weaker signal
    }
  }

  /** The factor of the past and recovery for a clause: 1 when the clause speaks of now or again. */
  private double frameFactor(int clause) {
    int m = clauseMask[clause];
    if ((m & PRESENT) != 0) {
      return 1;
    }
    double f = 1;
    if ((m & CrisisConcept.PAST.bit()) != 0) {
      f *= PAST_FACTOR;
    }
    if (recovered) {
      f *= RECOVERED;
    }
    return f;
  }

  /**
   * Tells whether a negation stands before a hit in its clause; for a word of life any negation
   * counts, for the others only one not inside a longer phrase of the reading.
   */
  private boolean negatedBefore(int start, int clause, boolean any) {
    return (any ? clauseAnyNegation[clause] : clauseNegation[clause]) < start;
  }

  /** Collects the clause starts: the sentences' and the contrast words'. */
  private void collectClauses(Analysis a) {
    int n = Math.max(1, a.sentenceCount);
    int[] starts = new int[n + 4];
    int k = 0;
    starts[k++] = 0;
    for (int s = 1; s < a.sentenceCount; s++) {
      starts[k++] = a.sentenceStart[s];
    }
    for (int h = 0; h < a.hitCount; h++) {
      if (is(a, h, CrisisConcept.CONTRAST)) {
        if (k == starts.length) {
          starts = Arrays.copyOf(starts, k * 2);
        }
        starts[k++] = a.hitStart[h];
      }
    }
    clauseStart = Arrays.copyOf(starts, k);
    Arrays.sort(clauseStart);
    clauseMask = new int[k];
    clauseNegation = new int[k];
    clauseAnyNegation = new int[k];
    Arrays.fill(clauseNegation, Integer.MAX_VALUE);
    Arrays.fill(clauseAnyNegation, Integer.MAX_VALUE);
  }

  /** Returns the clause of an offset. */
  private int clauseOf(int offset) {
    int i = Arrays.binarySearch(clauseStart, offset);
    if (i < 0) {
      i = -i - 2;
    } else {
      while (i + 1 < clauseStart.length && clauseStart[i + 1] == offset) {
        i++;
      }
    }
    return Math.max(0, i);
  }

  /** Tells whether an idiom overlaps a span that does not stretch beyond it on both sides. */
  private boolean inIdiom(int s, int e) {
    for (int i = 0; i < idiomCount; i++) {
      int is = idioms[i * 2];
      int ie = idioms[i * 2 + 1];
      if (is < e && s < ie && !(s <= is && ie <= e && e - s > ie - is)) {
        return true;
      }
    }
    return false;
  }

  private static boolean is(Analysis a, int h, CrisisConcept c) {
    return a.cue(h) == Cue.CRISIS_READING && CrisisConcept.of(a.payload(h)) == c;
  }

  private static int frameIndex(CrisisConcept c) {
    for (int i = 0; i < FRAMES.length; i++) {
      if (FRAMES[i] == c) {
        return i;
      }
    }
    throw new IllegalArgumentException(c.name());
  }

  /** The hit's span, stretched to the end of its word when the phrase is a stem. */
  private static Span wholeWords(Analysis a, int h) {
    int end = a.hitEnd[h];
    if (a.lexicon.automaton().prefix(a.hitPattern[h])) {
      while (end < a.lower.length && TextChars.isWord(a.lower[end])) {
        end++;
      }
    }
    return new Span(a.hitStart[h], end);
  }
}
