package io.github.peerled.core.sim;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A facilitation policy named with its parameters, as data: {@code {"name": "sharing-not-advice",
 * "parameters": {"compliance": 0.7}}}. The name is resolved by {@link FacilitationPolicies} when
 * the value is built, so an unknown name or parameter is an error at once. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicySpec.class)
@JsonDeserialize(as = ImmutablePolicySpec.class)
public interface PolicySpec {
  /**
   * Returns the policy's name, such as {@code go-round}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the policy's parameters.
   *
   * @return the parameters by name, in order
   */
  Map<String, Double> parameters();

  /**
   * Returns a policy without parameters.
   *
   * @param name the policy's name
   * @return the spec
   * @throws IllegalStateException if no policy has that name
   */
  static PolicySpec of(String name) {
    return ImmutablePolicySpec.builder().name(name).build();
  }

  /**
   * Returns a policy with one parameter.
   *
   * @param name the policy's name
   * @param parameter the parameter's name
   * @param value the parameter's value
   * @return the spec
   * @throws IllegalStateException if no policy has that name or it takes no such parameter
   */
  static PolicySpec of(String name, String parameter, double value) {
    return ImmutablePolicySpec.builder().name(name).putParameter(parameter, value).build();
  }

  /**
   * Returns a short label, such as {@code sharing-not-advice(compliance=0.7)}.
   *
   * @return the label
   */
  default String label() {
    if (parameters().isEmpty()) {
      return name();
    }
    StringBuilder b = new StringBuilder(name()).append('(');
    String sep = "";
    for (Map.Entry<String, Double> e : parameters().entrySet()) {
      b.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = ",";
    }
    return b.append(')').toString();
  }

  /**
   * Checks that a policy of this name exists and accepts the parameters.
   *
   * @throws IllegalStateException if it does not
   */
  @Value.Check
  default void check() {
    try {
      FacilitationPolicies.resolve(this);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
