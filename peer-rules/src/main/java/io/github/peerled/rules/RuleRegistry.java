package io.github.peerled.rules;

import io.github.peerled.core.guideline.RuleBinding;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.rules.internal.BuiltinRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules guideline clauses may bind, by id: the built-ins, and whatever the host adds. Immutable
 * and thread-safe.
 */
public final class RuleRegistry {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final RuleRegistry BUILT_INS = builder().addBuiltIns().build();

  private final Map<String, Rule> rules;

  private RuleRegistry(Map<String, Rule> rules) {
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
  }

  /**
   * Returns the built-in rules: {@code sharing-not-advice}, {@code everyone-counts}, {@code
   * safety}, {@code facilitator-not-expert}, {@code peer-review}, {@code existing-answer}, {@code
   * respectful-exchange}, {@code no-comparing}.
   *
   * @return the registry
   */
  public static RuleRegistry ofDefaults() {
    return BUILT_INS;
  }

  /**
   * Returns an empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a rule by id.
   *
   * @param id the id
   * @return the rule, or empty if none has that id
   */
  public Optional<Rule> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * Returns the ids of the rules, in the order they were added.
   *
   * @return the ids
   */
  public List<String> ids() {
    return List.copyOf(rules.keySet());
  }

  /**
   * Returns the rules, in the order they were added.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /**
   * Checks a rule binding: that the rule exists and its parameters parse.
   *
   * @param binding the binding
   * @param path the binding's JSON path, for violations (for example {@code $.clauses[2].rule})
   * @return what is wrong; empty if the binding is valid
   */
  public List<Violation> validate(RuleBinding binding, String path) {
    List<Violation> out = new ArrayList<>();
    Rule rule = rules.get(binding.ruleId());
    if (rule == null) {
      out.add(
          ViolationCode.UNKNOWN_RULE.at(
              path + ".ruleId", Messages.unknownRule(binding.ruleId(), rules.keySet())));
      return out;
    }
    RuleParameters.parse(rule, binding.parameters(), path + ".parameters", out);
    return out;
  }

  /** Builds a registry. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds the built-in rules.
     *
     * @return this builder
     */
    public Builder addBuiltIns() {
      for (Rule r : BuiltinRules.all()) {
        add(r);
      }
      return this;
    }

    /**
     * Adds a rule, replacing any with the same id.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException if the rule's id is not lowercase words joined by hyphens
     */
    public Builder add(Rule rule) {
      if (!ID.matcher(rule.id()).matches()) {
        throw new IllegalArgumentException(
            "a rule id is lowercase letters and digits joined by hyphens, was '" + rule.id() + "'");
      }
      rules.put(rule.id(), rule);
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     */
    public RuleRegistry build() {
      return new RuleRegistry(rules);
    }
  }
}
