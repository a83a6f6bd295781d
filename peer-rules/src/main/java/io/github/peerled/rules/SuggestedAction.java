package io.github.peerled.rules;

/** What a facilitator might do about a finding. A suggestion for a peer, never a sanction. */
public enum SuggestedAction {
  /** Invite the speaker to say what worked for them, rather than what others should do. */
  INVITE_REFRAME_AS_OWN_EXPERIENCE,
  /** Make room for someone who has not spoken yet. */
  INVITE_QUIET_MEMBER,
  /** Bring the group back to a request for support nobody has answered. */
  RESPOND_TO_UNANSWERED_REQUEST,
  /** Thank and affirm the person, and point to suitable help. */
  AFFIRM_AND_SIGNPOST,
  /** Gently bring the group back to its topic. */
  RETURN_TO_TOPIC,
  /** Ask the group what they have found, rather than correcting from above. */
  ASK_GROUP_TO_CHECK_CLAIM,
  /** Point to an answer the group has already written down. */
  POINT_TO_EXISTING_DOCUMENTATION,
  /** Suggest the person talks to their own care team about medicines and doses. */
  SUGGEST_OWN_CARE_TEAM,
  /** Notice that a few voices fill the session; share the time more evenly next round. */
  BALANCE_PARTICIPATION,
  /** Pause the session for a moment. */
  PAUSE,
  /**
   * Someone may be in crisis: respond now, ask gently whether they are safe, and point to crisis
   * help. Always {@link Severity#INTERVENE}.
   */
  CHECK_SAFETY,
  /**
   * Mark advice given by an advisor (a clinician, educator or staff member) as outside advice the
   * group invited, with a pointer to each person's own care team.
   */
  NOTE_OUTSIDE_ADVICE
}
