package io.github.peerled.rules.detect;

import java.util.Locale;

/**
 * What a contribution (or one sentence of it) does in a peer support conversation. Immutable and
 * thread-safe.
 *
 * <p>The declaration order matters: it is the precedence when the sentences of a contribution are
 * combined (advice wins, then sharing, then question, then other) and the order of the detector's
 * weight vectors.
 */
public enum Label {
  /** Tells another person what to do: directives, suggestions, prescriptive instructions. */
  ADVICE,
  /** Tells one's own experience: what happened, what worked, how it felt. */
  SHARING,
  /** Asks to understand more, without suggesting a course of action. */
  QUESTION,
  /** Anything else: empathy, affirmation, thanks, greetings, small talk. */
  OTHER;

  /**
   * The label as written in data files and command output.
   *
   * @return the lower-case name, for example {@code "advice"}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a label code, ignoring case and surrounding white space.
   *
   * @param code a code such as {@code "advice"} or {@code "SHARING"}
   * @return the label
   * @throws IllegalArgumentException if the code names no label
   */
  public static Label fromCode(String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    for (Label l : values()) {
      if (l.name().equals(c)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown label: '" + code + "'");
  }
}
