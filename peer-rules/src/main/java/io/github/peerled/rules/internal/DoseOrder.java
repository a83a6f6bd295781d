package io.github.peerled.rules.internal;

import java.util.Arrays;

/**
 * Reads an instruction to take or change a medicine or dose that leaves the medicine to the talk
 * around it: a {@link Cue#DOSE_VERB} in the imperative, opening its clause, that points at what it
 * changes within {@value #MAX_REACH} words ("it", "them", "one", a number, or a medicine named; a
 * target dose, "to" and a number, {@value #TARGET_REACH} words further: "drop yourself back to 5"),
 * in a sentence that names a medicine or dose, or after one that does (earlier in the contribution,
 * or in the talk it answers, see {@link MedicineThread}). "The slow one? Halve it tonight", "the
 * folic acid makes a big difference. Take two before bed", "mate just double it", "Nadia just skip
 * the evening one on Saturdays", "just dont take the evening dose that night". With no medicine in
 * view (a brand or supplement the word lists do not know), a contribution with an instruction cue
 * still gives a dose when its verb (or "give", "put") reaches a count followed in its clause by a
 * dosing schedule: "Take three Creon with every meal", "take 1200 in the morning", "give him double
 * the Exjade for two weeks", "take d carbimazole 2x a day"; a count of time, exercise or drink is
 * not a dose ("take two days off a week", "take 10 minutes every morning").
 *
 * <p>Not instructions: a question ("should I halve it?"), a verb that does not open its clause ("I
 * had to halve it", "I just double it" after a subject), what the speaker does ("take my two"),
 * quoted, reported or generic speech ("my GP told me to double it"), a contribution aimed at
 * nobody, a verb that stops an activity ("maybe stop giving it") or asks for something ("push for
 * one"). A verb of motion ("go", "come", "have") is read only with the particle a dose verb needs
 * ("go up"), so "go for the infusion one" is a choice, not a dose.
 *
 * <p>Work is linear in the tokens of a contribution, read only in a contribution aimed at someone
 * and in sentences with a medicine in view: what a verb points at is found first by the tokens'
 * hashes, and only the {@value #MAX_REACH} words before it are looked up as verbs (the only
 * allocation). Immutable and thread-safe.
 */
final class DoseOrder {
  /** The most words from the verb to what it points at: "skip the evening one", "take two". */
  static final int MAX_REACH = 3;

  /**
   * The further words a dose verb may reach when what it points at is a target dose, "to" and a
   * number: "drop yourself back to 5", "up your menopur to 300".
   */
  static final int TARGET_REACH = 2;

  /** Words that point back at a medicine or dose already named. */
  private static final Words REFERENTS =
      new Words(
          "it", "them", "that", "those", "these", "one", "ones", "both", "half", "two", "three",
          "four", "five", "six");

  /** Referents that may also stand before a noun: "that", "those", "these". */
  private static final Words DETERMINERS = new Words("that", "those", "these");

  /** Words that may follow a referent standing alone: "try that with your wife". */
  private static final Words LINKS =
      new Words("with", "for", "on", "in", "at", "to", "and", "too", "instead", "first", "tonight");

  /** Words that may stand between the opening of a clause and a negated instruction. */
  private static final Words NEGATED = new Words("don't", "dont", "do", "not", "never", "dnt");

  /** Subjects after which an instruction is a habit told: "i just double it". */
  private static final Words SUBJECTS =
      new Words("i", "we", "he", "she", "they", "it", "i'd", "id", "we'd", "i'll", "we'll", "you");

  /** Verbs of motion, dose verbs only with a particle: "go up", "come off". */
  private static final Words MOTION = new Words("go", "going", "come", "coming", "have", "having");

  private final AddressedAdvice addressed;

  DoseOrder(AddressedAdvice addressed) {
    this.addressed = addressed;
  }

