package io.github.peerled.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Checks the contrast set under {@code detect/contrast}: one file per register, columns {@code
 * label<TAB>category<TAB>text}, every label and category known and consistent with the definition
 * in the file headers, no text twice, and enough sentences per category on both sides of the hash
 * split.
 */
class ContrastSetTest {
  static final List<String> REGISTERS =
      List.of("group-talk", "forum-replies", "support-chat", "counselling-info", "missed-sharing");

  /** The labels each category may carry; a spurious sentence is labelled by the rest of it. */
  static final Map<String, Set<String>> CATEGORIES =
      Map.ofEntries(
          Map.entry("stance-i", Set.of("other")),
          Map.entry("disclosure-i", Set.of("sharing")),
          Map.entry("meta-i", Set.of("other", "question")),
          Map.entry("generic-we", Set.of("other")),
          Map.entry("personal-we", Set.of("sharing")),
          Map.entry("spurious", Set.of("advice", "sharing", "question", "other")),
          Map.entry("suggestion-question", Set.of("advice")),
          Map.entry("info-question", Set.of("question")),
          Map.entry("impersonal-recommendation", Set.of("advice")),
          Map.entry("information", Set.of("other")),
          Map.entry("encouragement", Set.of("other")),
          Map.entry("directive", Set.of("advice")),
          Map.entry("experience-tip", Set.of("sharing")),
          Map.entry("closing-task", Set.of("other")),
          Map.entry("present-disclosure", Set.of("sharing")),
          Map.entry("identification", Set.of("sharing")),
          Map.entry("reflection", Set.of("other")));

  /** Categories written with fewer sentences than the others, and their floor. */
  static final Map<String, Integer> SMALLER = Map.of("reflection", 60);

  record Row(String register, int line, String label, String category, String text) {}

  @Test
  void should_parse_every_register_into_three_non_blank_columns() throws IOException {
    for (String register : REGISTERS) {
      List<String> lines = lines(register);
      assertThat(lines.get(0)).as(register).startsWith("# Register:");
      assertThat(String.join("\n", lines)).as(register).contains("Licence: Apache-2.0");
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        assertThat(columns).as("%s line %d", register, i + 1).hasSize(3);
        for (String column : columns) {
          assertThat(column)
              .as("%s line %d", register, i + 1)
              .isNotBlank()
              .isEqualTo(column.strip());
        }
      }
    }
  }

  @Test
  void should_use_only_known_labels_and_categories_that_fit_together() throws IOException {
    for (Row row : rows()) {
      assertThat(CATEGORIES).as(where(row)).containsKey(row.category());
      assertThat(CATEGORIES.get(row.category())).as(where(row)).contains(row.label());
    }
  }

  @Test
  void should_hold_each_text_once_across_all_registers() throws IOException {
    Map<String, Row> seen = new HashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (Row row : rows()) {
      Row earlier = seen.putIfAbsent(row.text(), row);
      if (earlier != null) {
        duplicates.add(where(row) + " repeats " + where(earlier));
      }
    }
    assertThat(duplicates).isEmpty();
  }

  @Test
  void should_have_at_least_one_hundred_sentences_per_category_and_some_on_both_sides_of_the_split()
      throws IOException {
    Map<String, Integer> total = new TreeMap<>();
    Map<String, Integer> heldOut = new TreeMap<>();
    for (String category : CATEGORIES.keySet()) {
      total.put(category, 0);
      heldOut.put(category, 0);
    }
    for (Row row : rows()) {
      total.merge(row.category(), 1, Integer::sum);
      if (isHeldOut(row.text())) {
        heldOut.merge(row.category(), 1, Integer::sum);
      }
    }
    total.forEach(
        (category, count) -> {
          assertThat(count)
              .as(category)
              .isGreaterThanOrEqualTo(SMALLER.getOrDefault(category, 100));
          assertThat(heldOut.get(category)).as(category).isPositive().isLessThan(count);
        });
  }

  @Test
  void should_hold_out_a_text_exactly_when_the_first_hash_byte_is_below_86() {
    // First SHA-256 bytes: "sentence 269" 0x55 (85), "sentence 0" 0x56 (86), "I see." 0x42,
    // "Take care." 0xec (236, above 127, so the byte must be read unsigned).
    assertThat(isHeldOut("sentence 269")).isTrue();
    assertThat(isHeldOut("sentence 0")).isFalse();
    assertThat(isHeldOut("I see.")).isTrue();
    assertThat(isHeldOut("Take care.")).isFalse();
  }

  /**
   * The split rule: held out when the first byte of the SHA-256 of the text (UTF-8, as written),
   * read as unsigned, is below 86.
   */
  static boolean isHeldOut(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return (digest[0] & 0xff) < 86;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String register : REGISTERS) {
      List<String> lines = lines(register);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length != 3) {
          throw new IOException(register + " line " + (i + 1) + ": expected three columns");
        }
        rows.add(new Row(register, i + 1, columns[0], columns[1], columns[2]));
      }
    }
    return rows;
  }

  private static List<String> lines(String register) throws IOException {
    String resource = "/detect/contrast/" + register + ".tsv";
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    ContrastSetTest.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    }
  }

  private static String where(Row row) {
    return row.register() + " line " + row.line() + " (" + row.text() + ")";
  }
}
