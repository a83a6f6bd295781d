package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review and validate commands on the example files, and on each class of bad input. */
class ReviewAndValidateEndToEndTest {
  static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

  @TempDir Path dir;

  static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  @Test
  void should_review_the_diabetes_session_with_findings_and_exit_1() throws Exception {
    PeerProcess.Run run =
        PeerProcess.run(
            dir,
            "review",
            example("diabetes/session-february.json"),
            "--group",
            example("diabetes/group.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("#2 NUDGE [sharing-not-advice, clause sharing] Carol seems to be giving advice")
        .contains("#5 NUDGE [peer-review, clause myths]")
        // Bob answers Dana at #4 (replyTo 3): the rules must not say nobody answered her
        .doesNotContain("nobody has answered")
        .contains("[safety, clause safety] Frank shared graphic detail")
        .contains("[facilitator-not-expert, clause not-experts]")
        .contains("Alice and Dr Evans did not speak this session")
        .contains("#8 NUDGE [facilitator-not-expert")
        .doesNotContain("#8 NUDGE [sharing-not-advice") // one nudge for the dose instruction
        .contains("5 finding(s) on 8 contribution(s) under guidelines v1");
  }

  @Test
  void should_review_as_json() throws Exception {
    PeerProcess.Run run =
        PeerProcess.run(
            dir,
            "review",
            example("mentoring-forum/session-thread.json"),
            "--group",
            example("mentoring-forum/group.json"),
            "--format",
            "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("{\n  \"format\" : \"peerled-findings/1\",\n  \"findings\" : [")
        .contains("\"ruleId\" : \"existing-answer\"")
        .contains("\"action\" : \"POINT_TO_EXISTING_DOCUMENTATION\"");
  }

  @Test
  void should_review_without_a_group_file_using_the_default_rules() throws Exception {
    Path session = dir.resolve("session.json");
    Files.writeString(
        session,
        "{\"format\":\"peerled-session/1\",\"sessionId\":\"s1\",\"contributions\":["
            + "{\"author\":\"a\",\"kind\":\"SHARING\",\"text\":\"What helped me was a walk"
            + " after dinner.\"}]}");

    PeerProcess.Run run = PeerProcess.run(dir, "review", "session.json");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("0 finding(s) on 1 contribution(s)");
  }

  @Test
  void should_accept_a_valid_change() throws Exception {
    PeerProcess.Run run =
        PeerProcess.run(
            dir,
            "validate",
            example("diabetes/group.json"),
            example("diabetes/change-quiet-voices.json"));

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).startsWith("valid: ");
  }

  @Test
  void should_report_unknown_rules_dropped_safety_and_outsiders_deciding() throws Exception {
    PeerProcess.Run run =
        PeerProcess.run(
            dir,
            "validate",
            example("diabetes/group.json"),
            example("diabetes/change-problems.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("SAFETY_CLAUSE_REMOVED at $.changes[0]")
        .contains(
            "UNKNOWN_RULE at $.changes[1].clause.rule.ruleId: there is no rule 'no-such-rule'")
        .contains("DECISIONS_TO_OUTSIDERS at $.changes[1].clause.text")
        .contains("3 violation(s)");
  }

  @Test
  void should_report_a_stale_base_version() throws Exception {
    Path change = dir.resolve("change.json");
    Files.writeString(
        change,
        "{\"kind\":\"guidelines\",\"baseVersion\":2,\"changes\":[{\"op\":\"remove\","
            + "\"clauseId\":\"confidential\"}]}");

    PeerProcess.Run run =
        PeerProcess.run(dir, "validate", example("diabetes/group.json"), "change.json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("BASE_VERSION_CONFLICT at $.baseVersion");
  }

  @Test
  void should_validate_the_other_example_groups() throws Exception {
    for (String group :
        new String[] {"mentoring-forum/group.json", "knowledge-network/group.json"}) {
      PeerProcess.Run run = PeerProcess.run(dir, "validate", example(group));

      assertThat(run.exitCode()).as(group + ": " + run.out()).isEqualTo(0);
    }
  }

  @Test
  void should_reject_a_missing_file() throws Exception {
    PeerProcess.Run run = PeerProcess.run(dir, "validate", "nowhere.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("peer: nowhere.json: no such file\n");
  }

  @Test
  void should_reject_a_file_that_is_not_json() throws Exception {
    Files.writeString(dir.resolve("group.json"), "name: my group\n");

    PeerProcess.Run run = PeerProcess.run(dir, "validate", "group.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "peer: group.json: at $ (line 1, column 1): not valid JSON: Unrecognized token 'name'");
  }

  @Test
  void should_reject_a_value_of_the_wrong_type_naming_its_path() throws Exception {
    String group = Files.readString(EXAMPLES.resolve("diabetes/group.json"));
    Files.writeString(
        dir.resolve("group.json"), group.replace("\"version\": 1,", "\"version\": \"one\","));

    PeerProcess.Run run = PeerProcess.run(dir, "validate", "group.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("peer: group.json: at $.guidelines.version (line ")
        .endsWith("expected a whole number, found 'one'\n");
  }

  @Test
  void should_reject_an_unknown_member_id_naming_its_path() throws Exception {
    String session = Files.readString(EXAMPLES.resolve("diabetes/session-february.json"));
    Files.writeString(
        dir.resolve("session.json"),
        session.replace("{\"author\": \"frank\"", "{\"author\": \"zoe\""));

    PeerProcess.Run run =
        PeerProcess.run(dir, "review", "session.json", "--group", example("diabetes/group.json"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "peer: session.json: UNKNOWN_MEMBER at $.contributions[5].author: unknown member"
                + " 'zoe'; the group file does not list them\n");
  }

  @Test
  void should_reject_guidelines_with_an_unknown_rule_when_reviewing() throws Exception {
    String group = Files.readString(EXAMPLES.resolve("diabetes/group.json"));
    Files.writeString(
        dir.resolve("group.json"),
        group.replace("{\"ruleId\": \"peer-review\"}", "{\"ruleId\": \"peer-reveiw\"}"));

    PeerProcess.Run run =
        PeerProcess.run(
            dir, "review", example("diabetes/session-february.json"), "--group", "group.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("peer: group.json: UNKNOWN_RULE at $.guidelines.clauses[5].rule.ruleId:")
        .contains("peer-reveiw");
  }

  @Test
  void should_reject_an_unknown_format_version() throws Exception {
    writeSession("{\"format\":\"peerled-session/9\",\"sessionId\":\"s1\",\"contributions\":[]}");

    PeerProcess.Run run = PeerProcess.run(dir, "review", "session.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "peer: session.json: at $.format: 'peerled-session/9' is not a format this version"
                + " reads (peerled-session/1)\n");
  }

  @Test
  void should_reject_a_bad_format_option() throws Exception {
    PeerProcess.Run run =
        PeerProcess.run(dir, "validate", example("diabetes/group.json"), "--format", "xml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("peer: --format: 'xml' is not one of text, json\n");
  }

  private void writeSession(String json) throws IOException {
    Files.writeString(dir.resolve("session.json"), json);
  }
}
