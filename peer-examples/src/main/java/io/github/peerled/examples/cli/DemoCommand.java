package io.github.peerled.examples.cli;

import io.github.peerled.core.files.CoreFiles;
import io.github.peerled.examples.scenarios.DiabetesGroupStory;
import io.github.peerled.examples.scenarios.KnowledgeNetworkStory;
import io.github.peerled.examples.scenarios.MentoringForumStory;
import io.github.peerled.examples.scenarios.Told;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
          + " decides a guideline change after integrating an objection, rotates facilitation,"
          + " and decides about a member with stances hidden until the close.",
      "--story tells another: knowledge-network (a rare-disease network selects its"
          + " representative: nominations hidden until revealed, a change round, consent, a term"
          + " that ends by itself) or mentoring-forum (members flag a hostile post between"
          + " mentors, it is held and reviewed, and the group pauses the mentor who keeps"
          + " attacking). Both start from their group file in peer-examples/examples."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description =
          "text (default): the story; json: its event log as JSON lines, after the line"
              + " {\"format\":\"peerled-events/1\"}, as peer replay reads it.")
  String format = "text";

  @Option(
      names = "--story",
      paramLabel = "diabetes|knowledge-network|mentoring-forum",
      description = "The story to tell; diabetes unless set.")
  String story = "diabetes";

  @Option(names = "--json", hidden = true, description = "Deprecated: use --format json.")
  boolean json;

  @Mixin Output output = new Output();

  @Override
  public Integer call() {
    Formats.check(format);
    if (json) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("peer demo: --json is deprecated; use --format json");
      err.flush();
    }
    Told result = tell(story);
    try (Output.Sink sink = output.open(spec.commandLine().getOut())) {
      if (json || format.equals("json")) {
        sink.out.print(CoreFiles.writeEventLog(result.events()));
      } else {
        for (String line : result.lines()) {
          sink.out.println(line);
        }
      }
    }
    return 0;
  }

  /** Runs the story of a name; the check comes before any output. */
  private static Told tell(String story) {
    return switch (story) {
      case "diabetes" -> {
        DiabetesGroupStory.Result r = new DiabetesGroupStory().run();
        yield new Told(r.lines(), r.events(), r.state());
      }
      case "knowledge-network" -> new KnowledgeNetworkStory().run();
      case "mentoring-forum" -> new MentoringForumStory().run();
      default ->
          throw new InputProblem(
              "--story: '"
                  + story
                  + "' is not one of diabetes, knowledge-network, mentoring-forum");
    };
  }
}
