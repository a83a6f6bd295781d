package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.store.JsonLinesEventStore;
import io.github.peerled.examples.scenarios.DiabetesGroupStory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peer export}: a member's personal data from a file store that seals it. */
class ExportCommandTest {
  private static final String GROUP = DiabetesGroupStory.GROUP.value();
  private static final String DANA_SAID = "I was diagnosed in December and I feel overwhelmed.";

  @TempDir Path dir;
  private Path store;

  @BeforeEach
  void storeTheStory() {
    store = dir.resolve("groups");
    List<GroupEvent> events = new DiabetesGroupStory().run().events();
    try (JsonLinesEventStore s = JsonLinesEventStore.builder(store).build()) {
      s.append(DiabetesGroupStory.GROUP, 0, events);
    }
  }

  @Test
  void should_write_a_members_personal_values_as_json_from_a_store_that_seals_them()
      throws Exception {
    // given the store's files hold Dana's words only sealed
    String log =
        Files.readString(
            store.resolve(GROUP + JsonLinesEventStore.EXTENSION), StandardCharsets.UTF_8);
    assertThat(log).doesNotContain(DANA_SAID).doesNotContain("\"Dana\"");

    // when Dana's data is exported to a file
    Path out = dir.resolve("dana.json");
    PeerProcess.Run run =
        PeerProcess.inThisJvm(
            "export",
            "--store",
            store.toString(),
            "--group",
            GROUP,
            "--member",
            "dana",
            "--output",
            out.toString());

    // then it holds her name and words, opened with the store's key file
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    JsonNode json = PeerledJson.read(Files.readString(out), JsonNode.class, "export");
    assertThat(json.path("group").asText()).isEqualTo(GROUP);
    assertThat(json.path("member").asText()).isEqualTo("dana");
    assertThat(json.path("values").findValuesAsText("value"))
        .contains("Dana")
        .anySatisfy(v -> assertThat(v).startsWith(DANA_SAID));
    assertThat(json.path("values").findValuesAsText("value"))
        .noneSatisfy(v -> assertThat(v).contains("bread"));
  }

  @Test
  void should_write_to_standard_output_for_dash_and_one_line_a_value_as_text() {
    PeerProcess.Run json =
        PeerProcess.inThisJvm(
            "export",
            "--store",
            store.toString(),
            "--group",
            GROUP,
            "--member",
            "dana",
            "--output",
            "-");
    PeerProcess.Run text =
        PeerProcess.inThisJvm(
            "export",
            "--store",
            store.toString(),
            "--group",
            GROUP,
            "--member",
            "dana",
            "--format",
            "text");

    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"member\" : \"dana\"");
    assertThat(dir.resolve("-")).doesNotExist();
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out().lines().toList())
        .anySatisfy(l -> assertThat(l).contains("MemberJoined displayName: Dana"))
        .last()
        .satisfies(l -> assertThat(l).endsWith("personal values of dana in " + GROUP));
  }

  @Test
  void should_refuse_bad_input_naming_the_option_and_change_nothing() throws Exception {
    String before =
        Files.readString(
            store.resolve(GROUP + JsonLinesEventStore.EXTENSION), StandardCharsets.UTF_8);
    String[][] cases = {
      {"--store", dir.resolve("none").toString(), "--group", GROUP, "--member", "dana"},
      {"--store", store.toString(), "--group", "no-such-group", "--member", "dana"},
      {"--store", store.toString(), "--group", GROUP, "--member", "zed"},
      {"--store", store.toString(), "--group", GROUP, "--member", "not an id"},
      {"--store", store.toString(), "--group", GROUP, "--member", "dana", "--keys", "nowhere.keys"},
      {"--store", store.toString(), "--group", GROUP, "--member", "dana", "--format", "xml"},
    };
    String[] expected = {
      "peer: --store " + dir.resolve("none") + ": no such directory",
      "peer: --store " + store + ": has no group no-such-group",
      "peer: --member zed: never acted in group " + GROUP + " of --store " + store,
      "peer: --member: ",
      "peer: --keys nowhere.keys: no such file",
      "peer: --format: 'xml' is not one of text, json",
    };
    for (int i = 0; i < cases.length; i++) {
      String[] args = new String[cases[i].length + 1];
      args[0] = "export";
      System.arraycopy(cases[i], 0, args, 1, cases[i].length);
      PeerProcess.Run run = PeerProcess.inThisJvm(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", args)).startsWith(expected[i]);
      assertThat(run.out()).isEmpty();
    }
    assertThat(
            Files.readString(
                store.resolve(GROUP + JsonLinesEventStore.EXTENSION), StandardCharsets.UTF_8))
        .isEqualTo(before);
    assertThat(dir.resolve("none")).doesNotExist();
  }
}
