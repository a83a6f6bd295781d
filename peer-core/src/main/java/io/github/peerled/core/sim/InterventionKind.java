package io.github.peerled.core.sim;

import io.github.peerled.core.session.ContributionAct;

/**
 * What a simulated facilitator does when a policy intervenes. Each intervention is recorded in the
 * engine as a contribution of the session's facilitator that carries it as data ({@link
 * ContributionAct}), with a fixed text for the rules to read. Immutable and thread-safe.
 */
public enum InterventionKind {
  /** Invites a member who has not spoken yet. */
  INVITE(ContributionAct.INVITATION, "Let us hear from someone who has not spoken yet."),
  /** Asks the group to respond to a pending request for support. */
  PROMPT_RESPONSE(
      ContributionAct.RESPONSE_PROMPT,
      "Before we move on: can someone respond to that request for support?"),
  /** Asks a member to share their own experience instead of giving advice. */
  REFRAME(
      ContributionAct.REFRAME,
      "Could you tell us what you experienced yourself, rather than what others should do?"),
  /** Meets a trauma story: affirms the person, points to help, brings the group back. */
  SAFETY(
      ContributionAct.SAFETY_RESPONSE,
      "Thank you for trusting us with that. Help is there for you; let us return to our topic."),
  /** Acts on a finding of the group's facilitation rules. */
  RULE_FINDING(
      ContributionAct.GUIDELINE_REMINDER,
      "Our guidelines ask us to keep to them here; let us take a moment.");

  private final ContributionAct act;
  private final String text;

  InterventionKind(ContributionAct act, String text) {
    this.act = act;
    this.text = text;
  }

  /**
   * Returns what the intervention is recorded as doing.
   *
   * @return the contribution's act, one of its own for each intervention
   */
  public ContributionAct act() {
    return act;
  }

  /**
   * Returns the text the intervention is recorded with.
   *
   * @return the text
   */
  public String text() {
    return text;
  }
}
