package io.github.peerled.rules;

import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableClause;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.guideline.ImmutableRuleBinding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Guidelines, resources and rule sets for tests. */
final class Fixtures {
  static final Signpost CRISIS_LINE =
      Signpost.of(Signpost.Kind.CRISIS, "the Samaritans", "116 123");
  static final Signpost COUNSELLING =
      Signpost.of(Signpost.Kind.SUPPORT, "the clinic's psychology team", "ask at reception");

  private Fixtures() {}

  static Clause clause(String id, String text, String ruleId, Map<String, String> params) {
    return ImmutableClause.builder()
        .id(ClauseId.of(id))
        .text(text)
        .rule(ImmutableRuleBinding.builder().ruleId(ruleId).parameters(params).build())
        .build();
  }

  static Clause clause(String id, String text, String ruleId) {
    return clause(id, text, ruleId, Map.of());
  }

  static GuidelineVersion version(int number, List<Clause> clauses) {
    return ImmutableGuidelineVersion.builder()
        .number(number)
        .clauses(clauses)
        .effectiveAt(Instant.parse("2025-01-01T00:00:00Z"))
        .build();
  }

  /** Guidelines binding every built-in rule, with defaults, plus an amendment procedure. */
  static List<Clause> allRules() {
    List<Clause> c = new ArrayList<>();
    c.add(Clause.of("confidential", "What is said in the group stays in the group."));
    c.add(
        clause(
            "sharing",
            "We share our own experience; we don't tell each other what to do.",
            "sharing-not-advice"));
    c.add(
        clause(
            "everyone",
            "Everyone counts: no request for support is left hanging.",
            "everyone-counts"));
    c.add(
        clause("safety", "If someone is in crisis we stop and make sure they get help.", "safety"));
    c.add(
        clause(
            "peers",
            "The facilitator is a peer, not the expert; medicines are for our care teams.",
            "facilitator-not-expert"));
    c.add(clause("myths", "We check claims together.", "peer-review"));
    c.add(clause("faq", "Mentors point to answers we already wrote.", "existing-answer"));
    c.add(
        Clause.of(
            "amend", "Any member may propose a change to our guidelines; we decide by consent."));
    return c;
  }

  static GuidelineVersion allRulesVersion() {
    return version(3, allRules());
  }

  static GroupResources resources() {
    return GroupResources.custom()
        .addAllSignposts(List.of(CRISIS_LINE, COUNSELLING))
        .addMyth(
            ImmutableKnownMyth.builder()
                .id("cinnamon")
                .claim("cinnamon cures diabetes")
                .addAllPhrases(
                    List.of("cinnamon cures", "cinnamon cured", "cure diabetes with cinnamon"))
                .resource(
                    Signpost.of(
                        Signpost.Kind.INFORMATION,
                        "the charity's page on food myths",
                        "leaflet 12"))
                .build())
        .addMyth(
            ImmutableKnownMyth.builder()
                .id("fruit")
                .claim("people with diabetes can't eat fruit")
                .addAllPhrases(
                    List.of("can't eat fruit", "cannot eat fruit", "no fruit for diabetics"))
                .build())
        .addFaq(
            ImmutableFaqEntry.builder()
                .id("flying")
                .title("Flying with insulin")
                .addAllPhrases(
                    List.of("flown with insulin", "fly with insulin", "airport security"))
                .link("guides/flying")
                .build())
        .addFaq(
            ImmutableFaqEntry.builder()
                .id("transition")
                .title("Moving to adult clinic")
                .addAllPhrases(List.of("adult clinic", "transition", "turn 18"))
                .link("guides/transition")
                .build())
        .build();
  }

  static RuleSet ruleSet(List<Clause> clauses) {
    return RuleSet.of(version(3, clauses), resources());
  }

  static List<Finding> review(List<Clause> clauses, Transcript t) {
    return ruleSet(clauses).review(t.context(), t.contributions);
  }

  /** Ann, Ben and Cy: the members of a short test session, as its header lines. */
  static final String THREE_MEMBERS =
      """
      @member a MEMBER Ann
      @member b MEMBER Ben
      @member c MEMBER Cy
      """;

  /** Ann, Bo and Cat, members, and Fay, the founding member who facilitates, as header lines. */
  static final String FACILITATED_BY_FAY =
      """
      @member ann MEMBER Ann
      @member bo MEMBER Bo
      @member cat MEMBER Cat
      @facilitator fay
      @member fay FOUNDING_MEMBER Fay
      """;

