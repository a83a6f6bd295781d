package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.byRule;

import io.github.peerled.rules.CrisisVoices.Split;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The remark sets under {@code /remarks/}: personal attacks ({@code attacks.txt}) and their hard
 * negatives ({@code not-attacks.txt}), competitive comparisons of numbers ({@code comparing.txt})
 * and theirs ({@code not-comparing.txt}), one message a line. Each file is split by the hash the
 * crisis voices use ({@link Split#of}): a line whose SHA-256 starts with a byte below 128 is held
 * out, the rest is for tuning. The held-out half is only ever counted, never listed.
 *
 * <p>Each message is read as a member's reply to another member's message, the setting a remark or
 * a comparison is made in: an attack replies to something said, a comparison to someone's numbers.
 */
final class RemarkSets {
  static final String ATTACKS = "attacks.txt";
  static final String NOT_ATTACKS = "not-attacks.txt";
  static final String COMPARING = "comparing.txt";
  static final String NOT_COMPARING = "not-comparing.txt";

  /** What the message to which an attack (or not) replies says. */
  private static final String SAID =
      "I've been thinking about what we talked about last week and wanted to say where I am.";

  /** What the message to which a comparison (or not) replies says: someone's own numbers. */
  private static final String NUMBERS =
      "My HbA1c came back at 58 this week, and I managed 6,000 steps most days.";

  private RemarkSets() {}

  /** The rule a file is read by. */
  static String ruleOf(String file) {
    return file.equals(ATTACKS) || file.equals(NOT_ATTACKS)
        ? "respectful-exchange"
        : "no-comparing";
  }

  /** All messages of a file, held out or not. */
  static List<String> lines(String name) {
    String path = "/remarks/" + name;
    try (InputStream in = RemarkSets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      List<String> out = new ArrayList<>();
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The messages of a file in one half. */
  static List<String> split(String name, Split split) {
    List<String> out = new ArrayList<>();
    for (String s : lines(name)) {
      if (Split.of(s) == split) {
        out.add(s);
      }
    }
    return out;
  }

  /** Whether a member's reply draws a finding of a rule from the full rule set. */
  static boolean draws(RuleSet rules, String rule, String text) {
    String before = rule.equals("respectful-exchange") ? SAID : NUMBERS;
    Transcript t =
        Transcript.parse(
            "s",
            "@member a MEMBER Ann\n@member b MEMBER Ben\n@facilitator f\n"
                + "10:00 a SHARING: "
                + before
                + "\n10:01 b RESPONSE>1: "
                + text
                + "\n");
    return byRule(rules.review(t.context(), t.contributions), rule).stream()
        .anyMatch(f -> f.contributions().contains(2));
  }

  /** The messages of a list that draw (or, with {@code wanted} false, do not draw) a finding. */
  static List<String> drawing(String rule, List<String> messages, boolean wanted) {
    List<io.github.peerled.core.guideline.Clause> clauses = new ArrayList<>(Fixtures.allRules());
    clauses.add(Fixtures.clause("respect", "We speak to each other with respect.", rule));
    RuleSet rules = Fixtures.ruleSet(clauses);
    List<String> out = new ArrayList<>();
    for (String s : messages) {
      if (draws(rules, rule, s) == wanted) {
        out.add(s);
      }
    }
    return out;
  }
}
