package io.github.peerled.examples.cli;

import static io.github.peerled.examples.cli.ReviewAndValidateEndToEndTest.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every JSON file {@code peer} reads is read the library's one way: a leading byte-order mark is
 * skipped, bytes that are not UTF-8 are named by line and column, a field given twice is refused.
 */
class JsonFilesEndToEndTest {
  /** Written as UTF-8, the bytes EF BB BF. */
  private static final String BOM = "\uFEFF";

  @TempDir Path dir;

  @Test
  void should_read_a_group_file_and_an_event_log_that_start_with_a_byte_order_mark()
      throws Exception {
    String group = Files.readString(EXAMPLES.resolve("diabetes/group.json"));
    Files.writeString(dir.resolve("group.json"), BOM + group);
    String log = PeerProcess.run(dir, "demo", "--format", "json").out();
    Files.writeString(dir.resolve("events.jsonl"), BOM + log);

    PeerProcess.Run validate = PeerProcess.run(dir, "validate", "group.json");
    PeerProcess.Run replay = PeerProcess.run(dir, "replay", "events.jsonl");

    assertThat(validate.exitCode()).as(validate.err()).isEqualTo(0);
    assertThat(replay.exitCode()).as(replay.err()).isEqualTo(0);
    assertThat(replay.out()).contains("the log is consistent");
  }

  @Test
  void should_name_the_line_and_column_of_a_byte_that_is_not_utf8() throws Exception {
    String log = PeerProcess.run(dir, "demo", "--format", "json").out();
    int thirdLine = log.indexOf('\n', log.indexOf('\n') + 1) + 1;
    Path file = dir.resolve("events.jsonl");
    Files.writeString(
        file, log.substring(0, thirdLine) + "{\"type\":\"MemberLeft\",\"actor\":\"al");
    Files.write(file, new byte[] {(byte) 0xFF, '"', '}', '\n'}, StandardOpenOption.APPEND);

    PeerProcess.Run run = PeerProcess.run(dir, "replay", "events.jsonl");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "peer: events.jsonl: at $.actor (line 3, column 33): not valid UTF-8 (byte 0xff)\n");
  }

  @Test
  void should_refuse_a_field_given_twice() throws Exception {
    String group = Files.readString(EXAMPLES.resolve("diabetes/group.json"));
    Files.writeString(
        dir.resolve("group.json"),
        group.replace("\"version\": 1,", "\"version\": 1, \"version\": 2,"));

    PeerProcess.Run run = PeerProcess.run(dir, "validate", "group.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("peer: group.json: at $.guidelines.version (line ")
        .endsWith("): duplicate field 'version'\n");
  }
}
