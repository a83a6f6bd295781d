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
 * Writes the crisis reading's counts on every set of voices to the file named by the system
 * property {@code crisis.voices.report}; runs only when that property is set. The tuning halves are
 * listed (misses and false alarms); the held-out halves are counted, and only when the property
 * {@code crisis.voices.heldout} is {@code true}, never listed.
 */
@EnabledIfSystemProperty(named = "crisis.voices.report", matches = ".+")
class CrisisVoicesReport {
  private static final List<String> SETS =
      List.of("voices", "voices2", "voices3", "voices5", "voices6");

  @Test
  void should_write_the_counts_of_every_set() throws IOException {
    boolean heldout = Boolean.getBoolean("crisis.voices.heldout");
    List<String> out = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (String set : SETS) {
      CrisisVoices voices =
          switch (set) {
            case "voices3" -> CrisisVoices.heldOutWhole(set);
            case "voices5", "voices6" -> CrisisVoices.heldOutThird(set);
            default -> new CrisisVoices(set);
          };
      for (Split split : Split.values()) {
        if (split == Split.HELDOUT && !heldout) {
          continue;
        }
        List<String> crisis = voices.split(CrisisVoices.CRISIS, split);
        List<String> negatives = voices.split(CrisisVoices.NOT_CRISIS, split);
        if (crisis.isEmpty()) {
          continue;
        }
        List<String> misses = CrisisVoices.reading(crisis, false);
        List<String> alarms = CrisisVoices.reading(negatives, true);
        out.add(
            String.format(
                Locale.ROOT,
                "%-8s %-8s recall %3d/%3d = %.3f   false alarms %3d/%3d = %.3f",
                set,
                split,
                crisis.size() - misses.size(),
                crisis.size(),
                1.0 - (double) misses.size() / crisis.size(),
                alarms.size(),
                negatives.size(),
                (double) alarms.size() / negatives.size()));
        if (split == Split.TUNING) {
          misses.forEach(m -> listed.add(set + " missed: " + m));
          alarms.forEach(m -> listed.add(set + " alarmed: " + m));
        }
      }
    }
    out.addAll(listed);
    Files.write(Path.of(System.getProperty("crisis.voices.report")), out, StandardCharsets.UTF_8);
  }
}
