package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAndReplayEndToEndTest {
  @TempDir Path dir;

  @Test
  void should_tell_the_demo_story() throws Exception {
    PeerProcess.Run run = PeerProcess.run(dir, "demo");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("All founders agreed: guidelines v1 are in force")
        .contains("#2 NUDGE [sharing-not-advice, our guideline 'sharing']")
        .contains("#6 NUDGE [safety, our guideline 'safety']")
        .contains("[facilitator-not-expert, our guideline 'not-experts']")
        .contains("Dr Evans tries to take a stance -> rejected (NOT_PERMITTED)")
        .contains("Alice tries to close it the same day -> rejected (NOT_PERMITTED)")
        .contains("closes it: ADOPTED")
        .contains("ADDED [quiet-voices]")
        .contains("Facilitation hands over from Alice to Bob")
        .contains("replaying them gives the same state: true");
  }

  @Test
  void should_tell_how_an_objection_is_integrated_and_a_ballot_hidden_until_the_close() {
    String story = PeerProcess.inThisJvm("demo").out();

    assertThat(story)
        .contains("Bob objects (objection 1): it must not put anyone on the spot.")
        .contains("Dana revises it to address objection 1 (revision 2)")
        .contains("Bob says the revision integrates his objection, and agrees.")
        .contains("Alice and Carol reconfirm their stances on revision 2")
        .contains("The group reviews v2 from 2026-09-01T18:30:00Z.")
        .contains("What a member sees while it is open: Bob, Carol and Frank took part; how they")
        .contains("Dana is now a member.")
        .contains(
            "What a member sees after the close: Bob agree, Carol concern, Frank agree, Alice"
                + " agree.");
  }

  @Test
  void should_not_say_that_nobody_answered_dana_when_bob_did() {
    String story = PeerProcess.inThisJvm("demo").out();

    assertThat(story)
        .contains("#3 dana (request_for_support): I was diagnosed in December")
        .contains(
            "#4 bob (sharing, replying to #3): In my experience the first year is the hardest")
        .doesNotContain("nobody has answered");
  }

  @Test
  void should_keep_every_line_of_the_demo_within_100_characters() {
    List<String> lines = PeerProcess.inThisJvm("demo").out().lines().toList();

    assertThat(lines).hasSizeGreaterThan(50).allSatisfy(l -> assertThat(l).hasSizeLessThan(101));
    assertThat(lines)
        .contains(
            "   #6 NUDGE [safety, our guideline 'safety'] Frank shared graphic detail of medical"
                + " gore (\"cut the",
            "       wound open\"). You could thank them for trusting the group, point to Your diabetes"
                + " care team");
  }

  @Test
  void should_end_the_demo_with_three_things_to_try() throws Exception {
    List<String> lines = PeerProcess.inThisJvm("demo").out().lines().toList();
    List<String> last = lines.subList(lines.size() - 7, lines.size());

    assertThat(last)
        .containsExactly(
            "== What to try next (peer is java -jar peer-examples/target/peer.jar)",
            "Review a session with the group's rules, check a proposed change, classify a sentence:",
            "   peer review peer-examples/examples/diabetes/session-february.json \\",
            "       --group peer-examples/examples/diabetes/group.json",
            "   peer validate peer-examples/examples/diabetes/group.json \\",
            "       peer-examples/examples/diabetes/change-problems.json",
            "   echo \"Honestly you should just stop eating bread.\" | peer classify");
    // the commands work as shown (run from the project's folder, one level up)
    assertThat(
            PeerProcess.run(
                    dir,
                    "review",
                    project("peer-examples/examples/diabetes/session-february.json"),
                    "--group",
                    project("peer-examples/examples/diabetes/group.json"))
                .exitCode())
        .as("review finds something")
        .isEqualTo(1);
    assertThat(
            PeerProcess.run(
                    dir,
                    "validate",
                    project("peer-examples/examples/diabetes/group.json"),
                    project("peer-examples/examples/diabetes/change-problems.json"))
                .exitCode())
        .as("validate finds the change's problems")
        .isEqualTo(1);
  }

  private static String project(String path) {
    return Path.of("..").resolve(path).toAbsolutePath().normalize().toString();
  }

  @Test
  void should_replay_the_demo_event_log() throws Exception {
    PeerProcess.Run demo = PeerProcess.run(dir, "demo", "--format", "json");
    Path log = dir.resolve("events.jsonl");
    Files.writeString(log, demo.out(), StandardCharsets.UTF_8);

    PeerProcess.Run run = PeerProcess.run(dir, "replay", "events.jsonl");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .contains("guidelines: v2 in force")
        .contains("proposal quiet-voices \"Invite quiet members\": adopted")
        .contains("replayed 50 of 50 events; the log is consistent");
  }

  @Test
  void should_replay_as_of_an_instant() throws Exception {
    Path log = dir.resolve("events.jsonl");
    Files.writeString(log, PeerProcess.run(dir, "demo", "--format", "json").out());

    PeerProcess.Run run =
        PeerProcess.run(dir, "replay", "events.jsonl", "--as-of", "2026-02-04T00:00:00Z");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("guidelines: v1 in force").contains("replayed 20 of 50 events");
  }

  @Test
  void should_reject_a_missing_file_with_exit_code_2() throws Exception {
    PeerProcess.Run run = PeerProcess.run(dir, "replay", "missing.jsonl");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("peer: missing.jsonl: no such file\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void should_reject_a_line_that_is_not_json() throws Exception {
    Files.writeString(dir.resolve("events.jsonl"), "this is not json\n");

    PeerProcess.Run run = PeerProcess.run(dir, "replay", "events.jsonl");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "peer: events.jsonl:1: at $ (line 1, column 1): not valid JSON: Unrecognized token 'this'")
        .doesNotContain("Exception");
  }

  @Test
  void should_reject_a_log_with_a_gap() throws Exception {
    List<String> lines =
        PeerProcess.run(dir, "demo", "--format", "json").out().lines().skip(1).toList();
    Files.write(dir.resolve("events.jsonl"), List.of(lines.get(0), lines.get(2)));

    PeerProcess.Run run = PeerProcess.run(dir, "replay", "events.jsonl");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("peer: events.jsonl: line 2: event 3: expected sequence number 2\n");
  }

  @Test
  void should_name_the_file_line_of_a_bad_event_after_a_blank_line() throws Exception {
    // given: a blank line before the event that leaves a gap, so it is on line 3 of the file
    List<String> lines =
        PeerProcess.run(dir, "demo", "--format", "json").out().lines().skip(1).toList();
    Files.write(dir.resolve("events.jsonl"), List.of(lines.get(0), "", lines.get(2)));

    // when
    PeerProcess.Run run = PeerProcess.run(dir, "replay", "events.jsonl");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("peer: events.jsonl: line 3: event 3: expected sequence number 2\n");
  }

  @Test
  void should_name_the_line_of_a_repeated_event_not_of_its_first_copy() throws Exception {
    // given: the second event twice; the repeat on line 3 is the bad one
    List<String> lines =
        PeerProcess.run(dir, "demo", "--format", "json").out().lines().skip(1).toList();
    Files.write(dir.resolve("events.jsonl"), List.of(lines.get(0), lines.get(1), lines.get(1)));

    // when
    PeerProcess.Run run = PeerProcess.run(dir, "replay", "events.jsonl");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("peer: events.jsonl: line 3: event 2: expected sequence number 3\n");
  }

  @Test
  void should_reject_a_stance_by_someone_who_never_joined_and_name_its_line() throws Exception {
    // given: the demo log with its first stance forged in the name of a stranger
    List<String> lines =
        new ArrayList<>(
            PeerProcess.run(dir, "demo", "--format", "json").out().lines().skip(1).toList());
    int at = 0;
    while (!lines.get(at).startsWith("{\"type\":\"StanceTaken\",")) {
      at++;
    }
    lines.set(at, lines.get(at).replaceFirst("\"actor\":\"[^\"]*\"", "\"actor\":\"zed\""));
    Files.write(dir.resolve("events.jsonl"), lines);

    // when
    PeerProcess.Run run = PeerProcess.run(dir, "replay", "events.jsonl");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "peer: events.jsonl: line "
                + (at + 1)
                + ": event "
                + (at + 1)
                + ": zed cannot take a stance that counts: they never joined the group\n");
  }

  @Test
  void should_reject_an_event_of_the_wrong_type() throws Exception {
    Files.writeString(
        dir.resolve("events.jsonl"),
        "{\"type\":\"StanceTaken\",\"sequence\":\"one\",\"groupId\":\"g\",\"actor\":\"a\","
            + "\"at\":\"2026-01-01T00:00:00Z\",\"proposalId\":\"p\",\"kind\":\"AGREE\"}\n");

    PeerProcess.Run run = PeerProcess.run(dir, "replay", "events.jsonl");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("at $.sequence")
        .contains("expected a whole number, found 'one'");
  }
}
