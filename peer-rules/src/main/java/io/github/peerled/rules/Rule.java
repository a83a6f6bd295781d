package io.github.peerled.rules;

import java.util.List;

/**
 * A facilitation rule: the executable form of a kind of guideline clause. A rule has an id that
 * clauses bind to, a description and typed parameters; for each session it starts a {@link
 * RuleSession} that reads the contributions one by one, in session order.
 *
 * <p>Implementations must be thread-safe and stateless: all per-session state lives in the {@link
 * RuleSession}. Hosts add their own rules to a {@link RuleRegistry}.
 */
public interface Rule {
  /**
   * Returns the id that guideline clauses bind to.
   *
   * @return for example {@code sharing-not-advice}: lowercase letters, digits and hyphens
   */
  String id();

  /**
   * Returns what the rule looks for, in plain words.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the rule's parameters.
   *
   * @return the parameters, in documentation order
   */
  List<Parameter<?>> parameters();

  /**
   * Starts reviewing one session.
   *
   * @param parameters the binding's parameters, parsed
   * @param context who is in the session
   * @param resources what the group configured
   * @return a new session state; never shared between sessions
   */
  RuleSession startSession(
      RuleParameters parameters, GroupContext context, GroupResources resources);
}
