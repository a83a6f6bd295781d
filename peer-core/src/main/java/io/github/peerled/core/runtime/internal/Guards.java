package io.github.peerled.core.runtime.internal;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.runtime.Guard;
import io.github.peerled.core.runtime.Registration;
import io.github.peerled.core.runtime.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** The runtime's guards, which may be added and removed at any time. Thread-safe. */
final class Guards {
  private final List<Guard> guards;

  Guards(List<Guard> initial) {
    this.guards = new CopyOnWriteArrayList<>(initial);
  }

  Registration add(Guard guard) {
    Objects.requireNonNull(guard, "guard");
    // Wrap it, so that removing removes this registration even if the guard was added twice.
    Guard entry = (s, c, p) -> guard.check(s, c, p);
    guards.add(entry);
    return () -> guards.remove(entry);
  }

  /** What every guard finds wrong with the events a command would append, in guard order. */
  List<Violation> check(GroupState state, GroupCommand command, List<GroupEvent> proposed) {
    List<Violation> all = List.of();
    if (guards.isEmpty()) {
      return all;
    }
    for (Guard g : guards) {
      List<Violation> v = g.check(state, command, proposed);
      if (!v.isEmpty()) {
        if (all.isEmpty()) {
          all = new ArrayList<>();
        }
        all.addAll(v);
      }
    }
    return all;
  }
}
