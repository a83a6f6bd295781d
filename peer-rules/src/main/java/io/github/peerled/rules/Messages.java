package io.github.peerled.rules;

import java.util.ArrayList;
import java.util.List;

/** Messages for rule bindings that do not fit. */
final class Messages {
  private Messages() {}

  static String unknownParameter(Rule rule, String name) {
    List<String> names = new ArrayList<>();
    for (Parameter<?> p : rule.parameters()) {
      names.add(p.name());
    }
    return "rule '"
        + rule.id()
        + "' has no parameter '"
        + name
        + "'; its parameters are "
        + (names.isEmpty() ? "none" : String.join(", ", names));
  }

  static String unknownRule(String id, Iterable<String> known) {
    return "there is no rule '" + id + "'; known rules are " + String.join(", ", known);
  }
}
