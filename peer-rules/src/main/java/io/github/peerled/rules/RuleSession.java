package io.github.peerled.rules;

/**
 * A rule's state for one session. It reads the contributions in session order, each once, and
 * reports findings as it goes, with constant amortised work per contribution. Feeding the same
 * contributions in the same order must give the same findings, however the calls are split.
 *
 * <p>Not thread-safe: a session state is confined to the thread reviewing its session.
 */
public interface RuleSession {
  /**
   * Reads the next contribution.
   *
   * @param contribution the contribution, analysed
   * @param sink where to report findings
   */
  void accept(AnalyzedContribution contribution, FindingSink sink);

  /**
   * Ends the session: reports what only shows over the whole session (participation equity,
   * requests left unanswered). Does nothing unless overridden.
   *
   * @param sink where to report findings
   */
  default void finish(FindingSink sink) {}
}
