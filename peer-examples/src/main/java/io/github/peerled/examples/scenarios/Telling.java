package io.github.peerled.examples.scenarios;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.Rejection;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a story is told: each step is a command the real engine decides, at the story's own clock;
 * what it accepts is kept (the event log and the state), and each step is told in lines no wider
 * than the story's width. A step the engine refuses where the story expects it to accept (or the
 * other way round) stops the story: it would no longer tell the truth. Not thread-safe.
 */
final class Telling {
  private final GroupId group;
  private final int width;
  private final SteppingClock clock;
  private final GroupEngine engine;
  private final List<String> lines = new ArrayList<>();
  private final List<GroupEvent> events = new ArrayList<>();
  private GroupState state;

  Telling(GroupId group, Instant start, int width) {
    this.group = group;
    this.width = width;
    this.clock = new SteppingClock(start);
    this.engine = GroupEngine.of(clock);
    this.state = GroupState.initial(group);
  }

  SteppingClock clock() {
    return clock;
  }

  GroupState state() {
    return state;
  }

  /** Has the engine decide a step the story expects it to accept, then tells it. */
  void apply(GroupCommand command, Consumer<GroupState> then) {
    GroupEngine.Applied step = engine.apply(state, command);
    if (!step.result().isAccepted()) {
      throw new IllegalStateException(
          "the story went wrong: " + step.result().rejection().orElseThrow().message());
    }
    events.addAll(step.result().events());
    state = step.state();
    then.accept(state);
  }

  /** Has the engine decide a step the story expects it to refuse, and tells why it did. */
  void attempt(GroupCommand command, String what) {
    GroupEngine.Applied step = engine.apply(state, command);
    Optional<Rejection> r = step.result().rejection();
    if (r.isEmpty()) {
      throw new IllegalStateException("the story went wrong: " + what + " was accepted");
    }
    tell(what + " -> rejected (" + r.get().reason() + "): " + r.get().message());
  }

  /** The last event of a type the story has caused. */
  <E extends GroupEvent> E lastOf(Class<E> type) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (type.isInstance(events.get(i))) {
        return type.cast(events.get(i));
      }
    }
    throw new IllegalStateException("no " + type.getSimpleName() + " yet");
  }

  /** A member's display name, or their id. */
  String name(MemberId id) {
    return state.member(id).flatMap(m -> m.displayName()).orElse(id.value());
  }

  int eventCount() {
    return events.size();
  }

  /** Whether the replay of the log gives the state the story reached. */
  boolean replaysToItsState() {
    return engine.replay(group, events).equals(state);
  }

  void chapter(String title) {
    if (!lines.isEmpty()) {
      lines.add("");
    }
    lines.add("== " + title);
  }

  void tell(String line) {
    lines.addAll(Wrapping.wrap(line, width));
  }

  DiabetesGroupStory.Result result() {
    return new DiabetesGroupStory.Result(List.copyOf(lines), List.copyOf(events), state);
  }

  /** Says how many events the log holds and that replaying them gives the story's state. */
  void replayed() {
    tell("");
    tell(
        "The log holds "
            + eventCount()
            + " events; replaying them gives the same state: "
            + replaysToItsState()
            + ".");
  }

  /** The closing chapter: lines of introduction, then the commands to try, indented. */
  void whatNext(List<String> introduction, List<String> commands) {
    chapter("What to try next (peer is java -jar peer-examples/target/peer.jar)");
    introduction.forEach(this::tell);
    for (String line : commands) {
      tell("   " + line);
    }
  }

  Told told() {
    return new Told(lines, events, state);
  }

  /** Names as a sentence lists them: "Bob, Carol and Frank". */
  static String listed(List<String> names) {
    int last = names.size() - 1;
    return last < 1
        ? String.join("", names)
        : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
  }
}
