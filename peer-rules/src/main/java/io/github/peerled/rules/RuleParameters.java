package io.github.peerled.rules;

import io.github.peerled.core.runtime.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed parameters of one rule binding: every parameter of the rule, set or defaulted.
 * Immutable and thread-safe.
 */
public final class RuleParameters {
  private final Map<String, Object> values;

  private RuleParameters(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * Returns a parameter's value.
   *
   * @param <T> the value's type
   * @param parameter the parameter, one of the rule's
   * @return the value set in the binding, or the default
   */
  public <T> T get(Parameter<T> parameter) {
    Object v = values.get(parameter.name());
    @SuppressWarnings("unchecked") // values are put by parse(), from the same parameter
    T t = v == null ? parameter.defaultValue() : (T) v;
    return t;
  }

  /**
   * Returns the defaults of a rule.
   *
   * @param rule the rule
   * @return the parameters, all defaulted
   */
  public static RuleParameters ofDefaults(Rule rule) {
    return new RuleParameters(Map.of());
  }

  /**
   * Parses a binding's parameters, collecting what is wrong.
   *
   * @param rule the rule
   * @param raw the parameters as written
   * @param path the JSON path of the parameters, for violations
   * @param violations where to add what is wrong
   * @return the parameters, with defaults where a value is missing or wrong
   */
  public static RuleParameters parse(
      Rule rule, Map<String, String> raw, String path, List<Violation> violations) {
    Map<String, Parameter<?>> byName = new HashMap<>();
    for (Parameter<?> p : rule.parameters()) {
      byName.put(p.name(), p);
    }
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<String, String> e : raw.entrySet()) {
      Parameter<?> p = byName.get(e.getKey());
      String at = path + "." + e.getKey();
      if (p == null) {
        violations.add(
            ViolationCode.UNKNOWN_PARAMETER.at(at, Messages.unknownParameter(rule, e.getKey())));
        continue;
      }
      try {
        values.put(p.name(), p.parse(e.getValue()));
      } catch (IllegalArgumentException ex) {
        violations.add(
            ViolationCode.INVALID_PARAMETER.at(at, "rule '" + rule.id() + "': " + ex.getMessage()));
      }
    }
    return new RuleParameters(Map.copyOf(values));
  }
}
