package io.github.peerled.rules;

import io.github.peerled.rules.CrisisVoices.Split;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes respectful-exchange's and no-comparing's counts on the remark sets to the file named by
 * the system property {@code remarks.report}; runs only when that property is set. The tuning
 * halves are listed (misses and false alarms); the held-out halves are counted, and only when the
 * property {@code remarks.heldout} is {@code true}, never listed.
 */
@EnabledIfSystemProperty(named = "remarks.report", matches = ".+")
class RemarkSetsReport {
  private static final List<List<String>> SETS =
      List.of(
          List.of(RemarkSets.ATTACKS, RemarkSets.NOT_ATTACKS),
          List.of(RemarkSets.COMPARING, RemarkSets.NOT_COMPARING));

  @Test
  void should_write_the_counts_of_every_set() throws IOException {
    boolean heldout = Boolean.getBoolean("remarks.heldout");
    List<String> out = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (List<String> set : SETS) {
      String rule = RemarkSets.ruleOf(set.get(0));
      for (Split split : Split.values()) {
        if (split == Split.HELDOUT && !heldout) {
          continue;
        }
        List<String> positives = RemarkSets.split(set.get(0), split);
        List<String> negatives = RemarkSets.split(set.get(1), split);
        List<String> misses = RemarkSets.drawing(rule, positives, false);
        List<String> alarms = RemarkSets.drawing(rule, negatives, true);
        out.add(
            String.format(
                Locale.ROOT,
                "%-20s %-8s recall %3d/%3d = %.3f   false alarms %3d/%3d = %.3f",
                rule,
                split,
                positives.size() - misses.size(),
                positives.size(),
                1.0 - (double) misses.size() / positives.size(),
                alarms.size(),
                negatives.size(),
                (double) alarms.size() / negatives.size()));
        if (split == Split.TUNING) {
          misses.forEach(m -> listed.add(rule + " missed: " + m));
          alarms.forEach(m -> listed.add(rule + " alarmed: " + m));
        }
      }
    }
    out.addAll(listed);
    Files.write(Path.of(System.getProperty("remarks.report")), out, StandardCharsets.UTF_8);
  }
}
