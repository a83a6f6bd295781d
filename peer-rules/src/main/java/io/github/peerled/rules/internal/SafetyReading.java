package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import io.github.peerled.rules.detect.internal.TextChars;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one contribution holds for safety, read once from the hits of the shared scan: the weight of
 * its crisis phrases (lowered inside a check, a past or a recovery, see {@link CrisisReading}) and
 * of the crisis reading, of its graphic phrases, and whether it touches trauma themes. A phrase
 * inside a longer phrase of the same list counts once, at the larger weight; a false-alarm phrase
 * cancels the phrases of its list it overlaps. Linear in the number of hits (quadratic only within
 * the few hits of one list). Immutable.
 */
final class SafetyReading {
  static final SafetyReading NONE = new SafetyReading();

  /**
   * The log-odds (a probability near 0.73) below which the learned reading's call stands only on
   * something of the rules' reading ({@link #supportsLearned}): plain talk of hard times with no
   * crisis word ("I'm not sleeping since three weeks", "I mean it") reads near its threshold. On
   * the tuning sessions such calls reach 1.8 and a disclosure without support reads from 2.8 up;
   * the gate stays well below that, for a missed crisis is worse than a false alarm.
   */
  static final double UNSUPPORTED_LOGIT = 1.0;

  /** The graphic weight of a story the learned reading is not asked about. */
  static final double STORY = 1.0;

  /** Summed weight of the crisis phrases. */
  double crisis;

  /** The crisis phrases, in text order. */
  final List<Span> crisisSpans = new ArrayList<>(1);

  /** Summed weight of the graphic phrases. */
  double graphic;

  /** The graphic phrases, in text order. */
  final List<Span> graphicSpans = new ArrayList<>(2);

  /** The weightiest graphic phrase, if any. */
  @Nullable Span strongestGraphic;

  /** Its category. */
  SafetyCategory graphicCategory = SafetyCategory.VIOLENCE;

  /** The trauma phrases, in text order. */
  final List<Span> traumaSpans = new ArrayList<>(1);

  /** The crisis reading of classes combined (see {@link CrisisReading}). */
  CrisisReading reading = CrisisReading.NONE;

  /** Whether the learned reading ({@link CrisisModel}) calls a crisis the rules do not. */
  boolean learned;

  private SafetyReading() {}

  /** Tells whether the contribution reads as a crisis disclosure. */
  boolean isCrisis() {
    return learned || strength() >= SafetyCategory.CRISIS_THRESHOLD - 1e-9;
  }

  /** The weight of its crisis signal: the stronger of the stock phrases and the reading. */
  double strength() {
    return Math.max(crisis, reading.score);
  }

  /**
   * Tells whether it is a graphic story (at least {@value #STORY} of graphic weight) that holds no
   * crisis signal of its own (below {@link CrisisContext#SIGNAL}): the learned reading, which
   * weighs words of harm and the body, is not asked about it. A story of someone else's injury is
   * met as a story; a crisis told with a story still holds crisis words the rules read.
   */
  boolean storyWithoutCrisis() {
    return graphic >= STORY - 1e-9 && signal() < CrisisContext.SIGNAL - 1e-9;
  }

  /** The weight of its crisis words without their frame: a signal for the session's context. */
  double signal() {
    return Math.max(crisis, reading.signal);
  }

  /**
   * Tells whether the rules' reading holds something the learned reading's call may rest on: a
   * crisis word of its own (a content word of the crisis reading or a stock phrase, however
   * lowered), a wish against living ({@link WishAgainstLife}) or a phrase of final arrangements
   * other than a bare day ({@link CrisisArrangement#supports}).
   */
  boolean supportsLearned(Analysis a) {
    return signal() > 0
        || (reading == CrisisReading.NONE ? WishAgainstLife.any(a) : reading.wishAgainstLife)
        || CrisisArrangement.supports(a);
  }

  /** Reads a contribution: the rules, then the English learned reading when the rules call none. */
  static SafetyReading of(Analysis a) {
    return of(a, CrisisModel.english());
  }

