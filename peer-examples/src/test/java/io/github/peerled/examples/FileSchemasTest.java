package io.github.peerled.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Reconsideration;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.files.CoreFiles;
import io.github.peerled.core.files.FileFormat;
import io.github.peerled.core.files.PeerFileException;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.session.ContributionAct;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.store.JsonLinesEventStore;
import io.github.peerled.examples.scenarios.DiabetesGroupStory;
import io.github.peerled.rules.files.PeerFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file format has a JSON Schema (2020-12) in the jars; every example file and scenario is
 * valid against its schema, and files the readers refuse are refused by the schemas too.
 */
class FileSchemasTest {
  private static final Path EXAMPLES = Path.of("examples");
  private static final Path SCENARIOS = Path.of("src/main/resources/scenarios");
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @TempDir Path dir;

  private static Schema schema(FileFormat format) {
    try (InputStream in =
        Objects.requireNonNull(
            FileSchemasTest.class.getClassLoader().getResourceAsStream(format.schema()),
            format.schema())) {
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> errors(FileFormat format, String json) {
    List<String> out = new ArrayList<>();
    for (Error e : schema(format).validate(json, InputFormat.JSON)) {
      out.add(e.toString());
    }
    return out;
  }

  private static FileFormat formatOf(Path file) {
    String name = file.getFileName().toString();
    if (file.startsWith(SCENARIOS)) {
      return FileFormat.SCENARIO;
    }
    if (name.equals("group.json")) {
      return FileFormat.GROUP;
    }
    if (name.startsWith("session-")) {
      return FileFormat.SESSION;
    }
    if (name.startsWith("change-")) {
      return FileFormat.CHANGE;
    }
    throw new IllegalArgumentException("no format known for " + file);
  }

  static List<Path> exampleFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(EXAMPLES, SCENARIOS)) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void should_ship_a_schema_of_the_2020_12_dialect_for_every_file_format() {
    for (FileFormat f :
        List.of(
            FileFormat.GROUP,
            FileFormat.SESSION,
            FileFormat.CHANGE,
            FileFormat.SCENARIO,
            FileFormat.EVENT_LOG)) {
      assertThat(FileSchemasTest.class.getClassLoader().getResource(f.schema()))
          .as(f.schema())
          .isNotNull();
      assertThat(schema(f).getSchemaNode().get("$schema").asString())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }

  @ParameterizedTest
  @MethodSource("exampleFiles")
  void should_find_every_example_file_valid_against_its_schema(Path file) throws IOException {
    FileFormat format = formatOf(file);

    assertThat(errors(format, Files.readString(file))).as("%s", file).isEmpty();
    assertThat(exampleFiles()).hasSizeGreaterThanOrEqualTo(7);
  }

  @Test
  void should_find_the_event_log_of_the_demo_and_a_store_file_valid_line_by_line()
      throws IOException {
    List<GroupEvent> events = new DiabetesGroupStory().run().events();
    GroupId group = events.get(0).groupId();
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).build()) {
      store.append(group, 0, events);
    }
    List<String> lines = new ArrayList<>(CoreFiles.writeEventLog(events).lines().toList());
    lines.addAll(Files.readAllLines(dir.resolve(group + ".jsonl")));

    assertThat(lines).hasSize(2 * events.size() + 1);
    for (String line : lines) {
      assertThat(errors(FileFormat.EVENT_LOG, line)).as(line).isEmpty();
    }
  }

