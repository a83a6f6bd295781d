package io.github.peerled.rules.internal;

import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.detect.internal.TextChars;

/**
 * Reads, from the hits of the shared scan, whether a contribution tells another member how to take
 * or change a medicine or dose: the reading {@code facilitator-not-expert} flags and {@code
 * sharing-not-advice} leaves to it. A hit is such an instruction when it is
 *
 * <ul>
 *   <li>a prescriptive medical instruction in the author's own voice ({@link
 *       Analysis#isMedicalAdvice(int)}: "stop taking your metformin");
 *   <li>advice aimed at a member ({@link AddressedAdvice#advises}: "Harry stop the gliclazide",
 *       "grace take the whole dose first thing", "Dev, take 2 more units") in a sentence that names
 *       a medicine, dose or unit, or, for a directive, right after one that does ("I went up 4
 *       units a day. Linh, you should do the same"), or, for an imperative that points back, after
 *       a sentence that does ("I slip him an extra olanzapine. Try that with your wife");
 *   <li>a change put indirectly ({@link Cue#INDIRECT_ADVICE}: a hedge, a majority or a softened
 *       directive) followed in its clause, within {@value #MAX_GAP} words, by a {@link
 *       Cue#DOSE_VERB}, in a sentence that names a medicine, dose or unit, in a contribution aimed
 *       at someone, neither a question, quoted, reported nor generic: "I'd up the lantus by 2",
 *       "most people halve their bolus on match days", "you want to be taking the levo on an empty
 *       stomach"; the medicine may also be named earlier in the contribution or in the talk it
 *       answers ({@link MedicineThread}: "Queenie, I'd halve it on days out");
 *   <li>a dose verb in the imperative that points back at a medicine or dose the talk named ({@link
 *       DoseOrder}: "The slow one? Halve it tonight", "mate just double it").
 * </ul>
 *
 * The medicine of a directive or imperative counts when named before it in its sentence or in its
 * own clause: in "you should try the TENS machine, you'd be off the tablets in a month" it is in
 * another clause, and the advice is left to {@code sharing-not-advice}; so is choosing a treatment
 * ("push for one straight away", "go for the infusion one"). A directive whose next word is a dose
 * verb pointing back ("you need to take it at night") instructs when the contribution or the talk
 * it answers names the medicine. An indirect phrase's dose verb is not one when it stops an
 * activity ("you want to stop letting them ..."), carries something to a place ("take it to your
 * appointment") or belongs to another action ("you could print it and take it"). The words of a
 * medical instruction told of what happened ("his helmet had come off") or said as an idiom ("come
 * off it") are not one.
 *
 * <p>One's own regimen told in one's own voice ("I take 14 lantus in the morning"), a regimen
 * reported from one's clinician ("my DSN told me to knock 1 unit off") and exploring questions
 * ("what about budesonide?") are none of these; nor is an imperative at the start of a sharing
 * aimed at nobody ("Just diagnosed. Put on metformin and gliclazide.").
 *
 * <p>Work is linear in the hits and tokens of a contribution; the hits read are capped at {@value
 * #MAX_READ}; nothing is allocated but for word look-ups after an indirect phrase and before what a
 * dose verb points at. Immutable and thread-safe (the {@link MedicineThread} passed in is the
 * caller's, confined to its session).
 */
final class MedicalAdvice {
  /**
   * The most words between an indirect phrase and its dose verb: "i'd be going up", "most of us in
   * your position would halve".
   */
  static final int MAX_GAP = 4;

  /**
   * The most advice and instruction hits read in one contribution: each is read against its clause
   * and the contribution's other hits, so the cap keeps the work linear in the length of the text.
   */
  static final int MAX_READ = 32;

  private static final long ADVICE_CUES =
      Cue.MEDICAL_INSTRUCTION.bit()
          | Cue.DIRECTIVE.bit()
          | Cue.ADVICE_QUESTION.bit()
          | Cue.IMPERATIVE.bit()
          | Cue.INDIRECT_ADVICE.bit();

  private final GroupContext context;
  private final AddressedAdvice addressed;
  private final DoseOrder dose;

  MedicalAdvice(GroupContext context) {
    this.context = context;
    this.addressed = new AddressedAdvice(context);
    this.dose = new DoseOrder(addressed);
  }

