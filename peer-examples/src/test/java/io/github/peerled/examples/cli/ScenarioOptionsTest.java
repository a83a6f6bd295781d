package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code peer simulate} and the Spark sweep take the scenario and its options alike. */
class ScenarioOptionsTest {
  private static final List<String> ARGS =
      List.of(
          "scenario.json",
          "--replicates",
          "6",
          "--seed",
          "11",
          "--independent-seeds",
          "--out",
          "o");

  @Test
  void should_give_simulate_and_the_spark_sweep_the_same_scenario_options() {
    CommandSpec simulate = simulate().getCommandSpec();
    CommandSpec spark = SparkSweep.commandLine().getCommandSpec();
    Set<String> common = new TreeSet<>(names(simulate));
    common.retainAll(names(spark));
    assertThat(common)
        .containsExactly(
            "--help", "--independent-seeds", "--out", "--replicates", "--seed", "--version");
    for (String name : common) {
      OptionSpec a = simulate.findOption(name);
      OptionSpec b = spark.findOption(name);
      assertThat(b.paramLabel()).as(name).isEqualTo(a.paramLabel());
      assertThat(b.description()).as(name).isEqualTo(a.description());
      assertThat(b.defaultValue()).as(name).isEqualTo(a.defaultValue());
      assertThat(b.required()).as(name).isEqualTo(a.required());
      assertThat(b.type()).as(name).isEqualTo(a.type());
    }
    PositionalParamSpec scenario = simulate.positionalParameters().get(0);
    assertThat(spark.positionalParameters()).hasSize(1);
    assertThat(spark.positionalParameters().get(0).paramLabel()).isEqualTo(scenario.paramLabel());
    assertThat(spark.positionalParameters().get(0).description()).isEqualTo(scenario.description());
  }

  @Test
  void should_read_the_same_command_line_into_the_same_scenario_options() {
    CommandLine peer = PeerCommand.commandLine();
    List<String> args = new ArrayList<>(List.of("simulate"));
    args.addAll(ARGS);
    peer.parseArgs(args.toArray(String[]::new));
    CommandLine simulate = Objects.requireNonNull(peer.getSubcommands().get("simulate"));
    CommandLine spark = SparkSweep.commandLine();
    spark.parseArgs(ARGS.toArray(String[]::new));
    for (ScenarioOptions o :
        List.of(
            simulate.<SimulateCommand>getCommand().options,
            spark.<SparkSweep>getCommand().options)) {
      assertThat(o.scenario).isEqualTo(Path.of("scenario.json"));
      assertThat(o.replicates).isEqualTo(6);
      assertThat(o.seed).isEqualTo(11L);
      assertThat(o.independentSeeds).isTrue();
      assertThat(o.out).isEqualTo(Path.of("o"));
    }
  }

  private static CommandLine simulate() {
    return Objects.requireNonNull(PeerCommand.commandLine().getSubcommands().get("simulate"));
  }

  private static Set<String> names(CommandSpec spec) {
    Set<String> names = new TreeSet<>();
    for (OptionSpec o : spec.options()) {
      names.add(o.longestName());
    }
    return names;
  }
}
