package io.github.peerled.examples.cli;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.ReplayException;
import io.github.peerled.core.files.FileFormat;
import io.github.peerled.core.files.LoggedEvent;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.json.PeerledJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peer replay}: rebuilds a group from its event log, checks it, and prints its state. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds a group from an event log (JSON lines, one event per line, after an optional"
          + " line {\"format\":\"peerled-events/1\"}; or a group's file of the JSON-lines event"
          + " store), checks that the log is one unbroken history of one group, and prints the"
          + " group's state. EVENTS.jsonl - reads standard input.",
      "A log whose personal values are sealed (the file store's, by default) is opened with the"
          + " store's key file, member.keys beside the log or the file --keys names: a member"
          + " forgotten reads as removed, expired text as expired.",
      "Exit codes: 0 ok, 2 bad input (the message names the file, line, JSON path and reason)."
    })
final class ReplayCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(
      index = "0",
      paramLabel = "EVENTS.jsonl",
      description = "The event log, or - for standard input.")
  Path events = Path.of("");

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description =
          "Replay only the events up to this instant (ISO-8601, e.g. 2026-02-04T00:00:00Z).")
  @Nullable String asOf;

  @Option(
      names = "--as-member",
      paramLabel = "MEMBER",
      description =
          "Print the state as this member of the group may see it: the stances and objections"
              + " of proposals whose ballots are hidden are left out (until the close, or for"
              + " good when anonymous), who took part is shown.")
  @Nullable String asMember;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "Output format: text (default) or json (the full state).")
  String format = "text";

  @Option(
      names = "--keys",
      paramLabel = "FILE",
      description =
          "The member key file that opens sealed values (default: member.keys beside the log).")
  @Nullable Path keys;

  @Mixin Output output = new Output();

  @Override
  public Integer call() {
    Formats.check(format);
    Instant until = null;
    if (asOf != null) {
      try {
        until = Instant.parse(asOf);
      } catch (DateTimeParseException e) {
        throw new InputProblem("--as-of: '" + asOf + "' is not an ISO-8601 instant");
      }
    }
    List<LoggedEvent> log = SealedLogs.open(events, keys, Documents.events(events));
    if (log.isEmpty()) {
      throw new InputProblem(Inputs.source(events) + ": holds no event");
    }
    GroupEngine.Replayer replayer =
        GroupEngine.ofDefaults().replayer(GroupState.initial(log.get(0).event().groupId()));
    int kept = 0;
    for (LoggedEvent l : log) {
      if (until != null && l.event().at().isAfter(until)) {
        break;
      }
      try {
        replayer.accept(l.event());
      } catch (ReplayException e) {
        throw new InputProblem(
            Inputs.source(events) + ": line " + l.line() + ": " + e.getMessage(), e);
      }
      kept++;
    }
    GroupState state = replayer.state();
    if (asMember != null) {
      state = memberView(state, asMember);
    }
    try (Output.Sink sink = output.open(spec.commandLine().getOut())) {
      print(sink.out, state, kept, log.size(), until);
    }
    return 0;
  }

  /** The state as one of the group's members may see it; an unknown member is bad input. */
  private GroupState memberView(GroupState state, String member) {
    MemberId id;
    try {
      id = MemberId.of(member);
    } catch (IllegalArgumentException e) {
      throw new InputProblem("--as-member: '" + member + "' is not a member id: " + e.getMessage());
    }
    if (!state.members().containsKey(id)) {
      throw new InputProblem(
          "--as-member: "
              + id
              + " is not a member of group "
              + state.groupId()
              + " (its members: "
              + String.join(", ", state.members().keySet().stream().map(MemberId::value).toList())
              + ")");
    }
    return state.asSeenByMembers();
  }

  private void print(
      PrintWriter out, GroupState state, int kept, int size, @Nullable Instant until) {
    if (format.equals("json")) {
      out.println(PeerledJson.writePretty(JsonOutputs.of(FileFormat.STATE, "state", state)));
    } else {
      if (asMember != null) {
        out.println(
            "as seen by member "
                + asMember
                + ": ballots the group's procedures hide from members are left out");
      }
      for (String line : StateReport.describe(state)) {
        out.println(line);
      }
      out.println(
          "replayed "
              + kept
              + " of "
              + size
              + " events"
              + (until == null ? "" : " (as of " + until + ")")
              + "; the log is consistent");
    }
  }
}
