package io.github.peerled.examples.bench;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.EventStore;
import java.util.ArrayList;
import java.util.List;

/** Logs of the benchmark group: its set-up, then the command mix, as the engine decides them. */
final class BenchLogs {
  private BenchLogs() {}

  /** Returns the first {@code n} events of the group's log. */
  static List<GroupEvent> events(GroupId group, int n) {
    List<GroupEvent> all = new ArrayList<>(n);
    write(group, n, 10_000, all::addAll);
    return all;
  }

  /** Appends a log of 1,000,000 events to a store, 10,000 events an append. */
  static void writeMillion(EventStore store, GroupId group) {
    write(
        group,
        RuntimeBenchmark.MillionEvents.EVENTS,
        10_000,
        batch -> store.append(group, batch.get(0).sequence() - 1, batch));
  }

  private interface Sink {
    void accept(List<GroupEvent> batch);
  }

  private static void write(GroupId group, int n, int batchSize, Sink sink) {
    GroupEngine engine = GroupEngine.of(RuntimeBenchmark.CLOCK);
    GroupState s = GroupState.initial(group);
    GroupCommand[] mix = BenchGroup.mix(4096, 7);
    List<GroupCommand> setup = BenchGroup.setup();
    List<GroupEvent> batch = new ArrayList<>();
    for (int i = 0; s.version() < n; i++) {
      GroupCommand c = i < setup.size() ? setup.get(i) : mix[(i - setup.size()) & 4095];
      GroupEngine.Applied a = engine.apply(s, c);
      for (GroupEvent e : a.result().events()) {
        if (e.sequence() <= n) {
          batch.add(e);
        }
      }
      s = a.state();
      if (batch.size() >= batchSize || s.version() >= n) {
        sink.accept(List.copyOf(batch));
        batch.clear();
      }
    }
  }
}
