package io.github.peerled.examples.eval;

import io.github.peerled.rules.detect.Label;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accuracy per contrast-set category, with the gold labels seen and how often each label was
 * predicted. Categories are listed in the order first counted. Not thread-safe.
 */
final class CategoryTable {
  private static final class Row {
    final Set<String> gold = new TreeSet<>();
    final Map<Label, Integer> predicted = new EnumMap<>(Label.class);
    int n;
    int correct;
  }

  private final Map<String, Row> rows = new LinkedHashMap<>();

  /**
   * Counts one prediction.
   *
   * @param category the item's category
   * @param gold the gold label
   * @param predicted the predicted label
   */
  void add(String category, Label gold, Label predicted) {
    Row r = rows.computeIfAbsent(category, k -> new Row());
    r.gold.add(gold.code());
    r.predicted.merge(predicted, 1, Integer::sum);
    r.n++;
    if (gold == predicted) {
      r.correct++;
    }
  }

  /**
   * The table as text: one line per category with n, gold labels, accuracy and the predicted-label
   * counts.
   *
   * @return the table, one line per category after a header line
   */
  String render() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-26s %5s  %-20s %6s", "category", "n", "gold", "acc"));
    for (Label l : Label.values()) {
      sb.append(String.format(Locale.ROOT, " %8s", "->" + l.code()));
    }
    sb.append('\n');
    for (Map.Entry<String, Row> e : rows.entrySet()) {
      Row r = e.getValue();
      sb.append(
          String.format(
              Locale.ROOT,
              "%-26s %5d  %-20s %6.3f",
              e.getKey(),
              r.n,
              String.join("/", r.gold),
              r.n == 0 ? 0 : (double) r.correct / r.n));
      for (Label l : Label.values()) {
        sb.append(String.format(Locale.ROOT, " %8d", r.predicted.getOrDefault(l, 0)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
