package io.github.peerled.examples.scenarios;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import java.util.List;

/**
 * What an example story showed: the lines it told, each at most {@link DiabetesGroupStory#WIDTH}
 * characters, the event log the engine recorded and the state it reached. Immutable and
 * thread-safe.
 *
 * @param lines the lines, in order
 * @param events the event log, in order
 * @param state the final state
 */
public record Told(List<String> lines, List<GroupEvent> events, GroupState state) {
  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list or an element is null
   */
  public Told {
    lines = List.copyOf(lines);
    events = List.copyOf(events);
  }
}
