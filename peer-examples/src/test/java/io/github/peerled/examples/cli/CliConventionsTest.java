package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.files.PeerledVersion;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.store.JsonLinesEventStore;
import io.github.peerled.examples.scenarios.DiabetesGroupStory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The conventions every command follows: {@code -} is standard input, {@code --output FILE}, {@code
 * --format text|json}, versioned JSON, usage and exit 2 without a command, the build's version.
 */
class CliConventionsTest {
  private static final Path EXAMPLES = Path.of("examples");

  @TempDir Path dir;

  private static ByteArrayInputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void should_replay_the_demo_event_log_piped_to_standard_input() {
    String log = PeerProcess.inThisJvm("demo", "--format", "json").out();

    PeerProcess.Run run = PeerProcess.inThisJvm(stdin(log), "replay", "-");

    assertThat(log).startsWith("{\"format\":\"peerled-events/1\"}\n");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).contains("replayed 50 of 50 events; the log is consistent");
  }

  @Test
  void should_name_standard_input_in_a_message_about_it() {
    PeerProcess.Run run = PeerProcess.inThisJvm(stdin("{\"sequence\": 1}\n"), "replay", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("peer: standard input:1: at $");
  }

  @Test
  void should_replay_a_group_file_of_the_event_store() throws Exception {
    List<GroupEvent> events = new DiabetesGroupStory().run().events();
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).build()) {
      store.append(events.get(0).groupId(), 0, events.subList(0, 10));
      store.append(events.get(0).groupId(), 10, events.subList(10, events.size()));
    }
    Path file = dir.resolve(events.get(0).groupId() + ".jsonl");

    PeerProcess.Run run = PeerProcess.inThisJvm("replay", file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).contains("replayed 50 of 50 events; the log is consistent");
  }

  @Test
  void should_read_a_session_from_standard_input_and_write_to_the_output_file() throws Exception {
    String session = Files.readString(EXAMPLES.resolve("mentoring-forum/session-thread.json"));
    Path out = dir.resolve("findings.json");

    PeerProcess.Run run =
        PeerProcess.inThisJvm(
            stdin(session),
            "review",
            "-",
            "--group",
            EXAMPLES.resolve("mentoring-forum/group.json").toString(),
            "--format",
            "json",
            "--output",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    JsonNode written = PeerledJson.read(Files.readString(out), JsonNode.class, "out");
    assertThat(written.get("format").asText()).isEqualTo("peerled-findings/1");
    assertThat(written.get("findings").size()).isPositive();
  }

  @Test
  void should_version_the_json_of_validate_and_replay() throws Exception {
    PeerProcess.Run validate =
        PeerProcess.inThisJvm(
            "validate", EXAMPLES.resolve("diabetes/group.json").toString(), "--format", "json");
    Path log = dir.resolve("events.jsonl");
    PeerProcess.inThisJvm("demo", "--format", "json", "--output", log.toString());
    PeerProcess.Run replay = PeerProcess.inThisJvm("replay", log.toString(), "--format", "json");

    assertThat(validate.out()).startsWith("{\n  \"format\" : \"peerled-violations/1\",");
    assertThat(replay.exitCode()).as(replay.err()).isEqualTo(0);
    assertThat(replay.out()).startsWith("{\n  \"format\" : \"peerled-state/1\",\n  \"state\" : {");
  }

  @Test
  void should_keep_demo_json_as_a_deprecated_alias_of_format_json() {
    PeerProcess.Run alias = PeerProcess.inThisJvm("demo", "--json");

    assertThat(alias.exitCode()).isEqualTo(0);
    assertThat(alias.out()).isEqualTo(PeerProcess.inThisJvm("demo", "--format", "json").out());
    assertThat(alias.err()).isEqualTo("peer demo: --json is deprecated; use --format json\n");
  }

  @Test
  void should_print_usage_and_exit_2_without_a_command() {
    PeerProcess.Run run = PeerProcess.inThisJvm();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("peer: name a command\nUsage: peer");
  }

  @Test
  void should_print_the_version_the_build_wrote() {
    PeerProcess.Run run = PeerProcess.inThisJvm("--version");

    assertThat(PeerledVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run.out()).isEqualTo("peer " + PeerledVersion.current() + "\n");
  }

  @Test
  void should_name_the_build_version_in_the_simulation_manifest() throws Exception {
    Path out = dir.resolve("out");

    PeerProcess.Run run =
        PeerProcess.inThisJvm(
            "simulate",
            "src/main/resources/scenarios/diabetes-go-round.json",
            "--replicates",
            "1",
            "--threads",
            "1",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    JsonNode manifest =
        PeerledJson.read(Files.readString(out.resolve("manifest.json")), JsonNode.class, "m");
    assertThat(manifest.get("peerled").asText()).isEqualTo(PeerledVersion.current());
  }

  @Test
  void should_take_text_as_the_format_of_classify_like_every_command() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ClassifyCommand classify =
        new ClassifyCommand(
            stdin("You should try walking after dinner.\n"),
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8));

    int code = new CommandLine(classify).execute("--format", "text");

    assertThat(code).isEqualTo(0);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("advice\t");
  }
}
