package io.github.peerled.core.internal;

import io.github.peerled.core.decision.Poll;
import io.github.peerled.core.decision.PollKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What makes an answer fit a poll, shared by the engine's decision, its event checks and the count.
 * Not part of the API: internal use only.
 */
public final class PollRules {
  private PollRules() {}

  /**
   * Checks an answer's shape against a poll's kind and number of options.
   *
   * @param kind the poll's kind
   * @param options how many options the poll has
   * @param choices the answer's option indices
   * @param scores the answer's scores
   * @return what is wrong, naming the field by its JSON path; null if the answer fits
   */
  public static @Nullable String checkAnswer(
      PollKind kind, int options, List<Integer> choices, List<Integer> scores) {
    if (kind == PollKind.SCORE) {
      if (!choices.isEmpty()) {
        return "$.choices: a score poll takes scores, not choices";
      }
      if (scores.size() != options) {
        return "$.scores: a score poll takes one score per option ("
            + options
            + "), was "
            + scores.size();
      }
      for (int i = 0; i < scores.size(); i++) {
        int v = scores.get(i);
        if (v < 0 || v > Poll.MAX_SCORE) {
          return "$.scores[" + i + "]: a score is 0 to " + Poll.MAX_SCORE + ", was " + v;
        }
      }
      return null;
    }
    if (!scores.isEmpty()) {
      return "$.scores: only a score poll takes scores";
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < choices.size(); i++) {
      int c = choices.get(i);
      if (c < 0 || c >= options) {
        return "$.choices[" + i + "]: no option " + c + "; the options are 0 to " + (options - 1);
      }
      if (!seen.add(c)) {
        return "$.choices[" + i + "]: option " + c + " is chosen twice";
      }
    }
    if ((kind == PollKind.SENSE_CHECK || kind == PollKind.SIMPLE_CHOICE) && choices.size() != 1) {
      return "$.choices: a " + describe(kind) + " takes exactly one choice, was " + choices.size();
    }
    if (kind == PollKind.RANKED_CHOICE && choices.isEmpty()) {
      return "$.choices: a ranked choice takes at least one option, most preferred first";
    }
    return null;
  }

  /**
   * Names a kind of poll in words.
   *
   * @param kind the kind
   * @return its name in words, such as "sense check"
   */
  public static String describe(PollKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + (kind == PollKind.TIME ? " poll" : "");
  }
}
