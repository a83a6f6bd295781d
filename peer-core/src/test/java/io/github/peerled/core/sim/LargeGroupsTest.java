package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groups beyond 64 members (the size of one word of a {@link MemberSet}): they run under every
 * built-in arm, give metrics that make sense, come out byte-identical for any number of threads,
 * and the fast path still counts what the engine records.
 */
class LargeGroupsTest {

  /** The busy group at a given size: a fifth newcomers, participation falling slowly with rank. */
  static Scenario large(int size) {
    return Scenario.custom()
        .from(Scenarios.busy())
        .name("large-" + size)
        .group(GroupSpec.custom().size(size).newcomers(size / 5).build())
        .sessions(5)
        .turnsPerSession(120)
        .behaviour(
            BehaviourModel.custom()
                .from(Scenarios.busy().behaviour())
                .participationRatio(0.99)
                .attendance(0.6)
                .build())
        .build();
  }

  @Test
  void should_run_groups_of_65_200_500_and_2000_members_with_sensible_metrics() {
    for (int size : new int[] {65, 200, 500, 2_000}) {
      Scenario s = large(size);
      double noneGini = Double.NaN;
      for (int arm = 0; arm < s.arms().size(); arm++) {
        RunMetrics m = Simulation.run(s, arm, 11).metrics();
        String what = size + " members, arm " + s.arms().get(arm).label();
        assertThat(m.sessionsHeld()).as(what).isEqualTo(5);
        assertThat(m.memberTurns()).as(what).isEqualTo(5 * 120);
        assertThat(m.turnsPerMember()).as(what).hasSize(size);
        assertThat(m.turnsPerMember().stream().mapToInt(Integer::intValue).sum())
            .as(what)
            .isEqualTo(5 * 120);
        assertThat(m.sessionsAttended()).as(what).hasSize(size);
        // members past the first word attend and speak
        assertThat(m.sessionsAttended().subList(64, size)).as(what).anyMatch(a -> a > 0);
        assertThat(m.turnsPerMember().subList(64, size)).as(what).anyMatch(t -> t > 0);
        // the first session: a binomial share of 0.6 of everyone
        assertThat(m.attendanceCurve().get(0)).as(what).isBetween(0.4, 0.8);
        assertThat(m.retention()).as(what).isBetween(0.0, 1.0).isLessThan(1.0);
        assertThat(m.newcomerRetention()).as(what).isBetween(0.0, 1.0);
        assertThat(m.meanGini()).as(what).isBetween(0.0, 1.0);
        assertThat(m.proposals()).as(what).isPositive();
        if (arm == 0) {
          noneGini = m.meanGini();
        } else if (arm == 1) {
          // go-round spreads the turns more evenly than letting the talkative talk
          assertThat(m.meanGini()).as(what).isLessThan(noneGini);
          if (size >= 500) {
            // over 120 people present: nobody speaks twice in a session
            assertThat(m.meanTopSpeakerShare()).as(what).isEqualTo(1.0 / 120);
          }
        }
      }
    }
  }

  @Test
  void should_write_byte_identical_output_for_1_2_and_5_threads(@TempDir Path dir)
      throws Exception {
    String[] csv = new String[3];
    byte[][] jsonl = new byte[3][];
    int[] threads = {1, 2, 5};
    for (int i = 0; i < 3; i++) {
      Path out = dir.resolve("t" + threads[i]);
      Experiment.custom()
          .scenario(large(500))
          .scenario(large(2_000))
          .replicates(2)
          .masterSeed(20260500L)
          .threads(threads[i])
          .build()
          .run()
          .writeTo(out);
      csv[i] = Files.readString(out.resolve(ExperimentResult.CSV), StandardCharsets.UTF_8);
      jsonl[i] = Files.readAllBytes(out.resolve(ExperimentResult.JSON_LINES));
    }
    assertThat(csv[0].lines()).hasSize(1 + 2 * 7 * 2);
    for (int i = 1; i < 3; i++) {
      assertThat(csv[i]).isEqualTo(csv[0]);
      assertThat(jsonl[i]).isEqualTo(jsonl[0]);
    }
  }

  @Test
  void should_count_on_the_fast_path_what_the_engine_records_for_65_and_200_members() {
    for (int size : new int[] {65, 200}) {
      Scenario s = large(size);
      for (int arm : List.of(0, 1, 2, 6)) {
        RunResult fast = Simulation.run(s, arm, 3);
        RunResult engine = Simulation.runWithEventLog(s, arm, 3);
        assertThat(engine.metrics()).as(size + " members, arm " + arm).isEqualTo(fast.metrics());
        assertThat(Simulation.metricsOf(s, engine.events()))
            .as(size + " members, arm " + arm)
            .isEqualTo(fast.metrics());
      }
    }
  }

  @Test
  void should_give_the_same_draws_to_a_large_group_as_to_the_same_set_in_one_word() {
    // given a floor of 200 with members 3, 40 and 150 present, and one of 64 with 3 and 40
    double[] propensity = new double[200];
    for (int i = 0; i < propensity.length; i++) {
      propensity[i] = 1 + i % 7;
    }
    Floor large = new Floor(200, propensity, 10, Recorder.NONE, new Tracker(200, 0, 1));
    large.begin(0, MemberSet.of(3, 40, 150), new java.util.SplittableRandom(1));
    Floor small =
        new Floor(
            64, java.util.Arrays.copyOf(propensity, 64), 10, Recorder.NONE, new Tracker(64, 0, 1));
    small.begin(0, MemberSet.of(3, 40, 63), new java.util.SplittableRandom(1));
    // when the same subset is drawn from, then both draw the same member for every u
    for (double u = 0; u < 1; u += 0.01) {
      assertThat(large.drawByPropensity(u, MemberSet.of(3, 40)))
          .isEqualTo(small.drawByPropensity(u, MemberSet.of(3, 40)));
    }
    // and a set past the first word is drawn in proportion: 3 and 150 weigh 4 each
    int drawn150 = 0;
    for (int k = 0; k < 1100; k++) {
      if (large.drawByPropensity((k + 0.5) / 1100, MemberSet.of(3, 40, 150).without(40)) == 150) {
        drawn150++;
      }
    }
    assertThat(drawn150).isEqualTo(550);
    assertThat(large.drawByPropensity(0.5, MemberSet.empty())).isEqualTo(-1);
  }
}
