package io.github.peerled.rules.internal;

import io.github.peerled.rules.Rule;
import java.util.List;

/** The built-in rules and their ids. */
public final class BuiltinRules {
  /** Id of {@link SharingNotAdviceRule}. */
  public static final String SHARING_NOT_ADVICE = "sharing-not-advice";

  /** Id of {@link EveryoneCountsRule}. */
  public static final String EVERYONE_COUNTS = "everyone-counts";

  /** Id of {@link SafetyRule}. */
  public static final String SAFETY = "safety";

  /** Id of {@link FacilitatorNotExpertRule}. */
  public static final String FACILITATOR_NOT_EXPERT = "facilitator-not-expert";

  /** Id of {@link PeerReviewRule}. */
  public static final String PEER_REVIEW = "peer-review";

  /** Id of {@link ExistingAnswerRule}. */
  public static final String EXISTING_ANSWER = "existing-answer";

  /** Id of {@link RespectfulExchangeRule}: personal attacks, contempt and name-calling. */
  public static final String RESPECTFUL_EXCHANGE = "respectful-exchange";

  /** Id of {@link NoComparingRule}: competitive comparison of numbers between members. */
  public static final String NO_COMPARING = "no-comparing";

  private static final List<Rule> ALL =
      List.of(
          new SharingNotAdviceRule(),
          new EveryoneCountsRule(),
          new SafetyRule(),
          new FacilitatorNotExpertRule(),
          new PeerReviewRule(),
          new ExistingAnswerRule(),
          new RespectfulExchangeRule(),
          new NoComparingRule());

  private BuiltinRules() {}

  /**
   * Returns the built-in rules.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * Returns the crisis check that runs when no clause binds the safety rule.
   *
   * @return the rule
   */
  public static Rule crisisOnly() {
    return SafetyRule.CRISIS_ONLY;
  }
}
