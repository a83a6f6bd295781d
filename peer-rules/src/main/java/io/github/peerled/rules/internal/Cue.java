package io.github.peerled.rules.internal;

import io.github.peerled.rules.detect.internal.Lexicon;
import java.util.Locale;

/**
 * The kinds of cue phrase the analysis looks for. Each built-in kind is a lexicon: a list of
 * phrases per language, read from data, never from code.
 */
enum Cue implements Lexicon.Tag {
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

  // Sharing not advice: what makes a directive advice aimed at another member (optional lexicons).
  /**
   * Words that may stand before an imperative at the opening of a clause: "and", "honestly",
   * "maybe" (a word list, not scanned).
   */
  ADVICE_OPENER,
  /** Addressing the whole group: "everyone", "you all". */
  GROUP_ADDRESS,
  /** Encouragement a directive may carry: "proud of yourself", "easy on yourself". */
  ENCOURAGEMENT,
  /** Verbs of telling others what to do: "tell", "advising" (as in "don't tell him to ..."). */
  ADVISING,

  // Respectful exchange read by structure; optional lexicons (a language may leave them out).
  /** A put-down when it opens its sentence and ends its clause: "grow up", "give it a rest". */
  DISMISSAL,
  /** A sneer when it ends its sentence in a remark to someone: "lol ok", "sure, Jan". */
  SNEER,
  /** A mock title or mock praise: "Saint" before a name, ", Einstein." as a form of address. */
  MOCK,
  /** Scorn for what was said, when aimed at it: "rubbish", "nonsense", "garbage". */
  SCORN,
  /** Some of those present, read like "you": "some people here", "certain members", "you lot". */
  GROUP_TARGET,
  /** What aims an insult or scorn word after it at the listener: "and you know it", "of you". */
  AIM_TAIL,
  /** He or she, a member when one was just named (a word list, not scanned). */
  THIRD_PERSON,
  /** What a member says: "idea", "comment", "advice" (a word list, not scanned). */
  CONTRIBUTION_WORD,
  /** Words that point at what was just said: "that" (a word list, not scanned). */
  REFERENT,
  /** Interjections before a put-down: "oh", "seriously" (a word list, not scanned). */
  INTERJECTION,
  /**
   * Words that side with what someone said: "exactly", "quite", "right" (with a subject), "not
   * wrong" (a word list, not scanned; read only just after a remark, see {@link JoiningIn}).
   */
  SIDING,

  // Graphic detail read by composition (safety); optional lexicons.
  /** Verbs of violence or injury: "slashed", "crushed", "gouged". */
  HARM_VERB,
  /** Bodily matter: "blood", "bone", "guts", "pus". */
  BODILY_MATTER,
  /** Body parts: "face", "throat", "eyes", "hand". */
  BODY_PART,
  /** Wounds and what treats them: "wound", "stump", "drain". */
  WOUND,
  /** What was done to a body in plain words: "the wrong way", "came away with", "melted". */
  DAMAGE,
  /**
   * What was seen, heard or smelt of a hurt body: "the smell", "the noise he made", "so much of
   * it".
   */
  SENSORY,

  // Crisis reading (safety): classes of words combined by structure; optional lexicon.
  /** The classes of the crisis reading (payload: a {@link CrisisConcept} and its weight). */
  CRISIS_READING,

  // Respectful exchange and no comparing read by combination; optional lexicons.
  /**
   * A jibe that makes a personal remark only beside another: mock praise ("well done", "gold
   * star"), sarcasm ("oh i'm sure"), blame for a habit ("as usual"), an imputed motive ("for
   * attention"), belittling ("his little", "people like you").
   */
  BARB,
  /**
   * Laughter or affection that makes a mild remark friendly teasing between regulars: a laughing
   * face, "jk", a heart ("rafi u absolute muppet" with a laughing face).
   */
  TEASE,
  /**
   * Calling a remark out, which stops an attack rather than makes one: "that's out of order", "stop
   * there", "we don't talk to each other like that", "take a breather".
   */
  CALL_OUT,
  /**
   * What sets a number against another's when said of a number: "is nothing", "doesn't count", "at
   * least i'm not", "like me".
   */
  RIVALRY,

  // Medical instructions said indirectly, and myths mentioned only to be doubted; optional
  // lexicons.
  /**
   * What puts a dose or medicine change to someone without a "you should": a hedge in the speaker's
   * voice ("i'd", "if it were me"), a majority ("most people", "most of us"), a softened directive
   * ("you want to be", "you can", "the trick is to"). Read with {@link #DOSE_VERB} after it.
   */
  INDIRECT_ADVICE,
  /**
   * Verbs of taking or changing a medicine or dose: "up", "drop", "halve", "taking", "move" (a word
   * list, not scanned).
   */
  DOSE_VERB,
  /**
   * Doubt or debunking of a claim just mentioned: "which is rubbish", "not convinced", "wouldn't
   * bank on it", "i explained it isn't".
   */
  DOUBT,
  /**
   * A stem of a group-configured myth phrase's content words (payload: see {@link PhraseWords}), so
   * a myth is met in other words and forms.
   */
  MYTH_WORD,

  // Sharing not advice: pointing a member to their own care team; optional lexicon.
  /**
   * One's own clinician or care team, as a member is pointed to them: "your gp", "your nurse",
   * "your care team". After a verb of consulting ("talk to", "ask", "check with") it signposts
   * rather than advises.
   */
  CARE_TEAM,

  // Crisis reading (safety): what turns crisis words into an everyday complaint; optional lexicon.
  /**
   * An everyday load named as what a complaint is about ("the washing-up", "three essays", "this
   * job", "no sleep"), or a laugh that goes with it ("lol", a skull); payload: see {@link
   * CrisisEveryday}.
   */
  CRISIS_EVERYDAY,

  // Crisis reading (safety): plans told as settled affairs, read outside the learned reading;
  // optional lexicon.
  /**
   * Settled affairs and what makes them a final arrangement or an everyday one (payload: a class of
   * {@link CrisisArrangement}): "squared away", "won't need", "sunday night", "on my own".
   */
  CRISIS_ARRANGEMENT,

  // Existing answer: group-configured, like FAQ.
  /**
   * A stem of a group-configured FAQ phrase's content words (payload: see {@link PhraseWords}), so
   * a question the FAQ answers is met in other words and forms ("those naloxone kits").
   */
  FAQ_WORD,

  /**
   * A stem of a core term of a group-configured FAQ entry (payload: see {@link FaqTerms}), so a
   * question the FAQ answers is met in the member's own words ("what do we do on sick days?").
   */
  FAQ_TERM;

  private static final Cue[] VALUES = values();

  /** Returns the cue of a number, its {@link #ordinal()}. */
  static Cue of(int ordinal) {
    return VALUES[ordinal];
  }

  /** Returns the lexicon's file name, without extension: {@code advice-question}. */
  String listName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Tells whether this cue is read from a lexicon file. */
  boolean fromLexicon() {
    return this != MYTH && this != FAQ && this != MYTH_WORD && this != FAQ_WORD && this != FAQ_TERM;
  }

  /** Returns this cue's bit in a set of cues; fewer than 64 cues, fixed at compile time. */
  @SuppressWarnings("EnumOrdinal") // a bit set within one run, never stored
  long bit() {
    return 1L << ordinal();
  }
}