  /**
   * Reviews a short session under one clause.
   *
   * @param header the session's header lines (members, facilitator)
   * @param clause the clause, bound to the rule
   * @param ruleId the rule's id
   * @param lines the contributions
   * @return the rule's findings
   */
  static List<Finding> reviewUnder(Clause clause, String ruleId, String header, String lines) {
    return byRule(review(List.of(clause), Transcript.parse("s", header + lines)), ruleId);
  }

  /**
   * Returns the findings of every built-in rule on a session: a header (members, the facilitator,
   * opening lines) and the contributions after it.
   *
   * @param header the members and any contributions that open the session
   * @param lines the contributions under test
   * @return every rule's findings
   */
  static List<Finding> reviewAll(String header, String lines) {
    return review(allRules(), Transcript.parse("s", header + lines));
  }

  /**
   * Returns the no-comparing findings of a short session among Ann, Ben and Cy, members, reviewed
   * under one clause against comparing numbers.
   *
   * @param lines the contributions
   * @return the rule's findings
   */
  static List<Finding> comparingFindings(String lines) {
    return reviewUnder(
        clause("numbers", "We don't compare numbers; we talk about what helps.", "no-comparing"),
        "no-comparing",
        THREE_MEMBERS,
        lines);
  }

  /**
   * Returns the respectful-exchange findings of a short session among Ann, Ben and Cy, members, and
   * Nia, a newcomer, reviewed under one clause of respect.
   *
   * @param lines the contributions
   * @return the rule's findings
   */
  static List<Finding> respectFindings(String lines) {
    return reviewUnder(
        clause(
            "respect",
            "We speak to each other with respect: no personal remarks.",
            "respectful-exchange"),
        "respectful-exchange",
        """
        @member a MEMBER Ann
        @member b MEMBER Ben
        @member c MEMBER Cy
        @member n NEWCOMER Nia
        """,
        lines);
  }

  /** Ann, Bo and Cy, members, with a facilitator who does not speak, as header lines. */
  static final String ANN_BO_CY =
      """
      @member a MEMBER Ann
      @member b MEMBER Bo
      @member c MEMBER Cy
      @facilitator f
      """;

  /**
   * Returns the safety findings of a session among {@link #ANN_BO_CY}, reviewed by every rule.
   *
   * @param lines the contributions
   * @return the safety rule's findings
   */
  static List<Finding> safetyFindings(String lines) {
    return byRule(review(allRules(), Transcript.parse("s", ANN_BO_CY + lines)), "safety");
  }

  /**
   * Returns the safety findings of a session of one sharing by Ann, reviewed by every rule.
   *
   * @param text what Ann shares
   * @return the safety rule's findings
   */
  static List<Finding> safetyFindingsOfOne(String text) {
    return safetyFindings("10:00 a SHARING: " + text + "\n");
  }

  /**
   * Returns the contributions at which a session among {@link #FACILITATED_BY_FAY}, reviewed by
   * every rule, draws a crisis finding.
   *
   * @param lines the contributions
   * @return their numbers, in order
   */
  static List<Integer> crisisAt(String lines) {
    Transcript t = Transcript.parse("s", FACILITATED_BY_FAY + lines);
    return byRule(review(allRules(), t), "safety").stream()
        .filter(f -> f.action() == SuggestedAction.CHECK_SAFETY)
        .map(Finding::contribution)
        .toList();
  }

  /**
   * The contributions the existing-answer rule flags when member b says {@code text}, as a
   * contribution of {@code kind}, after member a's greeting, in a group with {@code resources}.
   */
  static List<Integer> existingAnswerAt(GroupResources resources, String kind, String text) {
    Transcript t =
        Transcript.parse(
            "s",
            "@member a MEMBER A\n@member b MEMBER B\n10:00 a SHARING: Hello.\n10:01 b "
                + kind
                + ": "
                + text
                + "\n");
    String rule = "existing-answer";
    RuleSet rules = RuleSet.of(version(3, List.of(clause("f", "Point.", rule))), resources);
    return at(byRule(rules.review(t.context(), t.contributions), rule));
  }

  static List<Finding> byRule(List<Finding> findings, String ruleId) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.ruleId().equals(ruleId)) {
        out.add(f);
      }
    }
    return out;
  }

  static List<Integer> at(List<Finding> findings) {
    List<Integer> out = new ArrayList<>();
    for (Finding f : findings) {
      out.add(f.contribution());
    }
    return out;
  }
}