  /**
   * Returns the token of the first dose instruction in a contribution, or -1.
   *
   * @param a the analysed contribution
   * @param thread what the session has named so far, asked only when a sentence has no medicine
   * @return the token of the instruction's verb, or -1
   */
  int find(Analysis a, MedicineThread thread) {
    if (a.tokenCount == 0 || !addressed.aimedAtSomeone(a)) {
      return -1;
    }
    int talk = -1; // whether the talk before names a medicine: unknown until asked
    boolean earlier = false;
    for (int s = 0; s < a.sentenceCount; s++) {
      boolean here = a.sentenceHas(s, Cue.MEDICAL_TERM);
      if (!a.sentenceQuestion[s] && !here && !earlier && talk < 0) {
        talk = thread.names(a) ? 1 : 0;
      }
      // with no medicine in view, only a dose told by its schedule is one, in a contribution with
      // an instruction: "take three with every meal", "give him double the Exjade for two weeks"
      boolean byCount = !(here || earlier || talk == 1);
      if (!a.sentenceQuestion[s] && (!byCount || MedicalAdvice.hasAdviceCue(a))) {
        int from = a.sentenceFirstToken[s];
        int to = s + 1 < a.sentenceCount ? a.sentenceFirstToken[s + 1] : a.tokenCount;
        // what a dose verb points at first, then the verb before it: no look-up at most words
        for (int r = from + 1; r < to; r++) {
          if (byCount
              ? !DoseSchedule.scheduledCount(a, r, to)
              : !REFERENTS.has(a, r)
                  && !Character.isDigit(a.lower[a.tokenStart[r]])
                  && !(here && medicineAt(a, a.tokenStart[r]))) {
            continue;
          }
          int reach = target(a, r) ? MAX_REACH + TARGET_REACH : MAX_REACH;
          for (int t = Math.max(from, r - reach); t < r; t++) {
            if ((doseVerb(a, t) || (byCount && DoseSchedule.giving(a, t)))
                && !activity(a, t)
                && !asksFor(a, t)
                && opens(a, t, from)
                && (byCount ? DoseSchedule.reaches(a, t, r) : pointsAt(a, t, to))
                && !gerundSubject(a, t, to)
                && (here || !ownNoun(a, from, t, r))
                && !discounted(a, s, a.tokenStart[t])) {
              return t;
            }
          }
        }
      }
      earlier |= here;
    }
    return -1;
  }

  /**
   * Tells whether a token opens its clause: only opener words, names, the group or a negation stand
   * between it and the sentence's start or a clause mark; or "just" and the like stand before it
   * after anything but a subject ("if the knees flare again just double it"). A name after another
   * word of its clause is that word's object or a subject, not someone addressed: in "me nah want
   * Maxwell skip him treatment" nobody is told to skip anything.
   */
  private boolean opens(Analysis a, int t, int first) {
    boolean led = false;
    boolean name = false;
    for (int k = t; k > first; k--) {
      if (t - k >= AddressedAdvice.MAX_OPENING) {
        return false;
      }
      if (AddressWords.clauseMarkBefore(a, k)) {
        return true;
      }
      if (NEGATED.has(a, k - 1)) {
        continue;
      }
      AddressWords words = addressed.words();
      if (!words.leads(a, k - 1)) {
        return led && !name && !SUBJECTS.has(a, k - 1);
      }
      if (words.isName(a.lower, a.tokenStart[k - 1], a.tokenEnd[k - 1])) {
        name = true;
      } else {
        led = true;
      }
    }
    return true;
  }

  /** Words that introduce a noun of their own: "the leaflet ..., please take one". */
  private static final Words DEFINITE = new Words("the");

