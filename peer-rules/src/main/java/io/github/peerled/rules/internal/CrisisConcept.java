package io.github.peerled.rules.internal;

import java.util.Locale;

/**
 * The classes of words the crisis reading combines (see {@link CrisisReading}), read from the
 * {@code crisis-reading} lexicon: a line reads {@code phrase<TAB>class<TAB>weight}, the weight
 * optional (0 for the classes that carry none). Content classes carry a signal; frame classes
 * strengthen a content word of their sentence; modifiers lower, cancel or split; the context
 * classes are read against the session's earlier turns. The class and weight travel as a phrase's
 * payload in the {@link Lexicon}.
 */
enum CrisisConcept {
  /** Dying, being dead, ending it, not waking up, not existing. */
  ENDING(Role.CONTENT),
  /** Not being here or around, being gone, disappearing. */
  ABSENCE(Role.CONTENT),
  /** Living, being alive: an ending only under a negation in its clause. */
  LIFE(Role.CONTENT),
  /** A means: a place, a height, a tool, a way. */
  MEANS(Role.CONTENT),
  /** Medicines: a means mostly with an amount in the same sentence. */
  SUPPLY(Role.CONTENT),
  /** An amount, a hoard, a count. */
  AMOUNT(Role.CONTENT),
  /** A goodbye, a last time, things given away or sorted; several add up. */
  FINALITY(Role.CONTENT),
  /** Hopelessness and being a burden; several add up. */
  HOPELESS(Role.CONTENT),
  /** Harming oneself. */
  HARM(Role.CONTENT),
  /** A part of the body: counts only beside a harm word. */
  BODY(Role.CONTENT),
  /** The self: I, me, chat spellings. */
  SELF(Role.FRAME),
  /** Wanting, wishing, dwelling on. */
  WANT(Role.FRAME),
  /** A plan, an intent, a step taken, readiness. */
  PLAN(Role.FRAME),
  /** A time soon, a deadline. */
  TIME(Role.FRAME),
  /** Again, still, lately: the present and recurring. */
  RECUR(Role.FRAME),
  /** A negation: lowers the signal after it in its clause. */
  NEGATION(Role.MODIFIER),
  /** A phrase that holds a negation without negating a signal ("not sure", "don't think"). */
  HEDGE(Role.MODIFIER),
  /** A past told as past ("years ago", "used to"): lowers its clause. */
  PAST(Role.MODIFIER),
  /** Recovery told as such ("in a better place"): lowers the contribution. */
  RECOVERY(Role.MODIFIER),
  /** A word that opens a new clause ("but"). */
  CONTRAST(Role.MODIFIER),
  /** An ordinary reason (a trip, an appointment): lowers a goodbye, an absence, a medicine. */
  ORDINARY(Role.MODIFIER),
  /** A figure of speech or an everyday use: cancels the words it overlaps. */
  IDIOM(Role.MODIFIER),
  /** The opening words of a question to someone ("are you", "do you"). */
  CHECK_OPENER(Role.CONTEXT),
  /** Asking whether someone is safe. */
  CHECK_SAFE(Role.CONTEXT),
  /** Asking whether someone is ok: a check only after a signal. */
  CHECK_WEAK(Role.CONTEXT),
  /** An unsure or partial answer. */
  ANSWER_UNSURE(Role.CONTEXT),
  /** A yes. */
  ANSWER_YES(Role.CONTEXT),
  /** A no. */
  ANSWER_NO(Role.CONTEXT),
  /** Saying one is safe or taking a means away: an answer, and lowers its clause. */
  SAFE(Role.CONTEXT),
  /**
   * A word that points back to the sentence before ("it", "them"): the frame of a sentence without
   * content words joins the content of the sentence before it ("Took a knife to bed. I want to use
   * it tonight.").
   */
  REFER(Role.MODIFIER),
  /**
   * A harm done on purpose: weighs as harm, and an everyday reading of a harm word in its sentence
   * ("burned my hand") no longer cancels it.
   */
  DELIBERATE(Role.CONTENT),
  /**
   * Another person ("anyone", "someone", "she"): a sentence whose nearest person before its risk
   * word is another speaks of someone else ("if anyone is thinking of suicide, call..."), not of
   * oneself.
   */
  OTHER(Role.MODIFIER);

  /** What a class does in the reading. */
  enum Role {
    CONTENT,
    FRAME,
    MODIFIER,
    CONTEXT
  }

  private static final CrisisConcept[] ALL = values();

  private final Role role;

  CrisisConcept(Role role) {
    this.role = role;
  }

  Role role() {
    return role;
  }

  /** Returns this class's index in a table of classes, within one run. */
  @SuppressWarnings("EnumOrdinal") // an index within one run, never stored
  int index() {
    return ordinal();
  }

  /** Returns this class's bit in a set of classes (32 classes at most, the last one the sign). */
  @SuppressWarnings("EnumOrdinal") // a bit set within one run, never stored
  int bit() {
    return 1 << ordinal();
  }

  /** Returns the name used in lexicon files: {@code check-safe}. */
  String listName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @SuppressWarnings("EnumOrdinal") // a payload within one run, never stored
  static int payload(CrisisConcept c, double weight) {
    return WeightedLine.pack(c.ordinal(), weight);
  }

  static CrisisConcept of(int payload) {
    return ALL[WeightedLine.ordinal(payload)];
  }

  static double weight(int payload) {
    return WeightedLine.weight(payload);
  }

  /**
   * Returns the payload of a lexicon line.
   *
   * @throws IllegalArgumentException if the class is missing or unknown, or the weight is not a
   *     number from 0 to 10
   */
  static int payload(String line) {
    String[] f = line.split("\t", -1);
    CrisisConcept found =
        f.length >= 2 && f.length <= 3
            ? WeightedLine.named(ALL, CrisisConcept::listName, f[1])
            : null;
    if (found == null) {
      throw new IllegalArgumentException(
          "lexicon 'crisis-reading': missing or unknown class in line '" + line + "'");
    }
    double w = f.length == 3 ? WeightedLine.weight("crisis-reading", line, f[2]) : 0;
    return payload(found, w);
  }
}
