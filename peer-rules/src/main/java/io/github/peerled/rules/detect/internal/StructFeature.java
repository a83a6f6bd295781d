package io.github.peerled.rules.detect.internal;

import io.github.peerled.rules.detect.Label;
import java.util.List;

/**
 * The structural features of {@link FeatureExtractor}: the name of each (as in {@code model.tsv}),
 * the label it speaks for in evidence, and whether it points at words (counts and length do not).
 * Their indexes follow the cues in declaration order. Immutable.
 */
enum StructFeature {
  IMPERATIVE("imperative", Label.ADVICE, true),
  IMPERATIVE_HEDGED("imperative-hedged", Label.ADVICE, true),
  IMPERATIVE_PLEASE("imperative-please", Label.ADVICE, true),
  NEG_IMPERATIVE("neg-imperative", Label.ADVICE, true),
  YOU_START("you-start", Label.ADVICE, true),
  I_MODAL("i-modal", Label.ADVICE, true),
  I_PAST("i-past", Label.SHARING, true),
  I_PERFECT("i-perfect", Label.SHARING, true),
  I_PRESENT("i-present", Label.SHARING, true),
  NARRATIVE_PAST("narrative-past", Label.SHARING, true),
  MY("my", Label.SHARING, true),
  QUESTION_MARK("question-mark", Label.QUESTION, true),
  WH_START("wh-start", Label.QUESTION, true),
  AUX_START("aux-start", Label.QUESTION, true),
  AUX_YOU_START("aux-you-start", Label.QUESTION, true),
  EXCLAIM("exclaim", Label.OTHER, true),
  I_STANCE("i-stance", Label.OTHER, true),
  HEDGED_QUESTION("hedged-question", Label.ADVICE, true),
  SUGGESTION_QUESTION("suggestion-question", Label.ADVICE, true),
  SUBJECTLESS_STATE("subjectless-state", Label.SHARING, true),
  TIME_SPAN("time-span", Label.SHARING, true),
  PRON1("pron1", Label.SHARING, false),
  PRON1_MANY("pron1-many", Label.SHARING, false),
  PRON2("pron2", Label.ADVICE, false),
  PRON2_MANY("pron2-many", Label.ADVICE, false),
  SHORT("short", Label.OTHER, false),
  LONG("long", Label.OTHER, false),
  NO_PRONOUN("no-pronoun", Label.OTHER, false);

  /** Every feature, in index order. */
  static final List<StructFeature> ALL = List.of(values());

  final String code;
  final Label label;
  final boolean spanned;

  StructFeature(String code, Label label, boolean spanned) {
    this.code = code;
    this.label = label;
    this.spanned = spanned;
  }
}
