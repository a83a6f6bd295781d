package io.github.peerled.core.session;

/**
 * What a contribution does, as whoever records it knows it: a simulation that chose the act, a
 * facilitator or researcher who labelled a transcript. It is finer than the {@link
 * ContributionKind} hint (advice and a supportive response are both a {@code RESPONSE}; a trauma
 * story and sharing are both {@code SHARING}) and, unlike the rules' reading of the text, it is
 * never a guess. Recording it is optional; the engine stores it and checks nothing about it.
 */
public enum ContributionAct {
  /** Shares one's own experience. */
  SHARING,
  /** Tells another member what they should do, where the group shares its own experience. */
  ADVICE,
  /** Asks the group a question. */
  QUESTION,
  /** Asks for support, which the group should never leave hanging. */
  REQUEST_FOR_SUPPORT,
  /** Responds to another member: recognition, thanks, one's own experience of the same. */
  RESPONSE,
  /** Tells a graphic story of trauma, off the group's topic (it can set off more of them). */
  TRAUMA_STORY,
  /** The facilitator invites a member who has not spoken yet. */
  INVITATION,
  /** The facilitator asks the group to respond to a request for support still pending. */
  RESPONSE_PROMPT,
  /** The facilitator asks a member to tell their own experience instead of giving advice. */
  REFRAME,
  /** The facilitator meets a trauma story: affirms the person, points to help, returns to topic. */
  SAFETY_RESPONSE,
  /** The facilitator reminds the group of one of its guidelines. */
  GUIDELINE_REMINDER
}
