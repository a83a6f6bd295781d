package io.github.peerled.core.sim;

import io.github.peerled.core.session.ContributionAct;
import io.github.peerled.core.session.ContributionKind;

/**
 * What a simulated member does with a turn. Each act is recorded in the engine as a contribution
 * that carries it as data ({@link ContributionAct}), with a fixed kind hint and a fixed text for
 * the rules to read; a recorded session is read back into acts by the act alone, never by the text.
 * Immutable and thread-safe.
 */
public enum Act {
  /** Shares their own experience. */
  SHARE(
      ContributionAct.SHARING,
      ContributionKind.SHARING,
      "What helped me was walking after dinner; my readings came down."),
  /** Gives advice (what peer support tries to turn into sharing). */
  ADVISE(
      ContributionAct.ADVICE,
      ContributionKind.RESPONSE,
      "You should just stop eating bread, that is what works."),
  /** Asks the group a question. */
  ASK(ContributionAct.QUESTION, ContributionKind.QUESTION, "How do you all manage the evenings?"),
  /** Asks for support: the group should never leave it hanging. */
  REQUEST_SUPPORT(
      ContributionAct.REQUEST_FOR_SUPPORT,
      ContributionKind.REQUEST_FOR_SUPPORT,
      "I feel overwhelmed since my diagnosis. Can someone help me make sense of it?"),
  /** Responds to someone: to a pending request for support first, else to the last speaker. */
  RESPOND(
      ContributionAct.RESPONSE,
      ContributionKind.RESPONSE,
      "Thank you for saying that; I felt the same in my first year."),
  /** Tells an off-topic, graphic trauma story (which can set off an avalanche of them). */
  TRAUMA_STORY(
      ContributionAct.TRAUMA_STORY,
      ContributionKind.SHARING,
      "When my foot got infected they cut the wound open and there was blood everywhere.");

  private final ContributionAct act;
  private final ContributionKind kind;
  private final String text;

  Act(ContributionAct act, ContributionKind kind, String text) {
    this.act = act;
    this.kind = kind;
    this.text = text;
  }

  /**
   * Returns what the act is recorded as doing.
   *
   * @return the contribution's act, one of its own for each act
   */
  public ContributionAct act() {
    return act;
  }

  /**
   * Returns the kind of contribution the act is recorded as.
   *
   * @return the kind
   */
  public ContributionKind kind() {
    return kind;
  }

  /**
   * Returns the text the act is recorded with.
   *
   * @return the text
   */
  public String text() {
    return text;
  }
}
