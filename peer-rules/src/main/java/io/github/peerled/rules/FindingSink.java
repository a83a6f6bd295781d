package io.github.peerled.rules;

/**
 * Where a {@link RuleSession} reports findings. Not thread-safe; valid only during the call it is
 * passed to.
 */
public interface FindingSink {
  /**
   * Starts a finding, with the rule id, clause, guideline version, session and contribution filled
   * in.
   *
   * @param severity how strongly it asks for attention
   * @param action what a facilitator might do
   * @param message a plain message a facilitator could read aloud
   * @return a builder to add evidence to, then pass to {@link #report(Finding)}
   */
  ImmutableFinding.Builder draft(Severity severity, SuggestedAction action, String message);

  /**
   * Reports a finding.
   *
   * @param finding the finding
   */
  void report(Finding finding);
}
