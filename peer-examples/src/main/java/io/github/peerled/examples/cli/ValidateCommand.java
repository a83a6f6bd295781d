package io.github.peerled.examples.cli;

import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.files.Document;
import io.github.peerled.core.files.FileFormat;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.rules.files.GroupFile;
import io.github.peerled.rules.validate.GuidelineValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peer validate}: validates a group set-up, and a proposed change against it. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates a group set-up (founders, rotation, guidelines and their rules, safety"
          + " resources) and, if given, a proposed change against the guidelines in force"
          + " (clause ids, rule ids and parameters, the base version, and changes that would"
          + " hand decisions to outsiders, remove the amendment procedure or drop safety).",
      "Reports each violation, with the JSON path in the file where it is. A file named - is"
          + " read from standard input.",
      "Exit codes: 0 valid, 1 violations (duplicate ids, a version below 1, unknown rules or"
          + " parameters, and the rest above), 2 bad input (a file missing, empty, not JSON, or"
          + " not of the format: a wrong type, a missing or unknown field, a value the format"
          + " forbids)."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "GROUP.json", description = "The group file.")
  Path group = Path.of("");

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "CHANGE.json",
      description =
          "A proposed change, such as {\"kind\": \"guidelines\", \"baseVersion\": 1,"
              + " \"changes\": [...]}.")
  @Nullable Path change;

  @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json.")
  String format = "text";

  @Mixin Output output = new Output();

  @Override
  public Integer call() {
    Formats.check(format);
    Document<GroupFile> g = Documents.group(group);
    GroupCheck.Result checked = GroupCheck.check(g.value());
    Map<String, List<Violation>> byFile = new LinkedHashMap<>();
    byFile.put(g.source(), g.locate(GroupCheck.validate(g.value(), checked.problems())));
    String unchecked = null;
    if (change != null) {
      Document<ProposalContent> c = Documents.change(change);
      if (checked.guidelines().isPresent()) {
        GuidelineVersion inForce = checked.guidelines().get();
        byFile.put(
            c.source(), c.locate(GuidelineValidator.ofDefaults().validate(c.value(), inForce)));
      } else {
        unchecked =
            Inputs.source(change)
                + ": not checked, as the guidelines of the group file are not valid (see above)";
      }
    }
    int count = 0;
    for (List<Violation> v : byFile.values()) {
      count += v.size();
    }
    try (Output.Sink sink = output.open(spec.commandLine().getOut())) {
      print(sink.out, byFile, unchecked, count);
    }
    return count == 0 ? 0 : 1;
  }

  private void print(
      PrintWriter out, Map<String, List<Violation>> byFile, @Nullable String unchecked, int count) {
    if (format.equals("json")) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Map.Entry<String, List<Violation>> e : byFile.entrySet()) {
        for (Violation v : e.getValue()) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("file", e.getKey());
          row.put("code", v.code());
          row.put("path", v.path());
          row.put("message", v.message());
          rows.add(row);
        }
      }
      out.println(
          PeerledJson.writePretty(JsonOutputs.of(FileFormat.VIOLATIONS, "violations", rows)));
    } else {
      for (Map.Entry<String, List<Violation>> e : byFile.entrySet()) {
        for (Violation v : e.getValue()) {
          out.println(e.getKey() + ": " + v.describe());
        }
      }
      if (unchecked != null) {
        out.println(unchecked);
      }
      out.println(
          count == 0 ? "valid: " + String.join(", ", byFile.keySet()) : count + " violation(s)");
    }
  }
}
