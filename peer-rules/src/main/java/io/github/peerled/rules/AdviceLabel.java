package io.github.peerled.rules;

/** What a text does, as a classifier reads it. */
public enum AdviceLabel {
  /** Tells someone else what to do. */
  ADVICE,
  /** Speaks from one's own experience. */
  SHARING,
  /** Asks the group something. */
  QUESTION,
  /** None of these. */
  OTHER
}
