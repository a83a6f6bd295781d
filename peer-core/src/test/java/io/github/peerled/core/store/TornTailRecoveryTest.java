package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.PeerledJson;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The file store's recovery from a torn tail: an append cut short by a crash is cut off whole, at
 * the last whole append, and reported once; a file of format 1 loses only its torn last record.
 */
class TornTailRecoveryTest extends JsonLinesLogTestBase {
  @Test
  void should_cut_off_a_last_record_without_line_end_and_report_it() throws IOException {
    // given a log whose last append, of one record, lost its second half
    List<GroupEvent> events = events();
    int n = events.size();
    List<String> lines = writeInAppends(events, n - 1);
    String last = lines.get(n - 1);
    List<String> kept = lines.subList(0, n - 1);
    rewrite(kept, last.substring(0, last.length() / 2));

    // then that record is cut off and reported
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      assertThat(s.version(GROUP)).isEqualTo(n - 1);
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, n - 1));
      assertThat(s.recoveries()).hasSize(1);
      RecoveryReport r = s.recoveries().get(0);
      assertThat(r.file()).isEqualTo(file());
      assertThat(r.line()).isEqualTo(n);
      assertThat(r.keptVersion()).isEqualTo(n - 1);
      assertThat(r.cutBytes()).isEqualTo(last.length() / 2);
      assertThat(r.reason()).isEqualTo("the last record has no line end");
      assertThat(r.preview()).isEqualTo("\"" + last.substring(0, 80) + "...\"");
      assertThat(r.toString()).startsWith(file() + ", line " + n + ": cut off a torn append (");
      assertThat(captured.warnings()).containsExactly(r.toString());
    }
    assertThat(Files.readAllLines(file())).isEqualTo(kept);
  }

  @Test
  void should_cut_off_the_whole_last_append_when_its_last_record_has_no_line_end()
      throws IOException {
    // given a log whose last append, of three records, lost half of its third record
    List<GroupEvent> events = events();
    int n = events.size();
    List<String> lines = writeInAppends(events, n - 3);
    String last = lines.get(n - 1);
    List<String> kept = lines.subList(0, n - 3);
    rewrite(lines.subList(0, n - 1), last.substring(0, last.length() / 2));

    // then the two whole records of that append are cut off with the torn one
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, n - 3));
      RecoveryReport r = s.recoveries().get(0);
      assertThat(r.line()).isEqualTo(n - 2);
      assertThat(r.keptVersion()).isEqualTo(n - 3);
      assertThat(r.reason())
          .isEqualTo("the last append has 2 whole records of 3, then a record without line end");
      assertThat(captured.warnings()).containsExactly(r.toString());
    }
    assertThat(Files.readAllLines(file())).isEqualTo(kept);
  }

  @Test
  void should_cut_off_an_append_that_lost_its_last_records_at_a_line_end() throws IOException {
    // given a log whose last append, of three records, lost its third record whole
    List<GroupEvent> events = events();
    int n = events.size();
    List<String> lines = writeInAppends(events, n - 3);
    rewrite(lines.subList(0, n - 1), "");

    // then the append's two records are cut off
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, n - 3));
      assertThat(s.recoveries())
          .singleElement()
          .extracting(RecoveryReport::reason)
          .isEqualTo("the last append has 2 whole records of 3");
      assertThat(captured.warnings()).hasSize(1);
    }
    assertThat(Files.readAllLines(file())).isEqualTo(lines.subList(0, n - 3));
  }

  @Test
  void should_cut_off_a_truncated_file_at_its_last_whole_append() throws IOException {
    // given a log of appends of one to three records, cut at two thirds of its bytes
    List<GroupEvent> events = events();
    writeInAppends(events, 1, 2, 3, 1, 2, 3);
    byte[] all = Files.readAllBytes(file());
    Files.write(file(), java.util.Arrays.copyOf(all, all.length * 2 / 3));

    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      // then it is cut back to the end of an append
      long kept = s.version(GROUP);
      assertThat(kept).isIn(1L, 3L, 6L, 7L, 9L, 12L);
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, (int) kept));
      assertThat(s.recoveries())
          .singleElement()
          .extracting(RecoveryReport::line)
          .isEqualTo(kept + 1);
      assertThat(captured.warnings()).hasSize(1);
      s.append(GROUP, kept, events.subList((int) kept, events.size()));
    }
    try (JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(events);
    }
  }

  @Test
  void should_cut_off_only_the_torn_last_record_of_a_file_of_format_1() throws IOException {
    // given a file of format 1 whose last record lost its second half
    List<GroupEvent> events = events();
    List<String> old = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      old.add(formatOneRecord(1, i + 1, PeerledJson.write(events.get(i))));
    }
    String last = old.get(old.size() - 1);
    rewrite(old.subList(0, old.size() - 1), last.substring(0, last.length() / 2));

    // then only that record is cut off: each record of format 1 is an append of its own
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, events.size() - 1));
      assertThat(s.recoveries()).hasSize(1);
      assertThat(captured.warnings()).hasSize(1);
    }
  }
}
