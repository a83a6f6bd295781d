package io.github.peerled.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionAct;
import io.github.peerled.core.sim.ImmutableScenario;
import io.github.peerled.core.sim.PolicyArm;
import io.github.peerled.core.sim.PolicySpec;
import io.github.peerled.core.sim.Scenario;
import io.github.peerled.core.store.JsonLinesEventStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreFilesTest {
  private static final String CHANGE =
      "{\"kind\": \"guidelines\", \"baseVersion\": 1, \"changes\": [{\"op\": \"remove\","
          + " \"clauseId\": \"safety\"}]}";

  @TempDir Path dir;

  private static String withFormat(String json, String format) {
    return "{\"format\": \"" + format + "\", " + json.substring(1);
  }

  private static List<GroupEvent> events() {
    GroupEngine engine = GroupEngine.of(Fixtures.fixedClock());
    GroupState s = GroupState.initial(GroupId.of("town-hall"));
    List<GroupEvent> log = new ArrayList<>();
    for (GroupCommand c : Fixtures.running(3)) {
      GroupEngine.Applied a = engine.apply(s, c);
      log.addAll(a.result().events());
      s = a.state();
    }
    return log;
  }

  @Test
  void should_read_a_change_with_its_format_and_one_written_before_changes_had_one() {
    ProposalContent bare = CoreFiles.readChange("change.json", CHANGE).value();
    ProposalContent versioned =
        CoreFiles.readChange("change.json", withFormat(CHANGE, "peerled-change/1")).value();

    assertThat(bare).isInstanceOf(GuidelineAmendment.class).isEqualTo(versioned);
  }

  @Test
  void should_refuse_a_change_of_a_format_version_it_does_not_read() {
    assertThatThrownBy(
            () -> CoreFiles.readChange("change.json", withFormat(CHANGE, "peerled-change/2")))
        .isInstanceOf(PeerFileException.class)
        .hasMessage(
            "change.json: at $.format: 'peerled-change/2' is not a format this version reads"
                + " (peerled-change/1)")
        .satisfies(
            e -> {
              PeerFileException p = (PeerFileException) e;
              assertThat(p.file()).isEqualTo("change.json");
              assertThat(p.path()).isEqualTo("$.format");
            });
  }

  @Test
  void should_refuse_a_format_member_below_the_top_of_the_document() {
    String nested =
        "{\"kind\": \"guidelines\", \"baseVersion\": 1, \"changes\": [{\"format\":"
            + " \"peerled-change/1\", \"op\": \"remove\", \"clauseId\": \"safety\"}]}";

    assertThatThrownBy(() -> CoreFiles.readChange("change.json", nested))
        .isInstanceOf(PeerFileException.class)
        .hasMessageContaining("$.changes[0].format");
  }

  @Test
  void should_write_a_scenario_with_its_format_first_and_read_it_back() {
    Scenario s =
        ImmutableScenario.builder()
            .name("two-arms")
            .addArms(PolicyArm.of("none"), PolicyArm.of("go", PolicySpec.of("go-round")))
            .build();

    String json = CoreFiles.writeScenario(s);

    assertThat(json).startsWith("{\n  \"format\" : \"peerled-scenario/1\"");
    assertThat(CoreFiles.readScenario("s.json", json).value()).isEqualTo(s);
    assertThat(CoreFiles.readScenario("s.json", PeerledJson.write(s)).value()).isEqualTo(s);
  }

  @Test
  void should_read_back_an_event_log_it_writes_and_a_bare_one() {
    List<GroupEvent> events = events();
    String written = CoreFiles.writeEventLog(events);
    StringBuilder bare = new StringBuilder();
    for (GroupEvent e : events) {
      bare.append(PeerledJson.write(e)).append("\n\n");
    }

    assertThat(written).startsWith("{\"format\":\"peerled-events/1\"}\n");
    assertThat(CoreFiles.readEventLog("log", written))
        .extracting(LoggedEvent::event)
        .containsExactlyElementsOf(events);
    List<LoggedEvent> read = CoreFiles.readEventLog("log", bare.toString());
    assertThat(read).extracting(LoggedEvent::event).containsExactlyElementsOf(events);
    assertThat(read.get(1).line()).isEqualTo(3);
  }

  @Test
  void should_read_the_events_of_a_file_of_the_event_store() throws IOException {
    List<GroupEvent> events = events();
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).plainText().build()) {
      store.append(GroupId.of("town-hall"), 0, events.subList(0, 2));
      store.append(GroupId.of("town-hall"), 2, events.subList(2, events.size()));
    }
    String text = Files.readString(dir.resolve("town-hall.jsonl"));

    assertThat(CoreFiles.readEventLog("town-hall.jsonl", text))
        .extracting(LoggedEvent::event)
        .containsExactlyElementsOf(events);
  }

  private static final String CONTRIBUTION_OF_AN_OLD_LOG =
      "{\"type\":\"ContributionRecorded\",\"sequence\":9,\"groupId\":\"g\",\"actor\":\"ann\","
          + "\"at\":\"2026-01-05T18:00:00Z\",\"contribution\":{\"sessionId\":\"s1\","
          + "\"number\":1,\"author\":\"ann\",\"at\":\"2026-01-05T18:00:00Z\","
          + "\"kind\":\"RESPONSE\",\"text\":\"You should walk.\"}}";

  private static Contribution contributionOf(String line) {
    GroupEvent e = CoreFiles.readEventLog("log", line + "\n").get(0).event();
    return ((ContributionRecorded) e).contribution();
  }

  @Test
  void should_read_a_contribution_without_an_act_as_one_whose_act_is_not_known() {
    assertThat(contributionOf(CONTRIBUTION_OF_AN_OLD_LOG).act()).isEmpty();
  }

  @Test
  void should_read_back_the_act_a_contribution_was_recorded_with() {
    String line = CONTRIBUTION_OF_AN_OLD_LOG.replace("}}", ",\"act\":\"ADVICE\"}}");

    Contribution c = contributionOf(line);

    assertThat(c.act()).hasValue(ContributionAct.ADVICE);
    assertThat(PeerledJson.write(c)).endsWith(",\"act\":\"ADVICE\"}");
  }

  @Test
  void should_refuse_an_act_it_does_not_know_and_name_where() {
    String line = CONTRIBUTION_OF_AN_OLD_LOG.replace("}}", ",\"act\":\"GOSSIP\"}}");

    assertThatThrownBy(() -> contributionOf(line))
        .isInstanceOf(PeerFileException.class)
        .hasMessageStartingWith("log:1: at $.contribution.act")
        .hasMessageContaining("GOSSIP");
  }

  @Test
  void should_refuse_an_event_log_of_another_version_and_name_the_line() {
    String log = "{\"format\":\"peerled-events/9\"}\n";

    assertThatThrownBy(() -> CoreFiles.readEventLog("log", log))
        .isInstanceOf(PeerFileException.class)
        .hasMessage(
            "log:1: at $.format: 'peerled-events/9' is not a format this version reads"
                + " (peerled-events/1)");
  }

  @Test
  void should_keep_the_message_of_a_line_that_is_no_event() {
    assertThatThrownBy(() -> CoreFiles.readEventLog("log", "{\"sequence\": 1}\n"))
        .isInstanceOf(PeerFileException.class)
        .hasMessageStartingWith("log:1: at $")
        .hasMessageContaining("'type'");
  }

  @Test
  void should_read_standard_input_as_utf8_and_name_it() {
    byte[] latin1 = "{\"a\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(
            CoreFiles.readText(
                new ByteArrayInputStream("\uFEFF{}".getBytes(StandardCharsets.UTF_8)),
                "standard input"))
        .isEqualTo("{}");
    assertThatThrownBy(() -> CoreFiles.readText(new ByteArrayInputStream(latin1), "standard input"))
        .isInstanceOf(PeerFileException.class)
        .hasMessage("standard input: holds bytes that are not UTF-8");
    assertThatThrownBy(() -> CoreFiles.readText(new ByteArrayInputStream(new byte[0]), "stdin"))
        .hasMessage("stdin: the file is empty; it should hold a JSON object");
  }

  @Test
  void should_name_a_missing_file() {
    assertThatThrownBy(() -> CoreFiles.readText(dir.resolve("nope.json")))
        .isInstanceOf(PeerFileException.class)
        .hasMessage(dir.resolve("nope.json") + ": no such file");
  }
}
