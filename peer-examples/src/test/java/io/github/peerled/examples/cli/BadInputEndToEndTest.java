package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code peer} tool on each class of bad input, run in this JVM as {@code main} runs it: exit 1
 * for violations that {@code validate} lists, each at a path that is in the file; exit 2 for input
 * that cannot be read or used, with the file, path and reason; never a stack trace.
 */
class BadInputEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
  private static final String SESSION =
      EXAMPLES.resolve("diabetes/session-february.json").toString();
  private static final String CHANGE =
      EXAMPLES.resolve("diabetes/change-quiet-voices.json").toString();

  @TempDir Path dir;

  private static PeerProcess.Run peer(String... args) {
    PeerProcess.Run run = PeerProcess.inThisJvm(args);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    return run;
  }

  /** Writes the diabetes group file, edited, to the temporary directory. */
  private Path group(Consumer<ObjectNode> edit) throws IOException {
    ObjectNode g = (ObjectNode) JSON.readTree(EXAMPLES.resolve("diabetes/group.json").toFile());
    edit.accept(g);
    JSON.writerWithDefaultPrettyPrinter().writeValue(groupFile().toFile(), g);
    return groupFile();
  }

  /**
   * Validates the diabetes group file, edited, with the other files given: expects violations (exit
   * 1), each at a path that is in the group file, and returns what validate printed.
   */
  private String violations(Consumer<ObjectNode> edit, String... others) throws IOException {
    Path group = group(edit);
    List<String> args = new ArrayList<>(List.of("validate", group.toString()));
    args.addAll(List.of(others));
    PeerProcess.Run run = peer(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("valid:").doesNotContain("$.draft");
    PrintedPaths.assertExist(group, run.out());
    return run.out();
  }

  private Path groupFile() {
    return dir.resolve("group.json");
  }

  private static ArrayNode clauses(ObjectNode g) {
    return (ArrayNode) g.get("guidelines").get("clauses");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void should_report_a_clause_id_used_twice_and_refuse_to_review_with_it() throws Exception {
    String problem =
        groupFile()
            + ": DUPLICATE_CLAUSE at $.guidelines.clauses[5].id: clause id 'sharing' is used"
            + " by an earlier clause; give each clause its own";

    String out = violations(g -> ((ObjectNode) clauses(g).get(5)).put("id", "sharing"));
    String err = badInput("review", SESSION, "--group", groupFile().toString());

    assertThat(out).contains(problem).contains("1 violation(s)");
    assertThat(err).isEqualTo("peer: " + problem + "\n");
  }

  @Test
  void should_report_guideline_version_0_and_refuse_to_review_with_it() throws Exception {
    String problem =
        groupFile()
            + ": GUIDELINE_VERSION at $.guidelines.version: a guideline version number starts"
            + " at 1, was 0";

    String out = violations(g -> ((ObjectNode) g.get("guidelines")).put("version", 0), CHANGE);
    String err = badInput("review", SESSION, "--group", groupFile().toString());

    assertThat(out).contains(problem).contains(CHANGE + ": not checked");
    assertThat(err).isEqualTo("peer: " + problem + "\n");
  }

  @Test
  void should_name_rule_problems_by_their_path_in_the_group_file() throws Exception {
    String problem =
        groupFile() + ": UNKNOWN_RULE at $.guidelines.clauses[1].rule.ruleId: there is no";

    String out =
        violations(g -> ((ObjectNode) clauses(g).get(1).get("rule")).put("ruleId", "no-such-rule"));
    String err = badInput("review", SESSION, "--group", groupFile().toString());

    assertThat(out).contains(problem);
    assertThat(err).startsWith("peer: " + problem);
    PrintedPaths.assertExist(groupFile(), err);
  }

  @Test
  void should_name_missing_founders_by_the_members_of_the_group_file() throws Exception {
    String out =
        violations(
            g -> {
              for (var m : g.get("members")) {
                ((ObjectNode) m).put("standing", "MEMBER");
              }
            });

    assertThat(out)
        .contains("group.json: NO_FOUNDERS at $.members: a group needs founding members")
        .doesNotContain("$.founders");
  }

  @Test
  void should_name_a_founder_named_twice_by_its_place_among_the_members() throws Exception {
    // given: a newcomer first, then the founders, then alice again
    String out =
        violations(
            g -> {
              ArrayNode members = (ArrayNode) g.get("members");
              members.insertObject(0).put("id", "gail").put("standing", "NEWCOMER");
              members.add(members.get(1).deepCopy());
            });

    assertThat(out)
        .contains("group.json: DUPLICATE_MEMBER at $.members[7].id: member alice is listed twice")
        .contains("group.json: DUPLICATE_FOUNDER at $.members[7].id: founding member alice");
  }

  @Test
  void should_name_a_missing_safety_clause_by_the_clauses_of_the_group_file() throws Exception {
    String out =
        violations(
            g -> {
              clauses(g).remove(3);
              g.remove("resources");
            });

    assertThat(out)
        .contains("group.json: SAFETY_CLAUSE_MISSING at $.guidelines.clauses: the draft has no");
  }

  @Test
  void should_point_at_the_object_that_lacks_a_field_not_at_the_missing_field() throws Exception {
    // given: a safety clause, but no resources at all: $.resources.signposts is not in the file
    String out = violations(g -> g.remove("resources"));

    assertThat(out).contains("group.json: SAFETY_RESOURCES_MISSING at $: the safety clause needs");
  }

  @Test
  void should_report_each_problem_of_a_group_file_not_just_the_first() throws Exception {
    String out =
        violations(
            g -> {
              ((ArrayNode) g.get("members")).add(g.get("members").get(4).deepCopy());
              ((ObjectNode) clauses(g).get(2).get("rule"))
                  .putObject("parameters")
                  .put("unansweredAfterContributions", "0");
              ((ObjectNode) clauses(g).get(6)).put("id", "confidential");
              ((ObjectNode) g.get("resources")).put("language", "xx");
            });

    assertThat(out)
        .contains("DUPLICATE_MEMBER at $.members[6].id")
        .contains("DUPLICATE_CLAUSE at $.guidelines.clauses[6].id")
        .contains(
            "INVALID_PARAMETER at"
                + " $.guidelines.clauses[2].rule.parameters.unansweredAfterContributions")
        .contains("UNSUPPORTED_LANGUAGE at $.resources.language")
        .contains("4 violation(s)");
  }

  @Test
  void should_report_a_language_the_rules_do_not_speak_instead_of_failing() throws Exception {
    String problem =
        groupFile() + ": UNSUPPORTED_LANGUAGE at $.resources.language: the rules have no";

    String out = violations(g -> ((ObjectNode) g.get("resources")).put("language", "xx"));
    String err = badInput("review", SESSION, "--group", groupFile().toString());

    assertThat(out).contains(problem).contains("'xx'");
    assertThat(err).startsWith("peer: " + problem);
  }

  @Test
  void should_report_each_problem_of_a_session_file() throws Exception {
    Path session =
        write(
            "session.json",
            "{\"format\":\"peerled-session/1\",\"sessionId\":\"s1\",\"facilitator\":\"zed\","
                + "\"contributions\":["
                + "{\"author\":\"alice\",\"text\":\"I walk after dinner.\",\"replyTo\":1},"
                + "{\"author\":\"yan\",\"text\":\"  \"},"
                + "{\"author\":\"bob\",\"text\":\"Same here.\",\"replyTo\":3}]}");

    PeerProcess.Run run =
        peer(
            "review",
            session.toString(),
            "--group",
            EXAMPLES.resolve("diabetes/group.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "peer: "
                + session
                + ": UNKNOWN_MEMBER at $.facilitator: unknown member 'zed'; the"
                + " group file does not list them",
            "peer: "
                + session
                + ": REPLY_NOT_EARLIER at $.contributions[0].replyTo: contribution"
                + " 1 is the first and cannot reply to another, not 1",
            "peer: "
                + session
                + ": UNKNOWN_MEMBER at $.contributions[1].author: unknown member"
                + " 'yan'; the group file does not list them",
            "peer: " + session + ": BLANK_TEXT at $.contributions[1].text: the text is blank",
            "peer: "
                + session
                + ": REPLY_NOT_EARLIER at $.contributions[2].replyTo: contribution"
                + " 3 can only reply to an earlier one (1 to 2), not 3");
    PrintedPaths.assertExist(session, run.err());
  }

  @Test
  void should_name_a_missing_file_for_each_command() {
    String missing = dir.resolve("missing.json").toString();
    for (String[] args : commandsReading(missing)) {
      assertThat(badInput(args)).isEqualTo("peer: " + missing + ": no such file\n");
    }
  }

  @Test
  void should_call_an_empty_file_empty_for_each_command() throws Exception {
    String empty = write("empty.json", "  \n").toString();
    for (String[] args : commandsReading(empty)) {
      assertThat(badInput(args))
          .as(String.join(" ", args))
          .startsWith("peer: " + empty + ": ")
          .containsAnyOf("the file is empty", "holds no event");
    }
  }

  @Test
  void should_reject_text_that_is_not_json_for_each_command() throws Exception {
    String file = write("notes.json", "name: my group\n").toString();
    for (String[] args : commandsReading(file)) {
      assertThat(badInput(args))
          .as(String.join(" ", args))
          .startsWith("peer: " + file)
          .contains("at $ (line 1, column 1): not valid JSON");
    }
  }

  @Test
  void should_reject_json_of_the_wrong_shape_for_each_command() throws Exception {
    for (String json : List.of("[1, 2]", "\"a group\"", "42", "{\"title\": \"a group\"}")) {
      String file = write("shape.json", json).toString();
      for (String[] args : commandsReading(file)) {
        assertThat(badInput(args)).as(json).startsWith("peer: " + file).contains(" at $");
      }
    }
  }

  /** Runs peer, expecting bad input: exit 2, nothing on standard output; returns standard error. */
  private static String badInput(String... args) {
    PeerProcess.Run run = peer(args);
    assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(2);
    assertThat(run.out()).as(String.join(" ", args)).isEmpty();
    return run.err();
  }

  /** Every command line that reads the given file as its own input. */
  private List<String[]> commandsReading(String file) {
    String group = EXAMPLES.resolve("diabetes/group.json").toString();
    return List.of(
        new String[] {"validate", file},
        new String[] {"validate", group, file},
        new String[] {"review", file},
        new String[] {"review", SESSION, "--group", file},
        new String[] {"replay", file},
        new String[] {"simulate", file, "--out", dir.resolve("out").toString()});
  }

  @Test
  void should_name_the_line_of_an_event_out_of_sequence() throws Exception {
    List<String> log =
        new ArrayList<>(
            PeerProcess.inThisJvm("demo", "--format", "json").out().lines().skip(1).toList());
    Collections.swap(log, 5, 6);
    Path file = dir.resolve("events.jsonl");
    Files.write(file, log);

    PeerProcess.Run run = peer("replay", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("peer: " + file + ": line 6: event 7: expected sequence number 6\n");
  }

  @Test
  void should_reject_scenarios_with_numbers_out_of_range_naming_the_field() throws Exception {
    String scenario =
        new String(
            Files.readAllBytes(
                Path.of("src/main/resources/scenarios/diabetes-go-round.json").toAbsolutePath()),
            java.nio.charset.StandardCharsets.UTF_8);
    String out = dir.resolve("out").toString();
    List<String[]> cases =
        List.of(
            new String[] {
              "\"turnsPerSession\": 120",
              "\"turnsPerSession\": 2000000000",
              "TOO_BIG at $.turnsPerSession: turnsPerSession must be 1 to 10000, was 2000000000"
            },
            new String[] {
              "\"sessions\": 6",
              "\"sessions\": 1000000",
              "TOO_BIG at $.sessions: sessions must be 1 to 10000, was 1000000"
            },
            new String[] {"\"sessions\": 6", "\"sessions\": 0", "sessions must be at least 1"},
            new String[] {
              "\"attendance\": 0.705",
              "\"attendance\": -1",
              "at $.behaviour (line 16, column 3): attendance must be a probability"
            },
            new String[] {
              "\"size\": 12",
              "\"size\": 100000",
              "at $.group (line 7, column 3): size must be 1 to 10000 (the engine's limit on the"
                  + " members of a group), was 100000"
            });
    for (String[] c : cases) {
      Path file = write("scenario.json", scenario.replace(c[0], c[1]));

      PeerProcess.Run run = peer("simulate", file.toString(), "--replicates", "1", "--out", out);

      assertThat(run.exitCode()).as(c[1]).isEqualTo(2);
      assertThat(run.err()).as(c[1]).startsWith("peer: " + file + ": ").contains(c[2]);
      PrintedPaths.assertExist(file, run.err());
    }
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void should_reject_run_counts_and_threads_out_of_range() {
    String scenario =
        Path.of("src/main/resources/scenarios/diabetes-go-round.json").toAbsolutePath().toString();
    String out = dir.resolve("out").toString();
    List<String[]> cases =
        List.of(
            new String[] {"--replicates", "0", "--replicates: must be 1 to 1000000, was 0"},
            new String[] {"--replicates", "600000", "runs of each of 2 arms make more than"},
            new String[] {"--threads", "0", "--threads: must be 1 to 256, was 0"},
            new String[] {"--threads", "100000", "--threads: must be 1 to 256, was 100000"});
    for (String[] c : cases) {
      PeerProcess.Run run = peer("simulate", scenario, c[0], c[1], "--out", out);

      assertThat(run.exitCode()).as(c[0] + " " + c[1]).isEqualTo(2);
      assertThat(run.err()).startsWith("peer: ").contains(c[2]);
    }
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void should_turn_an_unexpected_failure_into_one_line_and_exit_2() {
    // given: a command that fails as a bug would
    CommandLine cl = PeerCommand.commandLine();
    cl.addSubcommand("broken", new Broken());
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));

    // when
    int code = cl.execute("broken");

    // then
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "peer: internal error (a bug in peer; please report it with the input that caused"
                + " it): IllegalStateException: an invariant does not hold\n");
  }

  @Command(name = "broken")
  static final class Broken implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("an invariant\ndoes not hold");
    }
  }
}