  /**
   * Reads a contribution: the rules, then the learned reading when the rules call no crisis and the
   * crisis words are no everyday complaint ({@link CrisisEveryday}). A call of the model below
   * {@value #UNSUPPORTED_LOGIT} log-odds counts only with a crisis word, a wish against living or
   * an arrangement of the rules' reading ({@link #supportsLearned}). A crisis the model alone calls
   * shows the sentence it weighs most.
   */
  static SafetyReading of(Analysis a, CrisisModel model) {
    SafetyReading r = rules(a);
    if (r.isCrisis() || r.storyWithoutCrisis() || r.reading.everyday || a.tokenCount == 0) {
      return r;
    }
    double logit = model.logit(a, r);
    if (!model.calls(logit) || (logit < UNSUPPORTED_LOGIT && !r.supportsLearned(a))) {
      return r;
    }
    SafetyReading m = r == NONE ? new SafetyReading() : r;
    m.learned = true;
    m.crisisSpans.add(model.span(a));
    return m;
  }

  /** Reads a contribution by the rules alone (the stock phrases and the crisis reading). */
  static SafetyReading rules(Analysis a) {
    CrisisReading reading = CrisisReading.of(a);
    if (!a.has(Cue.CRISIS)
        && !a.has(Cue.GRAPHIC)
        && !a.has(Cue.TRAUMA)
        && reading == CrisisReading.NONE
        && !GraphicComposition.mayAdd(a)
        && !GraphicClauses.any(a)) {
      return NONE;
    }
    SafetyReading r = new SafetyReading();
    r.reading = reading;
    double strongest = 0;
    for (Cue cue : new Cue[] {Cue.CRISIS, Cue.GRAPHIC, Cue.TRAUMA}) {
      if (!a.has(cue)) {
        continue;
      }
      for (int h = 0; h < a.hitCount; h++) {
        if (a.cue(h) != cue || !counts(a, h, cue)) {
          continue;
        }
        int payload = a.payload(h);
        double w = SafetyCategory.weight(payload);
        Span span = wholeWords(a, h);
        switch (cue) {
          case CRISIS -> {
            double f = reading.stockFactor(a, h);
            if (f > 0) {
              r.crisis += w * f;
              r.crisisSpans.add(span);
            }
          }
          case GRAPHIC -> {
            r.graphic += w;
            r.graphicSpans.add(span);
            if (w > strongest) {
              strongest = w;
              r.strongestGraphic = span;
              r.graphicCategory = SafetyCategory.category(payload);
            }
          }
          default -> r.traumaSpans.add(span);
        }
      }
    }
    if (reading.isCrisis() && r.crisis < SafetyCategory.CRISIS_THRESHOLD - 1e-9) {
      r.crisisSpans.addAll(reading.spans); // the words of the reading, after any stock phrase
    }
    GraphicComposition.addTo(a, r, strongest);
    GraphicClauses.addTo(a, r);
    return r;
  }

  /**
   * Tells whether a hit counts: it is no false alarm, is not cancelled by an overlapping false
   * alarm, and lies inside no other hit of its list that weighs at least as much (nor shares its
   * exact span with an earlier such hit).
   */
  private static boolean counts(Analysis a, int h, Cue cue) {
    int payload = a.payload(h);
    if (SafetyCategory.category(payload) == SafetyCategory.FALSE_ALARM) {
      return false;
    }
    double w = SafetyCategory.weight(payload);
    int s = a.hitStart[h];
    int e = a.hitEnd[h];
    // hits come in order of their end: earlier ones overlap only while they end after s, later
    // ones only while they may start before e
    int from = h;
    while (from > 0 && a.hitEnd[from - 1] > s) {
      from--;
    }
    int reach = e + a.lexicon.maxLength();
    for (int o = from; o < a.hitCount && a.hitEnd[o] < reach; o++) {
      if (o == h || a.cue(o) != cue) {
        continue;
      }
      int os = a.hitStart[o];
      int oe = a.hitEnd[o];
      int op = a.payload(o);
      if (SafetyCategory.category(op) == SafetyCategory.FALSE_ALARM) {
        if (os < e && s < oe) {
          return false;
        }
        continue;
      }
      double ow = SafetyCategory.weight(op);
      boolean inside = os <= s && e <= oe;
      boolean same = os == s && oe == e;
      if (inside && (same ? (ow > w || (ow == w && o < h)) : ow >= w)) {
        return false;
      }
      boolean contains = s <= os && oe <= e && !same;
      if (contains && ow > w) {
        return false; // a stronger phrase inside: it counts instead
      }
    }
    return true;
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