  /**
   * Tells whether a contribution holds a medical instruction to another member: a hit that
   * {@linkplain #instructs instructs}, or a {@linkplain #doseOrder dose order} that leaves the
   * medicine to the talk around it.
   *
   * @param a the analysed contribution
   * @param thread what the session has named so far
   * @return whether the contribution instructs someone about a medicine or dose
   */
  boolean gives(Analysis a, MedicineThread thread) {
    boolean named = a.has(Cue.MEDICAL_INSTRUCTION) || a.has(Cue.MEDICAL_TERM);
    if ((a.cues & ADVICE_CUES) != 0 && (named || thread.names(a) || MedicineStems.nearAny(a))) {
      int read = 0;
      for (int h = 0; h < a.hitCount && read < MAX_READ; h++) {
        if (!read(a, h)) {
          continue;
        }
        read++;
        if (instructs(a, h, thread)) {
          return true;
        }
      }
    }
    return doseOrder(a, thread) >= 0;
  }

  /**
   * Returns the token of a dose instruction that may leave the medicine to the talk around it ("The
   * slow one? Halve it tonight"; see {@link DoseOrder}), or -1.
   *
   * @param a the analysed contribution
   * @param thread what the session has named so far
   * @return the token of the instruction's verb, or -1
   */
  int doseOrder(Analysis a, MedicineThread thread) {
    return dose.find(a, thread);
  }

  /** Tells whether a contribution holds any advice or instruction cue. */
  static boolean hasAdviceCue(Analysis a) {
    return (a.cues & ADVICE_CUES) != 0;
  }

  /** Tells whether a hit is one this reading reads: an advice or instruction cue. */
  static boolean read(Analysis a, int h) {
    return (a.cue(h).bit() & ADVICE_CUES) != 0;
  }

  /**
   * Tells whether one hit is a medical instruction to another member.
   *
   * @param a the analysed contribution
   * @param h a hit of it
   * @return whether the hit instructs about a medicine or dose
   */
  boolean instructs(Analysis a, int h, MedicineThread thread) {
    Cue cue = a.cue(h);
    if (cue == Cue.INDIRECT_ADVICE) {
      return indirect(a, h, thread);
    }
    if (cue != Cue.MEDICAL_INSTRUCTION
        && cue != Cue.DIRECTIVE
        && cue != Cue.ADVICE_QUESTION
        && cue != Cue.IMPERATIVE) {
      return false;
    }
    if (cue == Cue.MEDICAL_INSTRUCTION) {
      return a.isMedicalAdvice(h)
          && !a.coStarts(h, Cue.NEUTRAL)
          && !told(a, h)
          && (!ownerFirst(a, h) || medicineInView(a, a.hitSentence[h], thread))
          && !handedOver(a, h);
    }
    int at = tokenAt(a, h);
    if (at >= 0 && DoseOrder.asksFor(a, at)) {
      return false; // "push for one", "go for the infusion one": choosing, left to sharing
    }
    if (CareTeamSignpost.asksTeam(a, h)) {
      return false; // "why not ask the clinic for a practice run": asking, left to sharing
    }
    int s = a.hitSentence[h];
    boolean medicalHere =
        namedUpTo(a, h)
            || (cue == Cue.DIRECTIVE && s > 0 && a.sentenceHas(s - 1, Cue.MEDICAL_TERM))
            || (cue == Cue.DIRECTIVE
                && DoseOrder.doseVerbAfter(a, h)
                && (namedBefore(a, s) || thread.names(a)))
            || (cue == Cue.IMPERATIVE && namedBefore(a, s) && DoseOrder.refersBack(a, h));
    return medicalHere && addressed.advises(a, h) && !handedOver(a, h);
  }

  /** Verbs that change nothing but a dose: "double your Keppra" needs no medicine in view. */
  private static final String[] DOSE_ONLY = {"double ", "halve ", "half ", "up ", "bump "};

  /**
   * Tells whether an instruction's phrase ends on "your" after a verb that may change anything,
   * leaving what is changed to the next word: "get off your tablets", but also "get off your phone
   * at night". Such a phrase instructs about a medicine only when one is in view.
   */
  private static boolean ownerFirst(Analysis a, int h) {
    String phrase = a.lexicon.phrase(a.hitPattern[h]);
    if (!phrase.endsWith(" your")) {
      return false;
    }
    for (String verb : DOSE_ONLY) {
      if (phrase.startsWith(verb)) {
        return false;
      }
    }
    return true;
  }

  /** Words that hand a matter to someone: "keep the dose stuff for Tracey", "leave it to them". */
  private static final String[] TO_SOMEONE = {"for", "to", "with"};

