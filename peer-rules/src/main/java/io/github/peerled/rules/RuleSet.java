package io.github.peerled.rules;

import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.RuleBinding;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Detectors;
import io.github.peerled.rules.internal.Analyzer;
import io.github.peerled.rules.internal.BuiltinRules;
import io.github.peerled.rules.internal.SharedAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The active rules of a group: every clause of the guideline version in force that binds a rule,
 * with its parameters, in clause order, plus the shared text analysis (one scan per contribution
 * for all rules). Crisis language always surfaces: if no clause binds {@code safety}, a crisis
 * check runs anyway. Immutable and thread-safe; start one {@link SessionReview} per session.
 *
 * <p>Cost: each contribution is analysed once, in time and memory linear in the length of its text,
 * of which at most the first 1,000,000 chars (the longest text any field of a group may hold) are
 * read: the rules and the classifier see that part only, so what one contribution may cost is
 * bounded. A host's own {@link ContributionClassifier} is given that part too.
 */
public final class RuleSet {
  /** One clause's rule, with its parsed parameters. */
  record Active(Optional<ClauseId> clauseId, Rule rule, RuleParameters parameters) {}

  private final GuidelineVersion guidelines;
  private final GroupResources resources;
  private final List<Active> active;
  private final ContributionClassifier classifier;
  private final Analyzer analyzer;

  private RuleSet(
      GuidelineVersion guidelines,
      GroupResources resources,
      List<Active> active,
      ContributionClassifier classifier,
      Analyzer a) {
    this.guidelines = guidelines;
    this.resources = resources;
    this.active = active;
    this.classifier = classifier;
    this.analyzer = a;
  }

  /**
   * Returns the rule set of a guideline version, with the built-in rules and the default classifier
   * (see {@link Builder#classifier(ContributionClassifier)}).
   *
   * @param guidelines the version in force
   * @param resources what the group configured
   * @return the rule set
   * @throws InvalidGuidelinesException if a clause binds an unknown rule or bad parameters
   * @throws IllegalArgumentException if the resources' language has no built-in lexicons
   */
  public static RuleSet of(GuidelineVersion guidelines, GroupResources resources) {
    return builder(guidelines).resources(resources).build();
  }

  /**
   * Returns a builder.
   *
   * @param guidelines the version in force
   * @return the builder, with the built-in rules and lexicons, the default classifier and no
   *     resources
   */
  public static Builder builder(GuidelineVersion guidelines) {
    return new Builder(guidelines);
  }

  /**
   * Returns the guideline version the rules come from.
   *
   * @return the version
   */
  public GuidelineVersion guidelines() {
    return guidelines;
  }

  /**
   * Returns the advice/sharing classifier the rules read ({@link
   * AnalyzedContribution#classification()}): the one set on the builder, else {@link
   * Detectors#defaultDetector()} for English groups.
   *
   * @return the classifier
   */
  public ContributionClassifier classifier() {
    return classifier;
  }

  /**
   * Returns the ids of the active rules, one per binding clause, in clause order.
   *
   * @return the rule ids
   */
  public List<String> ruleIds() {
    List<String> out = new ArrayList<>();
    for (Active a : active) {
      if (a.clauseId().isPresent()) {
        out.add(a.rule().id());
      }
    }
    return out;
  }

  /**
   * Starts reviewing one session.
   *
   * @param context who is in the session
   * @return a new review, to feed the session's contributions in order
   */
  public SessionReview start(GroupContext context) {
    return new SessionReview(this, context);
  }

  /**
   * Reviews a whole session at once: the same findings as feeding its contributions one by one to
   * {@link #start(GroupContext)} and then finishing.
   *
   * @param context who is in the session
   * @param contributions the session's contributions, in order
   * @return the findings, in order
   * @throws IllegalArgumentException if the contributions are not of one session in order
   */
  public List<Finding> review(GroupContext context, List<Contribution> contributions) {
    SessionReview r = start(context);
    List<Finding> out = new ArrayList<>(r.acceptAll(contributions));
    out.addAll(r.finish());
    return out;
  }

