package io.github.peerled.examples.cli;

import io.github.peerled.core.engine.ReplayException;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.EventStore;
import io.github.peerled.core.store.StoreRecordException;
import io.github.peerled.core.store.VersionConflictException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peer migrate}: copies every group, with its events and snapshot, from one event store to
 * another, and checks each copy by replay.
 */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Copies every group of one event store to another: its events, with the same sequence"
          + " numbers and contents, and its snapshot. Each copy is checked by replaying both sides"
          + " and comparing the states. A store is a directory of the file store or a"
          + " jdbc:postgresql: URL; the user and password are the URL's parameters (user=,"
          + " password=) or PEERLED_PG_USER and PEERLED_PG_PASSWORD. The target's tables or"
          + " directory are created if missing.",
      "Nothing is overwritten: if the target already has any group of the source, nothing is"
          + " copied.",
      "Exit codes: 0 every group copied and checked, 1 a copy differs from its source (named),"
          + " 2 bad input (a store that cannot be reached or read, a group the target has)."
    })
final class MigrateCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--from",
      required = true,
      paramLabel = "SOURCE",
      description = "The store to copy from: a directory or a jdbc:postgresql: URL.")
  String from = "";

  @Option(
      names = "--to",
      required = true,
      paramLabel = "TARGET",
      description = "The store to copy to: a directory or a jdbc:postgresql: URL.")
  String to = "";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (EventStore source = StoreLocation.open("--from", from, false);
        EventStore target = StoreLocation.open("--to", to, true)) {
      Set<GroupId> groups = read(() -> source.groups(), "--from", from);
      List<String> present = new ArrayList<>();
      for (GroupId g : groups) {
        if (read(() -> target.version(g), "--to", to) > 0) {
          present.add(g.value());
        }
      }
      if (!present.isEmpty()) {
        throw new InputProblem(
            "--to "
                + StoreLocation.shown(to)
                + " already has the group"
                + (present.size() == 1 ? " " : "s ")
                + String.join(", ", present)
                + "; nothing is copied (migrate never overwrites a group)");
      }
      GroupCopy copier = new GroupCopy(source, target);
      int differing = 0;
      for (GroupId g : groups) {
        try {
          GroupCopy.Copied c = read(() -> copier.copy(g), "group " + g.value(), "");
          out.println(
              g.value()
                  + ": "
                  + c.events()
                  + " events"
                  + (c.snapshot() > 0 ? ", snapshot at " + c.snapshot() : ", no snapshot")
                  + "; copied, replayed on both sides, states equal");
          out.flush();
        } catch (VersionConflictException e) {
          throw new InputProblem(
              "group "
                  + g.value()
                  + ": another writer created it in --to "
                  + StoreLocation.shown(to)
                  + " during the copy ("
                  + e.getMessage()
                  + "); the groups before it are copied",
              e);
        } catch (GroupCopy.Mismatch e) {
          err.println("peer: group " + g.value() + ": the copy differs: " + e.getMessage());
          err.flush();
          differing++;
        }
      }
      out.println(
          "migrated "
              + (groups.size() - differing)
              + " of "
              + groups.size()
              + " groups from "
              + StoreLocation.shown(from)
              + " to "
              + StoreLocation.shown(to));
      out.flush();
      return differing == 0 ? 0 : 1;
    }
  }

  /** Runs a step on a store, turning a failure of the store into a problem that names it. */
  private static <T> T read(Step<T> step, String option, String location) {
    String where = (option + " " + StoreLocation.shown(location)).strip();
    try {
      return step.run();
    } catch (UncheckedIOException e) {
      throw new InputProblem(where + ": " + StoreLocation.reason(e), e);
    } catch (StoreRecordException e) {
      throw new InputProblem(where + ": " + e.getMessage(), e);
    } catch (ReplayException e) {
      throw new InputProblem(where + ": the log does not replay: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Step<T> {
    T run();
  }
}