  /**
   * Tells whether an instruction hands the medicine over rather than changes it: its clause goes on
   * to "for", "to" or "with" and a care team or an invited advisor ("keep the dose stuff for Tracey
   * and your own team", "leave the insulin questions to your nurse").
   */
  private boolean handedOver(Analysis a, int h) {
    int t = tokenAt(a, h);
    if (t < 0) {
      return false;
    }
    while (t < a.tokenCount && a.tokenStart[t] < a.hitEnd[h]) {
      t++;
    }
    for (; t + 1 < a.tokenCount && !clauseMark(a, a.tokenEnd[t - 1], a.tokenStart[t]); t++) {
      if (!anyOf(a, t, TO_SOMEONE) || clauseMark(a, a.tokenEnd[t], a.tokenStart[t + 1])) {
        continue;
      }
      if (careTeamAt(a, a.tokenStart[t + 1]) || advisorAt(a, t + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean careTeamAt(Analysis a, int start) {
    if (!a.has(Cue.CARE_TEAM)) {
      return false;
    }
    for (int k = 0; k < a.hitCount; k++) {
      if (a.hitStart[k] == start && a.cue(k) == Cue.CARE_TEAM) {
        return true;
      }
    }
    return false;
  }

  private boolean advisorAt(Analysis a, int t) {
    MemberId m = addressed.words().memberAt(a, t);
    if (m == null) {
      return false;
    }
    Member member = context.byId().get(m);
    return member != null && member.standing() == Standing.ADVISOR;
  }

  private static boolean anyOf(Analysis a, int t, String[] words) {
    for (String w : words) {
      if (AddressWords.same(w, a.lower, a.tokenStart[t], a.tokenEnd[t])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether one hit of an advisor's contribution is an instruction of any kind: advice aimed
   * at a member ("Please don't skip insulin doses", "Bob, use the spacer"), or a change put
   * indirectly.
   *
   * @param a the analysed contribution
   * @param h a hit of it
   * @return whether the hit instructs someone
   */
  boolean advisorInstructs(Analysis a, int h, MedicineThread thread) {
    if (a.cue(h) != Cue.INDIRECT_ADVICE) {
      return addressed.advises(a, h);
    }
    return indirect(a, h, thread) || softened(a, h);
  }

  /**
   * Tells whether an indirect phrase is a softened directive on a verb ("it's best to ask them
   * first", "you'll want to", "the trick is to"): its phrase ends in "to", in the author's own
   * voice, outside a question. Read for advisors, whose instructions are marked whatever they are
   * about.
   */
  private static boolean softened(Analysis a, int h) {
    return a.lexicon.phrase(a.hitPattern[h]).endsWith(" to")
        && !a.sentenceQuestion[a.hitSentence[h]]
        && !a.discounted(h)
        && !afterIf(a, h);
  }

  /**
   * Tells whether a hit follows "if" or "unless": a condition ("if you want to", "unless you want
   * to talk to me after"), not a directive.
   */
  private static boolean afterIf(Analysis a, int h) {
    int i = a.hitStart[h] - 1;
    while (i >= 0 && !TextChars.isWord(a.lower[i])) {
      i--;
    }
    return endsWord(a, i, "if") || endsWord(a, i, "unless");
  }

  /** Tells whether the word ending at char {@code i} (inclusive) is {@code w}. */
  private static boolean endsWord(Analysis a, int i, String w) {
    int from = i - w.length() + 1;
    if (from < 0 || (from > 0 && TextChars.isWord(a.lower[from - 1]))) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (a.lower[from + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether an indirect phrase puts a dose or medicine change to someone. */
  boolean indirect(Analysis a, int h, MedicineThread thread) {
    int s = a.hitSentence[h];
    if (a.sentenceQuestion[s] || a.discounted(h) || !doseVerbAfter(a, h)) {
      return false;
    }
    return addressed.aimedAtSomeone(a)
        && (medicineInView(a, s, thread) || MedicineStems.near(a, h));
  }

  /**
   * Subjects and auxiliaries after which a medical instruction's words tell what happened, and
   * prepositions after which they name a dose rather than change it ("I'm at 5 on half your dose").
   */
  private static final String[] TOLD = {
    "had", "has", "was", "were", "been", "he", "she", "they", "it", "we", "i", "i've", "on", "at",
    "of", "from"
  };

  /**
   * Tells whether the words of a medical instruction are told, not given: a subject or auxiliary
   * stands right before them ("his helmet had come off", "she's stopped taking", "we came off"), or
   * a preposition makes them a noun phrase ("I'm at 5 on half your dose").
   */
  private static boolean told(Analysis a, int h) {
    int t = tokenAt(a, h);
    if (t <= 0 || AddressWords.clauseMarkBefore(a, t)) {
      return false;
    }
    for (String w : TOLD) {
      if (AddressWords.same(w, a.lower, a.tokenStart[t - 1], a.tokenEnd[t - 1])) {
        return true;
      }
    }
    return false;
  }

  /** The index of the token a hit starts at, or -1. */
  private static int tokenAt(Analysis a, int h) {
    int t = java.util.Arrays.binarySearch(a.tokenStart, 0, a.tokenCount, a.hitStart[h]);
    return t >= 0 ? t : -1;
  }

  /**
   * Tells whether a medicine, dose or unit is named in the sentence of a hit, before it or in its
   * clause: "Dev, take 2 more units", "the lantus, you should halve it"; not "you should try the
   * TENS machine, you'd be off the tablets in a month", where the medicine is in another clause. A
   * medicine the word lists do not know counts when its name's ending is one ({@link
   * MedicineStems}) and it follows the hit closely: "take the bicalutamide at night".
   */
  private static boolean namedUpTo(Analysis a, int h) {
    int s = a.hitSentence[h];
    if (MedicineStems.near(a, h)) {
      return true; // named by its ending: "take double the baclofen"
    }
    if (!a.sentenceHas(s, Cue.MEDICAL_TERM)) {
      return false;
    }
    int end = a.hitEnd[h];
    while (end < a.lower.length && !clauseMark(a, end, end + 1)) {
      end++;
    }
    for (int k = 0; k < a.hitCount; k++) {
      if (a.cue(k) == Cue.MEDICAL_TERM && a.hitSentence[k] == s && a.hitStart[k] < end) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a sentence before this one in the contribution names a medicine or dose. */
  private static boolean namedBefore(Analysis a, int sentence) {
    for (int s = 0; s < sentence; s++) {
      if (a.sentenceHas(s, Cue.MEDICAL_TERM)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a medicine, dose or unit is in view of a sentence: named in it or earlier in the
   * contribution, or in the talk the contribution answers ("Queenie, I'd halve it on days out").
   */
  private static boolean medicineInView(Analysis a, int sentence, MedicineThread thread) {
    for (int s = 0; s <= sentence; s++) {
      if (a.sentenceHas(s, Cue.MEDICAL_TERM)) {
        return true;
      }
    }
    return thread.names(a);
  }

  /** Tells whether a dose verb follows a hit in its clause within {@value #MAX_GAP} words. */
  private static boolean doseVerbAfter(Analysis a, int h) {
    int t = 0;
    while (t < a.tokenCount && a.tokenStart[t] < a.hitEnd[h]) {
      t++;
    }
    int end = a.hitSentence[h] + 1 < a.sentenceCount ? a.sentenceStart[a.hitSentence[h] + 1] : -1;
    for (int k = 0; k <= MAX_GAP && t + k < a.tokenCount; k++) {
      int from = a.tokenStart[t + k];
      if (end >= 0 && from >= end) {
        return false;
      }
      if (clauseMark(a, k == 0 ? a.hitEnd[h] : a.tokenEnd[t + k - 1], from)) {
        return false;
      }
      if (joins(a, from, a.tokenEnd[t + k])) {
        return false; // "you could print it and take it": the verb of another action
      }
      if (a.lexicon.isWord(Cue.DOSE_VERB, a.lower, from, a.tokenEnd[t + k])) {
        return !DoseOrder.activity(a, t + k)
            && !DoseOrder.carried(a, t + k)
            && !DoseOrder.cautious(a, t + k)
            && !DoseOrder.speakersOwn(a, t + k);
      }
    }
    return false;
  }

  /** Tells whether chars {@code [from, to)} join another action: "and", "or", "then". */
  private static boolean joins(Analysis a, int from, int to) {
    return AddressWords.same("and", a.lower, from, to)
        || AddressWords.same("or", a.lower, from, to)
        || AddressWords.same("then", a.lower, from, to);
  }

  private static boolean clauseMark(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = a.lower[i];
      if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?') {
        return true;
      }
    }
    return false;
  }
}
