package io.github.peerled.core.sim;

/**
 * What a simulated facilitator does when a policy intervenes. Each intervention is recorded in the
 * engine as a contribution of the session's facilitator, with a fixed text. Immutable and
 * thread-safe.
 */
public enum InterventionKind {
  /** Invites a member who has not spoken yet. */
  INVITE("Let us hear from someone who has not spoken yet."),
  /** Asks the group to respond to a pending request for support. */
  PROMPT_RESPONSE("Before we move on: can someone respond to that request for support?"),
  /** Asks a member to share their own experience instead of giving advice. */
  REFRAME("Could you tell us what you experienced yourself, rather than what others should do?"),
  /** Meets a trauma story: affirms the person, points to help, brings the group back. */
  SAFETY("Thank you for trusting us with that. Help is there for you; let us return to our topic."),
  /** Acts on a finding of the group's facilitation rules. */
  RULE_FINDING("Our guidelines ask us to keep to them here; let us take a moment.");

  private final String text;

  InterventionKind(String text) {
    this.text = text;
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
