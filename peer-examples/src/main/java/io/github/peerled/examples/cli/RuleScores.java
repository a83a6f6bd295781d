package io.github.peerled.examples.cli;

import io.github.peerled.examples.cli.LabelledSession.Label;
import io.github.peerled.rules.Finding;
import io.github.peerled.rules.Severity;
import io.github.peerled.rules.SuggestedAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Scores the findings of the rules against the labels of session transcripts, per category. A
 * finding's category is its rule's id, except that a safety finding suggesting {@link
 * SuggestedAction#CHECK_SAFETY} is {@code crisis}. A finding raised when the session ends matches
 * the {@code end} labels of its category; any other matches the labels of its category at its
 * {@link Finding#contribution()} or at one of its {@link Finding#contributions()}. Precision is the
 * share of findings that match some label, recall the share of labels some finding matches, and
 * severity agreement the share of matched labels whose finding has the label's severity: the
 * finding raised at the label's own contribution when there is one, else one that names that
 * contribution among its own (a later finding that recalls an earlier contribution, such as a
 * repeated request or an avalanche of stories, is judged at its own place, not at the one it
 * recalls); when several qualify, one of equal severity if any. Not thread-safe.
 */
final class RuleScores {
  private static final String SAFETY = "safety";
  private static final int MESSAGE_CHARS = 60;

  /** The counts of one category. */
  static final class Tally {
    int sessions;
    int labels;
    int findings;
    int matchedFindings;
    int matchedLabels;
    int agreeing;

    void add(Tally t) {
      sessions += t.sessions;
      labels += t.labels;
      findings += t.findings;
      matchedFindings += t.matchedFindings;
      matchedLabels += t.matchedLabels;
      agreeing += t.agreeing;
    }
  }

  private final Set<String> bound;
  private final Map<String, Tally> byCategory = new LinkedHashMap<>();
  private final Map<String, Tally> others = new TreeMap<>();
  private final StringBuilder details = new StringBuilder();
  private int sessions;

  /**
   * Starts scoring.
   *
   * @param bound the categories whose rule is bound; the labels of the others are counted and
   *     reported as not bound
   */
  RuleScores(Set<String> bound) {
    this.bound = Set.copyOf(bound);
    for (String c : LabelledSession.CATEGORIES) {
      byCategory.put(c, new Tally());
    }
  }

  /**
   * Returns the category of a finding.
   *
   * @param f the finding
   * @return {@code crisis} for a safety finding that suggests checking safety, else the rule's id
   */
  static String category(Finding f) {
    if (f.ruleId().equals(SAFETY) && f.action() == SuggestedAction.CHECK_SAFETY) {
      return "crisis";
    }
    return f.ruleId();
  }

  /**
   * Tells whether a finding matches a label.
   *
   * @param f the finding
   * @param end whether the finding was raised when the session ended
   * @param l the label
   * @return true if they are of one category and the finding is about the label's contribution (or
   *     both are about the end of the session)
   */
  static boolean matches(Finding f, boolean end, Label l) {
    if (!category(f).equals(l.category()) || end != l.end()) {
      return false;
    }
    return end
        || f.contribution() == l.contribution()
        || f.contributions().contains(l.contribution());
  }

  /**
   * Scores one session.
   *
   * @param s the session and its labels
   * @param during the findings raised while reading its contributions
   * @param atEnd the findings raised when it ended
   */
  void add(LabelledSession s, List<Finding> during, List<Finding> atEnd) {
    sessions++;
    List<Finding> findings = new ArrayList<>(during);
    findings.addAll(atEnd);
    int firstEnd = during.size();
    int labels = s.labels.size();
    @Nullable Finding[] own = new Finding[labels]; // a matching finding raised at the label's place
    @Nullable Finding[] other = new Finding[labels]; // a matching finding raised elsewhere
    Map<String, Tally> seen = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      boolean end = i >= firstEnd;
      Tally t = seen.computeIfAbsent(category(f), c -> new Tally());
      t.findings++;
      boolean matched = false;
      for (int j = 0; j < labels; j++) {
        Label l = s.labels.get(j);
        if (matches(f, end, l)) {
          matched = true;
          boolean here = end || f.contribution() == l.contribution();
          @Nullable Finding[] slot = here ? own : other;
          if (slot[j] == null || f.severity() == l.severity()) {
            slot[j] = f;
          }
        }
      }
      if (matched) {
        t.matchedFindings++;
      } else {
        lines.add(
            line("unmatched", end ? 0 : f.contribution(), category(f), f.severity(), f.message()));
      }
    }
    for (int j = 0; j < labels; j++) {
      Label l = s.labels.get(j);
      Tally t = seen.computeIfAbsent(l.category(), c -> new Tally());
      t.labels++;
      @Nullable Finding judged = own[j] != null ? own[j] : other[j];
      if (judged != null) {
        t.matchedLabels++;
        if (judged.severity() == l.severity()) {
          t.agreeing++;
        } else {
          lines.add(
              line(
                  "severity",
                  l.end() ? 0 : l.contribution(),
                  l.category(),
                  judged.severity(),
                  "labelled " + l.severity() + ": " + judged.message()));
        }
      } else if (bound.contains(l.category())) {
        String text = l.end() ? "" : s.contributions.get(l.contribution() - 1).text();
        lines.add(line("missed", l.contribution(), l.category(), l.severity(), text));
      }
    }
    for (Map.Entry<String, Tally> e : seen.entrySet()) {
      e.getValue().sessions = 1;
      tally(e.getKey()).add(e.getValue());
    }
    if (!lines.isEmpty()) {
      details.append(s.name).append('\n');
      for (String line : lines) {
        details.append(line).append('\n');
      }
    }
  }

  private Tally tally(String category) {
    Tally t = byCategory.get(category);
    return t != null ? t : others.computeIfAbsent(category, c -> new Tally());
  }

  private static String line(
      String what, int contribution, String category, Severity severity, String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    if (t.codePointCount(0, t.length()) > MESSAGE_CHARS) {
      t = t.substring(0, t.offsetByCodePoints(0, MESSAGE_CHARS)) + "...";
    }
    return String.format(
        Locale.ROOT,
        "  %-9s  %-4s  %-22s  %-9s  %s",
        what,
        contribution == 0 ? "end" : "#" + contribution,
        category,
        severity,
        t);
  }

  /**
   * Returns the table: a header line, one row per category in the fixed order (then any other rule
   * found), and a total row over the bound categories.
   *
   * @param header the first line, naming the split
   * @return the table, each line ending in a newline
   */
  String table(String header) {
    StringBuilder sb = new StringBuilder();
    sb.append(header).append('\n');
    sb.append(
        String.format(
            Locale.ROOT,
            "%-22s %8s %7s %9s %10s %10s %10s %7s %9s\n",
            "category",
            "sessions",
            "labels",
            "findings",
            "matched-f",
            "matched-l",
            "precision",
            "recall",
            "severity"));
    Tally total = new Tally();
    List<String> notBound = new ArrayList<>();
    Map<String, Tally> rows = new LinkedHashMap<>(byCategory);
    rows.putAll(others);
    for (Map.Entry<String, Tally> e : rows.entrySet()) {
      Tally t = e.getValue();
      if (!bound.contains(e.getKey()) && byCategory.containsKey(e.getKey())) {
        sb.append(
            String.format(
                Locale.ROOT, "%-22s %8d %7d %9s\n", e.getKey(), t.sessions, t.labels, "not bound"));
        notBound.add(e.getKey());
        continue;
      }
      row(sb, e.getKey(), t);
      total.add(t);
    }
    total.sessions = sessions;
    row(sb, "total", total);
    if (!notBound.isEmpty()) {
      sb.append("not bound (no such rule registered; left out of the total): ")
          .append(String.join(", ", notBound))
          .append('\n');
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Tally t) {
    sb.append(
        String.format(
            Locale.ROOT,
            "%-22s %8d %7d %9d %10d %10d %10s %7s %9s\n",
            name,
            t.sessions,
            t.labels,
            t.findings,
            t.matchedFindings,
            t.matchedLabels,
            ratio(t.matchedFindings, t.findings),
            ratio(t.matchedLabels, t.labels),
            ratio(t.agreeing, t.matchedLabels)));
  }

  /** Three decimals, or {@code -} when there is nothing to divide. */
  static String ratio(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
  }

  /**
   * Returns, per session with something to list, each label no finding matched, each finding that
   * matched no label, and each matching pair whose severities differ (contribution, category, the
   * finding's severity and the first 60 characters of the contribution's text or of the finding's
   * message, after the label's severity for a disagreement).
   *
   * @return the lines, each ending in a newline; empty when every finding and label matched at the
   *     same severity
   */
  String details() {
    return details.toString();
  }
}
