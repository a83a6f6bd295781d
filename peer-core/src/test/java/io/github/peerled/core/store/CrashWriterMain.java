package io.github.peerled.core.store;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * The writer process of {@link CrashRecoveryTest}: appends a deterministic stream of commands to a
 * file store through the runtime, and prints the group version after each acknowledged command,
 * until it is killed. Several commands are kept in flight, so that they share appends. Half of the
 * commands make two events (a newcomer's first contribution, with their attendance), and the
 * contributions are long, so that appends span many pages and a kill can land inside one.
 *
 * <p>Arguments: the store directory, the durability ({@code FORCE} or {@code NO_FORCE}).
 */
public final class CrashWriterMain {
  static final GroupId GROUP = GroupId.of("crash-test");
  private static final int IN_FLIGHT = 8;
  private static final long MAX_MILLIS = 60_000;

  private CrashWriterMain() {}

  /** The command that follows a state in the deterministic stream. */
  static GroupCommand next(int startIndex) {
    java.util.List<GroupCommand> setup = Fixtures.running(3);
    if (startIndex < setup.size()) {
      return setup.get(startIndex);
    }
    int n = startIndex - setup.size();
    MemberId newcomer = MemberId.of("n" + n / 2);
    if (n % 2 == 0) {
      return Fixtures.join(newcomer);
    }
    return Fixtures.say(newcomer, "s1", "contribution " + n + " " + FILLER.repeat(n % 97));
  }

  private static final String FILLER = "what helped me this week was ".repeat(4);

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    long deadline = System.currentTimeMillis() + MAX_MILLIS;
    try (JsonLinesEventStore store =
            JsonLinesEventStore.builder(Path.of(args[0]))
                .plainText()
                .durability(Durability.valueOf(args[1]))
                .build();
        GroupRuntime runtime =
            GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).build()) {
      GroupHandle group = runtime.group(GROUP);
      int index = CrashRecoveryTest.commandsIn(group.state());
      out.println("ready " + group.version());
      out.flush();
      Deque<CompletableFuture<Submission>> inFlight = new ArrayDeque<>();
      while (System.currentTimeMillis() < deadline) {
        while (inFlight.size() < IN_FLIGHT) {
          inFlight.add(group.submitAsync(next(index++)));
        }
        Submission s = inFlight.removeFirst().join();
        if (!s.isAccepted()) {
          throw new IllegalStateException("rejected: " + s.rejection());
        }
        out.println(s.version());
        out.flush();
      }
    }
  }
}
