package io.github.peerled.examples.cli;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.ReplayException;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.PeerledJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peer replay}: rebuilds a group from its event log, checks it, and prints its state. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds a group from an event log (JSON lines, one event per line), checks that the log"
          + " is one unbroken history of one group, and prints the group's state.",
      "Exit codes: 0 ok, 2 bad input (the message names the file, line, JSON path and reason)."
    })
final class ReplayCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "EVENTS.jsonl", description = "The event log.")
  Path events = Path.of("");

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description =
          "Replay only the events up to this instant (ISO-8601, e.g. 2026-02-04T00:00:00Z).")
  @Nullable String asOf;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "Output format: text (default) or json (the full state).")
  String format = "text";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Formats.check(format);
    Instant until = null;
    if (asOf != null) {
      try {
        until = Instant.parse(asOf);
      } catch (DateTimeParseException e) {
        throw new InputProblem("--as-of: '" + asOf + "' is not an ISO-8601 instant");
      }
    }
    List<GroupEvent> log = EventLogs.read(events);
    if (log.isEmpty()) {
      throw new InputProblem(events + ": holds no event");
    }
    List<GroupEvent> kept = new ArrayList<>();
    for (GroupEvent e : log) {
      if (until != null && e.at().isAfter(until)) {
        break;
      }
      kept.add(e);
    }
    GroupState state;
    try {
      state = GroupEngine.ofDefaults().replay(log.get(0).groupId(), kept);
    } catch (ReplayException e) {
      throw new InputProblem(
          events + ": line " + lineOf(e.sequence(), log) + ": " + e.getMessage(), e);
    }
    if (format.equals("json")) {
      out.println(PeerledJson.writePretty(state));
    } else {
      for (String line : StateReport.describe(state)) {
        out.println(line);
      }
      out.println(
          "replayed "
              + kept.size()
              + " of "
              + log.size()
              + " events"
              + (until == null ? "" : " (as of " + until + ")")
              + "; the log is consistent");
    }
    out.flush();
    return 0;
  }

  private static int lineOf(long sequence, List<GroupEvent> log) {
    for (int i = 0; i < log.size(); i++) {
      if (log.get(i).sequence() == sequence) {
        return i + 1;
      }
    }
    return 0;
  }
}
