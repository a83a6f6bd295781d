package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code peer demo --story}: the stories told from the example group files. */
class DemoStoriesTest {
  @Test
  void should_tell_the_knowledge_network_selecting_its_representative() {
    PeerProcess.Run run = PeerProcess.inThisJvm("demo", "--story", "knowledge-network");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("== 2. Nominations, hidden until they are revealed")
        .contains("In the change round Ben moves his nomination from Ana to Chiara.")
        .contains("ends Chiara's term as representative (term ended).")
        .contains("   peer validate peer-examples/examples/knowledge-network/group.json");
    assertThat(run.out().lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(100));
  }

  @Test
  void should_tell_the_mentoring_forum_flagging_a_hostile_post() {
    PeerProcess.Run run = PeerProcess.inThisJvm("demo", "--story", "mentoring-forum");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("== 3. Flags, the hold, and the facilitator's review")
        .contains("Kofi, the facilitator, reviews it and keeps the hold")
        .contains("Lena is told: paused until 2026-04-02T09:00:00Z, because: Two personal attacks");
    assertThat(run.out().lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(100));
  }

  @Test
  void should_replay_the_event_log_of_each_story() {
    for (String story : new String[] {"knowledge-network", "mentoring-forum"}) {
      String log = PeerProcess.inThisJvm("demo", "--story", story, "--format", "json").out();
      long events = log.lines().count() - 1;

      PeerProcess.Run replay =
          PeerProcess.inThisJvm(
              new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "replay", "-");

      assertThat(replay.exitCode()).as(story + ": " + replay.err()).isZero();
      assertThat(replay.out())
          .contains("replayed " + events + " of " + events + " events; the log is consistent");
    }
  }

  @Test
  void should_refuse_an_unknown_story_with_exit_code_2_and_print_nothing() {
    PeerProcess.Run run = PeerProcess.inThisJvm("demo", "--story", "book-club");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "peer: --story: 'book-club' is not one of diabetes, knowledge-network,"
                + " mentoring-forum\n");
  }

  @Test
  void should_tell_the_diabetes_story_unless_another_is_asked_for() {
    assertThat(PeerProcess.inThisJvm("demo", "--story", "diabetes").out())
        .isEqualTo(PeerProcess.inThisJvm("demo").out());
  }
}