  /** Files that the readers refuse, by format, with what makes them invalid. */
  private static final Map<String, FileFormat> INVALID =
      Map.of(
          "{\"format\": \"peerled-group/1\", \"profile\": {\"name\": \"n\", \"purpose\": \"p\","
              + " \"topic\": \"t\"}, \"members\": [], \"guidelines\": {\"clauses\": []}}",
          FileFormat.GROUP,
          "{\"format\": \"peerled-session/2\", \"sessionId\": \"s\", \"contributions\": []}",
          FileFormat.SESSION,
          "{\"format\": \"peerled-session/1\", \"sessionId\": \"s\", \"contributions\":"
              + " [{\"author\": \"a\"}]}",
          FileFormat.SESSION,
          "{\"kind\": \"guidelines\", \"baseVersion\": 1, \"changes\": [], \"extra\": 1}",
          FileFormat.CHANGE,
          "{\"format\": \"peerled-scenario/1\", \"arms\": [{\"policies\": []}]}",
          FileFormat.SCENARIO,
          "{\"sequence\": 1, \"groupId\": \"g\", \"actor\": \"a\", \"at\": \"2026-01-01T00:00:00Z\"}",
          FileFormat.EVENT_LOG,
          "{\"format\": \"peerled-session/1\", \"sessionId\": \"s\", \"contributions\":"
              + " [{\"author\": \"a\", \"text\": \"t\", \"act\": \"GOSSIP\"}]}",
          FileFormat.SESSION,
          "{\"type\": \"ContributionRecorded\", \"sequence\": 1, \"groupId\": \"g\", \"actor\":"
              + " \"a\", \"at\": \"2026-01-01T00:00:00Z\", \"contribution\": {\"sessionId\": \"s\","
              + " \"number\": 1, \"author\": \"a\", \"at\": \"2026-01-01T00:00:00Z\", \"kind\":"
              + " \"OTHER\", \"text\": \"t\", \"act\": \"GOSSIP\"}}",
          FileFormat.EVENT_LOG);

  /** The names an enum field of a schema allows, at a JSON pointer. */
  private static List<String> enumAt(FileFormat format, String pointer) {
    List<String> names = new ArrayList<>();
    schema(format).getSchemaNode().at(pointer).forEach(n -> names.add(n.asString()));
    return names;
  }

  private static List<String> namesOf(Class<? extends Enum<?>> type) {
    return Stream.of(type.getEnumConstants()).map(Enum::name).toList();
  }

  @Test
  void should_allow_in_the_schemas_exactly_the_kinds_and_acts_of_the_model() {
    String session = "/properties/contributions/items/properties";
    String event = "/$defs/contribution/properties";

    assertThat(enumAt(FileFormat.SESSION, session + "/act/enum"))
        .containsExactlyElementsOf(namesOf(ContributionAct.class));
    assertThat(enumAt(FileFormat.EVENT_LOG, event + "/act/enum"))
        .containsExactlyElementsOf(namesOf(ContributionAct.class));
    assertThat(enumAt(FileFormat.SESSION, session + "/kind/enum"))
        .containsExactlyElementsOf(namesOf(ContributionKind.class));
    assertThat(enumAt(FileFormat.EVENT_LOG, event + "/kind/enum"))
        .containsExactlyElementsOf(namesOf(ContributionKind.class));
  }

  @Test
  void should_name_every_event_type_of_the_model_in_the_event_log_schema() {
    List<String> names =
        Stream.of(GroupEvent.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::name)
            .toList();

    assertThat(enumAt(FileFormat.EVENT_LOG, "/$defs/event/properties/type/enum"))
        .containsExactlyInAnyOrderElementsOf(names);
  }

  @Test
  void should_accept_a_reconsideration_and_refuse_one_without_its_proposal() {
    String valid =
        "{\"format\": \"peerled-change/1\", \"kind\": \"reconsideration\", \"proposalId\": \"p1\"}";
    String invalid = "{\"kind\": \"reconsideration\", \"baseVersion\": 1}";

    assertThat(errors(FileFormat.CHANGE, valid)).isEmpty();
    assertThat(CoreFiles.readChange("valid", valid).value())
        .isEqualTo(Reconsideration.of(ProposalId.of("p1")));
    assertThat(errors(FileFormat.CHANGE, invalid)).isNotEmpty();
    assertThatThrownBy(() -> read(FileFormat.CHANGE, invalid))
        .isInstanceOf(PeerFileException.class);
  }

  @Test
  void should_find_files_the_readers_refuse_invalid_against_their_schema() {
    for (Map.Entry<String, FileFormat> e : INVALID.entrySet()) {
      assertThat(errors(e.getValue(), e.getKey())).as(e.getKey()).isNotEmpty();
      assertThatThrownBy(() -> read(e.getValue(), e.getKey()))
          .as(e.getKey())
          .isInstanceOf(PeerFileException.class);
    }
  }

  private static void read(FileFormat format, String text) {
    switch (format) {
      case GROUP -> PeerFiles.readGroup("invalid", text);
      case SESSION -> CoreFiles.readSession("invalid", text);
      case CHANGE -> CoreFiles.readChange("invalid", text);
      case SCENARIO -> CoreFiles.readScenario("invalid", text);
      case EVENT_LOG -> CoreFiles.readEventLog("invalid", text);
      default -> throw new IllegalArgumentException(format.toString());
    }
  }
}
