package io.github.peerled.core.decision;

/**
 * What a non-binding poll asks, and so what an answer holds and how the result is counted. A poll
 * never changes the group's governance: it tells the group where it stands, and its result may seed
 * a proposal, which the group then decides by its procedure.
 */
public enum PollKind {
  /**
   * A sense check: each answer picks one option (such as "agree", "unsure", "disagree"); the result
   * counts each option.
   */
  SENSE_CHECK,
  /**
   * A time poll: the options are time slots, and each answer names every slot that suits the member
   * (possibly none); the result counts each slot, and the most available slot wins.
   */
  TIME,
  /** A simple choice: each answer picks one option; the option picked most often wins. */
  SIMPLE_CHOICE,
  /**
   * A ranked choice: each answer ranks some or all options, most preferred first; the result is an
   * instant run-off (see {@link PollResult}).
   */
  RANKED_CHOICE,
  /**
   * A score poll: each answer gives every option a score from 0 to {@link Poll#MAX_SCORE}; the
   * result is each option's sum and mean, and the highest sum wins.
   */
  SCORE
}
