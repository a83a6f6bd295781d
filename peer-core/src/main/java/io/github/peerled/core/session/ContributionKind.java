package io.github.peerled.core.session;

/** What a contribution says it is, as the host or the author labels it (a hint, not a verdict). */
public enum ContributionKind {
  /** Sharing one's own experience. */
  SHARING,
  /** A question. */
  QUESTION,
  /** A request for support, which the group should never leave hanging. */
  REQUEST_FOR_SUPPORT,
  /** A response to another contribution. */
  RESPONSE,
  /** Anything else. */
  OTHER
}
