package io.github.peerled.rules.internal;

import java.util.Locale;

/**
 * The kinds of cue phrase the analysis looks for. Each built-in kind is a lexicon: a list of
 * phrases per language, read from data, never from code.
 */
enum Cue {
  /** "you should", "you need to", "if I were you". */
  DIRECTIVE,
  /** Advice phrased as a question: "have you tried", "why don't you". */
  ADVICE_QUESTION,
  /** Verbs that give advice when they open a sentence: "try", "stop", "take". */
  IMPERATIVE,
  /** Phrases that look like advice but are kindness: "take care", "don't worry". */
  NEUTRAL,
  /** Speaking for oneself: "I", "my", "for me". */
  FIRST_PERSON,
  /** Addressing someone: "you", "your". */
  SECOND_PERSON,
  /** The generic you of sharing: "you know how it is", "you know what it's like". */
  GENERIC_YOU,
  /** Reporting what someone else said: "my nurse said", "I was told". */
  REPORTED,
  /** Markers of sarcasm: "oh sure", "that'll fix everything". */
  SARCASM,
  /** Markers of a question to the group: "has anyone", "does anyone". */
  QUESTION,
  /** Medicines, doses and units: "insulin", "mg", "units". */
  MEDICAL_TERM,
  /** Prescriptive medical instructions: "stop taking", "double your dose". */
  MEDICAL_INSTRUCTION,
  /** Crisis language: suicide, self-harm. */
  CRISIS,
  /** Graphic detail of violence or injury. */
  GRAPHIC,
  /** Trauma themes: abuse, assault. */
  TRAUMA,
  /** Clause text that hands decisions to outsiders. */
  OUTSIDER_DECIDES,
  /** Clause text that says how the group changes its guidelines. */
  AMENDMENT_PROCEDURE,
  /** A group-configured myth phrase (payload: the myth's index). */
  MYTH,
  /** A group-configured FAQ phrase (payload: the entry's index). */
  FAQ,

  // Everyone counts and evidence quotes; optional lexicons (a language may leave them out).
  /** Distress in a request for support: "please", "anyone", "can't cope", "falling apart". */
  DISTRESS,
  /** Welcoming someone: "welcome", "glad you're here". */
  WELCOME,
  /** Negations a quote must not cut off: "not", "never", "don't", "no need to". */
  NEGATION,

  // Respectful exchange (personal remarks) and no comparing (competitive comparison of numbers).
  /** A personal attack by itself: "shut up", "nobody asked you", "get a life". */
  ATTACK,
  /** An insult or slur, an attack when aimed at a person: "idiot", "pathetic". */
  CONTEMPT,
  /** Words that may stand between a person and an insult: "are", "a" (a word list, not scanned). */
  ATTACK_LINK,
  /**
   * Possessive words, after an insult qualifies a thing: "my", "your" (a word list, not scanned).
   */
  POSSESSIVE,
  /** Reassurance, empathy or self-talk around an insult: "you're not", "you feel", "silly me". */
  NOT_ATTACK,
  /** Competition or comparison aimed at others: "than yours", "beat that", "who's lowest". */
  COMPARING,
  /** Kind or own-progress comparisons: "better than you think", "than you were". */
  NOT_COMPARING,
  /** Numbers people compare: "hba1c", "time in range", "weight", "units". */
  MEASURE,

  // Crisis reading (safety): classes of words combined by structure; optional lexicon.
  /** The classes of the crisis reading (payload: a {@link CrisisConcept} and its weight). */
  CRISIS_READING;

  /** Returns the lexicon's file name, without extension: {@code advice-question}. */
  String listName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Tells whether this cue is read from a lexicon file. */
  boolean fromLexicon() {
    return this != MYTH && this != FAQ;
  }

  /** Returns this cue's bit in a set of cues; fewer than 64 cues, fixed at compile time. */
  @SuppressWarnings("EnumOrdinal") // a bit set within one run, never stored
  long bit() {
    return 1L << ordinal();
  }
}
