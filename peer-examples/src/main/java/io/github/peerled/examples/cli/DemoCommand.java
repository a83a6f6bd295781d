package io.github.peerled.examples.cli;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.examples.scenarios.DiabetesGroupStory;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peer demo}: runs a complete scenario and tells its story. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a complete scenario and tells its story: a diabetes peer support group is founded,"
          + " adopts its first guidelines, holds a session the facilitation rules review,"
          + " decides a guideline change, and rotates facilitation."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(names = "--json", description = "Print the event log as JSON lines instead of the story.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DiabetesGroupStory.Result result = new DiabetesGroupStory().run();
    if (json) {
      for (GroupEvent e : result.events()) {
        out.println(PeerledJson.write(e));
      }
    } else {
      List<String> lines = result.lines();
      for (String line : lines) {
        out.println(line);
      }
    }
    out.flush();
    return 0;
  }
}
