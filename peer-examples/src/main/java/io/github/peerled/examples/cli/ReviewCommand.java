package io.github.peerled.examples.cli;

import io.github.peerled.core.files.Document;
import io.github.peerled.core.files.FileFormat;
import io.github.peerled.core.files.SessionFile;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.rules.Finding;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.RuleSet;
import io.github.peerled.rules.files.GroupFile;
import io.github.peerled.rules.files.PeerFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peer review}: runs the group's facilitation rules over a session transcript. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the facilitation rules of the group's guidelines in force over a session transcript"
          + " and prints the findings, with the facilitator action each suggests. A file named"
          + " - is read from standard input.",
      "Without --group, the session's people are members and the default rules apply"
          + " (sharing-not-advice, everyone-counts, safety, facilitator-not-expert,"
          + " respectful-exchange, no-comparing).",
      "Exit codes: 0 no findings, 1 findings, 2 bad input: a file missing, empty, not JSON or not"
          + " of its format, or one that cannot be used (duplicate ids, a guideline version below"
          + " 1, unknown rules, a session naming people the group does not list); each problem"
          + " is listed with the file and the JSON path where it is."
    })
final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "SESSION.json", description = "The session transcript.")
  Path session = Path.of("");

  @Option(names = "--group", paramLabel = "GROUP.json", description = "The group file.")
  @Nullable Path group;

  @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json.")
  String format = "text";

  @Mixin Output output = new Output();

  @Override
  public Integer call() {
    Formats.check(format);
    Path groupPath = group;
    Document<GroupFile> groupFile = groupPath == null ? null : Documents.group(groupPath);
    Document<SessionFile> parsed = Documents.session(session);
    SessionFile s = parsed.value();
    GroupFile g = groupFile == null ? Documents.groupOf(s) : groupFile.value();
    GroupCheck.Result checked = GroupCheck.check(g);
    Map<String, List<Violation>> problems = new LinkedHashMap<>();
    if (!checked.problems().isEmpty()) {
      if (groupFile == null) {
        problems.put("the default group", checked.problems());
      } else {
        problems.put(groupFile.source(), groupFile.locate(checked.problems()));
      }
    }
    List<Violation> sessionProblems = PeerFiles.problems(s, g);
    if (!sessionProblems.isEmpty()) {
      problems.put(parsed.source(), parsed.locate(sessionProblems));
    }
    if (!problems.isEmpty()) {
      throw InputProblem.of(problems);
    }
    RuleSet rules = checked.rules().orElseThrow();
    GroupContext context = Documents.context(g, s);
    List<Finding> findings = rules.review(context, Documents.contributions(s));
    try (Output.Sink sink = output.open(spec.commandLine().getOut())) {
      print(sink.out, findings, s, g);
    }
    return findings.isEmpty() ? 0 : 1;
  }

  private void print(PrintWriter out, List<Finding> findings, SessionFile s, GroupFile g) {
    if (format.equals("json")) {
      out.println(
          PeerledJson.writePretty(JsonOutputs.of(FileFormat.FINDINGS, "findings", findings)));
    } else {
      for (Finding f : findings) {
        out.println(describe(f));
      }
      out.println(
          findings.size()
              + " finding(s) on "
              + s.contributions().size()
              + " contribution(s) under guidelines v"
              + g.guidelines().version());
    }
  }

  static String describe(Finding f) {
    return "#"
        + f.contribution()
        + " "
        + f.severity()
        + " ["
        + f.ruleId()
        + f.clauseId().map(c -> ", clause " + c).orElse("")
        + "] "
        + f.message()
        + " -> "
        + f.action().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
