package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.files.CoreFiles;
import io.github.peerled.core.sim.RunMetrics;
import io.github.peerled.core.sim.Scenario;
import io.github.peerled.core.sim.Simulation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The example scenario of a 500-member online mentoring forum: it runs, and it is a forum. */
class ForumScenarioTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int peer(String... args) {
    CommandLine cli = PeerCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private static Scenario forum() throws Exception {
    Path file = SimulateCommandTest.example("mentoring-forum-500.json");
    return CoreFiles.readScenario(file.toString(), CoreFiles.readText(file)).value();
  }

  @Test
  void should_run_the_500_member_forum_with_peer_simulate(@TempDir Path dir) throws Exception {
    // given the scenario file
    Path scenario = SimulateCommandTest.example("mentoring-forum-500.json");
    // when it is simulated, 3 replicates of each of its 5 arms
    int code = peer("simulate", scenario.toString(), "--replicates", "3", "--out", dir.toString());
    // then every run is written, and the table names the arms
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).isEmpty();
    List<String> rows = Files.readAllLines(dir.resolve("runs.csv"));
    assertThat(rows).hasSize(1 + 5 * 3);
    assertThat(rows.get(1)).startsWith("0,mentoring-forum-500/none/0,mentoring-forum-500,none,");
    assertThat(out.toString()).contains("moderated").contains("respond-first");
  }

  @Test
  void should_have_most_members_lurk_and_a_few_write_most_posts() throws Exception {
    // given the forum
    Scenario s = forum();
    assertThat(s.group().size()).isEqualTo(500);
    // when it runs without moderation
    RunMetrics m = Simulation.run(s, 0, 1).metrics();
    // then most members post at most twice in half a year, many never, and the most active
    // tenth write most posts
    List<Integer> turns = m.turnsPerMember();
    assertThat(turns.stream().filter(t -> t <= 2).count()).isGreaterThan(250);
    assertThat(turns.stream().filter(t -> t == 0).count()).isGreaterThan(150);
    int total = turns.stream().mapToInt(Integer::intValue).sum();
    int topTenth =
        turns.stream().sorted((a, b) -> b - a).limit(50).mapToInt(Integer::intValue).sum();
    assertThat((double) topTenth / total).isGreaterThan(0.5);
    assertThat(m.meanAttendance()).isBetween(0.2, 0.4);
  }

  @Test
  void should_leave_fewer_requests_unanswered_when_moderators_prompt_a_response() throws Exception {
    // given the forum, its arms none (0) and respond-first (1)
    Scenario s = forum();
    double none = 0;
    double respondFirst = 0;
    // when both run on the same five seeds
    for (long seed = 0; seed < 5; seed++) {
      none += Simulation.run(s, 0, seed).metrics().unansweredRequestRate();
      respondFirst += Simulation.run(s, 1, seed).metrics().unansweredRequestRate();
    }
    // then prompting the members to respond leaves fewer requests hanging
    assertThat(respondFirst).isLessThan(none);
  }
}