  GroupResources resources() {
    return resources;
  }

  List<Active> active() {
    return active;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /** Builds a rule set. Not thread-safe. */
  public static final class Builder {
    private final GuidelineVersion guidelines;
    private GroupResources resources = GroupResources.ofDefaults();
    private RuleRegistry registry = RuleRegistry.ofDefaults();
    private LexiconSource lexicons = LexiconSource.builtIn();
    private @Nullable ContributionClassifier classifier;

    private Builder(GuidelineVersion guidelines) {
      this.guidelines = guidelines;
    }

    /**
     * Sets what the group configured.
     *
     * @param resources the resources
     * @return this builder
     */
    public Builder resources(GroupResources resources) {
      this.resources = resources;
      return this;
    }

    /**
     * Sets the rules clauses may bind.
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(RuleRegistry registry) {
      this.registry = registry;
      return this;
    }

    /**
     * Sets where lexicons come from (the built-in lists unless set).
     *
     * @param lexicons the source
     * @return this builder
     */
    public Builder lexicons(LexiconSource lexicons) {
      this.lexicons = lexicons;
      return this;
    }

    /**
     * Sets the advice/sharing classifier the rules read, for example a detector of {@link
     * Detectors#forLanguage(String)} or the host's own. Unless set, English groups use {@link
     * Detectors#defaultDetector()}, and groups in other languages the detector of their language's
     * resources ({@link Detectors#forLanguage(String)}).
     *
     * @param classifier the classifier; thread-safe and deterministic
     * @return this builder
     */
    public Builder classifier(ContributionClassifier classifier) {
      this.classifier = classifier;
      return this;
    }

    /**
     * Builds the rule set.
     *
     * @return the rule set
     * @throws InvalidGuidelinesException if a clause binds an unknown rule or bad parameters
     * @throws IllegalArgumentException if the lexicon source lacks a lexicon for the language, or
     *     no classifier is set and the language has no detector resources
     */
    public RuleSet build() {
      List<Violation> problems = new ArrayList<>();
      List<Active> active = new ArrayList<>();
      boolean safety = false;
      List<Clause> clauses = guidelines.clauses();
      for (int i = 0; i < clauses.size(); i++) {
        Clause c = clauses.get(i);
        if (c.rule().isEmpty()) {
          continue;
        }
        RuleBinding b = c.rule().get();
        String path = "$.clauses[" + i + "].rule";
        Optional<Rule> rule = registry.find(b.ruleId());
        if (rule.isEmpty()) {
          problems.addAll(registry.validate(b, path));
          continue;
        }
        RuleParameters p =
            RuleParameters.parse(rule.get(), b.parameters(), path + ".parameters", problems);
        active.add(new Active(Optional.of(c.id()), rule.get(), p));
        safety |= b.ruleId().equals(BuiltinRules.SAFETY);
      }
      if (!problems.isEmpty()) {
        throw new InvalidGuidelinesException(problems);
      }
      if (!safety) {
        Rule crisis = BuiltinRules.crisisOnly();
        active.add(new Active(Optional.empty(), crisis, RuleParameters.ofDefaults(crisis)));
      }
      ContributionClassifier c = classifier;
      if (c == null) {
        c = detectorFor(resources.language());
      }
      Analyzer analyzer = SharedAnalysis.analyzer(lexicons, resources, c);
      return new RuleSet(guidelines, resources, List.copyOf(active), c, analyzer);
    }

    private static ContributionClassifier detectorFor(String language) {
      if (language.equals("en")) {
        return Detectors.defaultDetector();
      }
      try {
        return Detectors.forLanguage(language);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "no advice/sharing classifier for language '"
                + language
                + "': set one with RuleSet.Builder.classifier, or add the detector's resources"
                + " under META-INF/peerled/lexicon/"
                + language
                + "/",
            e);
      }
    }
  }
}
