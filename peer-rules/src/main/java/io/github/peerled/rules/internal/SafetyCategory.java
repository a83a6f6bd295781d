package io.github.peerled.rules.internal;

import java.util.Locale;

/**
 * What a phrase of the safety lexicons ({@code crisis}, {@code graphic}, {@code trauma}) is about,
 * and how much it weighs. A line of those lists reads {@code phrase<TAB>category<TAB>weight}: one
 * phrase of weight at least the threshold suffices, weaker ones add up. {@link #FALSE_ALARM}
 * phrases ("this heat is killing me", "blood sugar") weigh nothing and cancel the other phrases of
 * their list that overlap them. A plain line (a phrase alone) takes its list's default category and
 * weight. The category and weight travel as a phrase's payload in the {@link Lexicon}.
 */
enum SafetyCategory {
  VIOLENCE("violence"),
  INJURY("injury"),
  DEATH("death"),
  ABUSE("abuse"),
  SELF_HARM_AND_SUICIDE("self-harm"),
  MEDICAL_GORE("medical gore"),
  /** A phrase that looks like a cue but is not one: cancels the cues it overlaps. */
  FALSE_ALARM("nothing");

  /** The weight at or above which one phrase (or several together) make a crisis. */
  static final double CRISIS_THRESHOLD = 1.0;

  private static final SafetyCategory[] ALL = values();

  private final String description;

  SafetyCategory(String description) {
    this.description = description;
  }

  /** Returns the words a message uses for this category: {@code violence}, {@code self-harm}. */
  String description() {
    return description;
  }

  /** Returns the name used in lexicon files: {@code self-harm-and-suicide}. */
  String listName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Tells whether a cue's lexicon is read as weighted, categorised lines. */
  static boolean weighted(Cue cue) {
    return cue == Cue.CRISIS || cue == Cue.GRAPHIC || cue == Cue.TRAUMA;
  }

  /**
   * The category and weight of a plain line. A host's plain crisis list keeps its old meaning (any
   * phrase is a crisis), a plain graphic list too (two phrases in one contribution).
   */
  private static int defaultPayload(Cue cue) {
    return switch (cue) {
      case CRISIS -> payload(SELF_HARM_AND_SUICIDE, 1.0);
      case GRAPHIC -> payload(VIOLENCE, 0.5);
      default -> payload(ABUSE, 1.0);
    };
  }

  @SuppressWarnings("EnumOrdinal") // a payload within one run, never stored
  static int payload(SafetyCategory category, double weight) {
    return WeightedLine.pack(category.ordinal(), weight);
  }

  static SafetyCategory category(int payload) {
    return ALL[WeightedLine.ordinal(payload)];
  }

  static double weight(int payload) {
    return WeightedLine.weight(payload);
  }

  /** Returns the phrase of a lexicon line: the text before the first tab. */
  static String phrase(String line) {
    int tab = line.indexOf('\t');
    return (tab < 0 ? line : line.substring(0, tab)).strip();
  }

  /**
   * Returns the payload of a lexicon line.
   *
   * @throws IllegalArgumentException if the category is unknown or the weight is not a number from
   *     0 to 10
   */
  static int payload(Cue cue, String line) {
    String[] f = line.split("\t", -1);
    if (f.length == 1) {
      return defaultPayload(cue);
    }
    SafetyCategory category = WeightedLine.named(ALL, SafetyCategory::listName, f[1]);
    if (category == null || f.length > 3) {
      throw new IllegalArgumentException(
          "lexicon '" + cue.listName() + "': bad category or extra fields in line '" + line + "'");
    }
    if (f.length == 2) {
      return payload(category, category == FALSE_ALARM ? 0 : weight(defaultPayload(cue)));
    }
    double w = WeightedLine.weight(cue.listName(), line, f[2]);
    return payload(category, w);
  }
}
