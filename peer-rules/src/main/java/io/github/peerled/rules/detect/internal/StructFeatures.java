package io.github.peerled.rules.detect.internal;

import io.github.peerled.rules.detect.Label;

/**
 * The structural features of {@link FeatureExtractor}: their names, the label each speaks for in
 * evidence, and their indexes after the cues. Features before {@link #SPANLESS_FROM} point at
 * words; the others (counts, length) do not. Constants only.
 */
final class StructFeatures {
  private StructFeatures() {}

  static final String[] STRUCT = {
    "imperative",
    "imperative-hedged",
    "imperative-please",
    "neg-imperative",
    "you-start",
    "i-modal",
    "i-past",
    "i-perfect",
    "i-present",
    "narrative-past",
    "my",
    "question-mark",
    "wh-start",
    "aux-start",
    "aux-you-start",
    "exclaim",
    "i-stance",
    "hedged-question",
    "suggestion-question",
    "pron1",
    "pron1-many",
    "pron2",
    "pron2-many",
    "short",
    "long",
    "no-pronoun",
  };

  static final Label[] STRUCT_LABEL = {
    Label.ADVICE,
    Label.ADVICE,
    Label.ADVICE,
    Label.ADVICE,
    Label.ADVICE,
    Label.ADVICE,
    Label.SHARING,
    Label.SHARING,
    Label.SHARING,
    Label.SHARING,
    Label.SHARING,
    Label.QUESTION,
    Label.QUESTION,
    Label.QUESTION,
    Label.QUESTION,
    Label.OTHER,
    Label.OTHER,
    Label.ADVICE,
    Label.ADVICE,
    Label.SHARING,
    Label.SHARING,
    Label.ADVICE,
    Label.ADVICE,
    Label.OTHER,
    Label.OTHER,
    Label.OTHER,
  };

  static final int IMPERATIVE = 0;
  static final int IMPERATIVE_HEDGED = 1;
  static final int IMPERATIVE_PLEASE = 2;
  static final int NEG_IMPERATIVE = 3;
  static final int YOU_START = 4;
  static final int I_MODAL = 5;
  static final int I_PAST = 6;
  static final int I_PERFECT = 7;
  static final int I_PRESENT = 8;
  static final int NARRATIVE_PAST = 9;
  static final int MY = 10;
  static final int QUESTION_MARK = 11;
  static final int WH_START = 12;
  static final int AUX_START = 13;
  static final int AUX_YOU_START = 14;
  static final int EXCLAIM = 15;
  static final int I_STANCE = 16;
  static final int HEDGED_QUESTION = 17;
  static final int SUGGESTION_QUESTION = 18;
  static final int PRON1 = 19;
  static final int PRON1_MANY = 20;
  static final int PRON2 = 21;
  static final int PRON2_MANY = 22;
  static final int SHORT = 23;
  static final int LONG = 24;
  static final int NO_PRONOUN = 25;
  static final int SPANLESS_FROM = PRON1;
}