  /**
   * Tells whether "one" after a dose verb stands for a noun its own sentence introduced before the
   * verb, in a sentence that names no medicine: "Ngozi, the leaflet at the back talks about other
   * remedies, please take one" offers a leaflet, not a dose ("Nadia, skip the evening one" still
   * points at the evening dose: its "the" follows the verb).
   */
  private static boolean ownNoun(Analysis a, int from, int verb, int referent) {
    if (!word(a, referent, "one") && !word(a, referent, "ones")) {
      return false;
    }
    for (int k = from; k < verb; k++) {
      if (DEFINITE.has(a, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean doseVerb(Analysis a, int t) {
    return a.lexicon.isWord(Cue.DOSE_VERB, a.lower, a.tokenStart[t], a.tokenEnd[t])
        && !MOTION.has(a, t);
  }

  /**
   * Tells whether a dose verb points at a medicine or dose within {@value #MAX_REACH} words of its
   * clause, and not at the speaker or the speaker's own ("take my two", "they double me").
   */
  private static boolean pointsAt(Analysis a, int t, int sentenceEnd) {
    for (int k = t + 1; k <= t + MAX_REACH + TARGET_REACH && k < sentenceEnd; k++) {
      if (AddressWords.clauseMarkBefore(a, k)) {
        return false;
      }
      if (k > t + MAX_REACH) {
        if (target(a, k)) {
          return true;
        }
        continue;
      }
      int from = a.tokenStart[k];
      int to = a.tokenEnd[k];
      char c = a.lower[from];
      if (c == 'm' && to - from <= 4 && (word(a, k, "my") || word(a, k, "mine"))) {
        return false;
      }
      if (c == 'm' && word(a, k, "me")) {
        return false; // the speaker is what is changed: "Pat and Moira double me between them"
      }
      if (Character.isDigit(c) || REFERENTS.has(a, k) || medicineAt(a, from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a dose verb changes the speaker's own medicine: "my", "mine" or "me" follows it
   * within {@value #MAX_REACH} words of its clause before any other owner ("I'd not want to come
   * off mine", "I'd never drop my dose"); not "come off your tablets".
   *
   * @param a the analysed contribution
   * @param t the token of a dose verb
   * @return whether what the verb changes is the speaker's own
   */
  static boolean speakersOwn(Analysis a, int t) {
    for (int k = t + 1; k <= t + MAX_REACH && k < a.tokenCount; k++) {
      if (AddressWords.clauseMarkBefore(a, k)) {
        return false;
      }
      if (word(a, k, "my") || word(a, k, "mine") || word(a, k, "me")) {
        return true;
      }
      if (OWNERS.has(a, k)) {
        return false;
      }
    }
    return false;
  }

  /** Owners other than the speaker: "come off your tablets", "halve her dose". */
  private static final Words OWNERS = new Words("your", "yours", "his", "her", "their", "the");

  /**
   * Tells whether the word after a hit points back at something already named: "try that with your
   * wife", "stop them".
   *
   * @param a the analysed contribution
   * @param h a hit of it
   * @return whether the next word is a referent
   */
  static boolean refersBack(Analysis a, int h) {
    for (int t = 0; t < a.tokenCount; t++) {
      if (a.tokenStart[t] >= a.hitEnd[h]) {
        if (AddressWords.clauseMarkBefore(a, t) || !REFERENTS.has(a, t)) {
          return false;
        }
        // "that" stands for what was named only when no noun follows: "try that with", not
        // "try that new cafe"
        return !DETERMINERS.has(a, t)
            || t + 1 >= a.tokenCount
            || (a.hitSentence[h] + 1 < a.sentenceCount
                && a.tokenStart[t + 1] >= a.sentenceStart[a.hitSentence[h] + 1])
            || AddressWords.clauseMarkBefore(a, t + 1)
            || LINKS.has(a, t + 1);
      }
    }
    return false;
  }

  /**
   * Tells whether the word after a directive is a dose verb that points at a medicine or dose: "you
   * need to take it at night", "you should halve them".
   *
   * @param a the analysed contribution
   * @param h a directive hit of it
   * @return whether a dose instruction follows the directive
   */
  static boolean doseVerbAfter(Analysis a, int h) {
    int t = 0;
    while (t < a.tokenCount && a.tokenStart[t] < a.hitEnd[h]) {
      t++;
    }
    if (t >= a.tokenCount || !doseVerb(a, t)) {
      return false;
    }
    int s = a.hitSentence[h];
    int end = s + 1 < a.sentenceCount ? a.sentenceFirstToken[s + 1] : a.tokenCount;
    return pointsAt(a, t, end) && !carried(a, t);
  }

  /**
   * Tells whether a dose verb is followed by an activity rather than a medicine: a word ending in
   * "ing" that is not itself a dose verb ("stop letting them put you on the afternoon shift", "stop
   * worrying"), not "stop taking".
   *
   * @param a the analysed contribution
   * @param t the token of a dose verb
   * @return whether the verb is about an activity
   */
  static boolean activity(Analysis a, int t) {
    if (t + 1 >= a.tokenCount || AddressWords.clauseMarkBefore(a, t + 1)) {
      return false;
    }
    int from = a.tokenStart[t + 1];
    int to = a.tokenEnd[t + 1];
    return to - from > 4
        && a.lower[to - 3] == 'i'
        && a.lower[to - 2] == 'n'
        && a.lower[to - 1] == 'g'
        && !a.lexicon.isWord(Cue.DOSE_VERB, a.lower, from, to);
  }

  /**
   * Tells whether a verb asks for, chooses or books something rather than doses it: the word after
   * it is "for" ("push for one straight away", "go for the infusion one"), or the verb is "book"
   * ("book the flu jab", "book the foot clinic"): arranging care, not changing a medicine.
   *
   * @param a the analysed contribution
   * @param t the token of a verb
   * @return whether "for" follows the verb in its clause, or the verb books
   */
  static boolean asksFor(Analysis a, int t) {
    return word(a, t, "book")
        || (t + 1 < a.tokenCount
            && !AddressWords.clauseMarkBefore(a, t + 1)
            && word(a, t + 1, "for"));
  }

  /**
   * Tells whether "take" or "bring" carries something somewhere rather than doses it: "take it to
   * your pre-op appointment", not "take it up to 300".
   *
   * @param a the analysed contribution
   * @param t the token of a dose verb
   * @return whether the verb carries what it points at to a place
   */
  static boolean carried(Analysis a, int t) {
    if (!word(a, t, "take") && !word(a, t, "bring")) {
      return false;
    }
    for (int k = t + 1; k <= t + MAX_REACH && k + 1 < a.tokenCount; k++) {
      if (AddressWords.clauseMarkBefore(a, k)) {
        return false;
      }
      if (word(a, k, "to") || word(a, k, "into")) {
        return !Character.isDigit(a.lower[a.tokenStart[k + 1]]);
      }
    }
    return false;
  }

  /** Words of caution that make a dose verb before them a copula: "go careful with 15". */
  private static final Words CAUTION =
      new Words("careful", "carefully", "cautious", "cautiously", "wary");

  /**
   * Tells whether a dose verb urges caution rather than a change: a word of caution follows it at
   * once ("I'd go careful with 15"), not "I'd go up to 15".
   *
   * @param a the analysed contribution
   * @param t the token of a dose verb
   * @return whether the verb urges caution
   */
  static boolean cautious(Analysis a, int t) {
    return t + 1 < a.tokenCount
        && !AddressWords.clauseMarkBefore(a, t + 1)
        && CAUTION.has(a, t + 1);
  }

  /** Copulas after which a clause's "-ing" opening is its subject: "stopping insulin is ...". */
  private static final Words COPULAS = new Words("is", "isn't", "was", "wasn't", "can", "could");

  /** The most words between an "-ing" subject and its copula: "stopping insulin in type 1 is". */
  private static final int GERUND_REACH = 6;

  /**
   * Tells whether an "-ing" dose verb is the subject of a statement, a copula following it in its
   * clause ("and stopping insulin is dangerous"), not an order ("stopping it tonight, ok?").
   */
  private static boolean gerundSubject(Analysis a, int t, int sentenceEnd) {
    int end = a.tokenEnd[t];
    if (end - a.tokenStart[t] < 5
        || a.lower[end - 1] != 'g'
        || a.lower[end - 2] != 'n'
        || a.lower[end - 3] != 'i') {
      return false;
    }
    for (int k = t + 1; k <= t + GERUND_REACH && k < sentenceEnd; k++) {
      if (AddressWords.clauseMarkBefore(a, k)) {
        return false;
      }
      if (COPULAS.has(a, k)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a token is a number after "to", a target dose: "back to 5", "up to 400". */
  private static boolean target(Analysis a, int t) {
    return t > 0
        && Character.isDigit(a.lower[a.tokenStart[t]])
        && word(a, t - 1, "to")
        && !AddressWords.clauseMarkBefore(a, t);
  }

  /** Tells whether a medicine, dose or unit is named at an offset. */
  private static boolean medicineAt(Analysis a, int offset) {
    for (int h = 0; h < a.hitCount; h++) {
      if (a.hitStart[h] == offset && a.cue(h) == Cue.MEDICAL_TERM) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether speech at an offset is not the author's own: quoted, reported, generic. */
  private static boolean discounted(Analysis a, int sentence, int offset) {
    int quotes = 0;
    for (int i = 0; i < offset; i++) {
      char c = a.lower[i];
      if (c == '"' || c == '\u201c' || c == '\u201d') {
        quotes++;
      }
    }
    return quotes % 2 == 1 || a.discountedAt(sentence, offset);
  }

  static boolean word(Analysis a, int t, String w) {
    int from = a.tokenStart[t];
    if (a.tokenEnd[t] - from != w.length()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (a.lower[from + i] != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A few words, looked up by the token's hash without allocating. Immutable. */
  static final class Words {
    private final int[] hash;
    private final String[] word;

    Words(String... words) {
      String[] sorted = words.clone();
      Arrays.sort(sorted, (x, y) -> Integer.compare(x.hashCode(), y.hashCode()));
      this.word = sorted;
      this.hash = new int[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        hash[i] = sorted[i].hashCode();
      }
    }

    /** Tells whether a token is one of the words. */
    boolean has(Analysis a, int t) {
      int h = a.tokenHash[t];
      int i = Arrays.binarySearch(hash, h);
      if (i < 0) {
        return false;
      }
      while (i > 0 && hash[i - 1] == h) {
        i--;
      }
      for (; i < hash.length && hash[i] == h; i++) {
        if (word(a, t, word[i])) {
          return true;
        }
      }
      return false;
    }
  }
}
