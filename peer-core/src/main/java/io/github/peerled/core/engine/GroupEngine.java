package io.github.peerled.core.engine;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The governance engine: two pure functions hold all behaviour. {@link #decide} turns a command
 * into events or a rejection without changing anything; {@link #evolve} folds one event into the
 * state. A group's state is the fold of its events, so {@link #replay} of a log reproduces it
 * exactly. Time comes from the injected clock, read once per decided command.
 *
 * <p>Thread-safe: the engine holds no mutable state; states and events are immutable. Commands on
 * one group must still be applied one at a time, in order (the runtime does that for you).
 *
 * <pre>{@code
 * GroupEngine engine = GroupEngine.of(Clock.systemUTC());
 * GroupState state = GroupState.initial(GroupId.of("diabetes-town-hall"));
 * Applied step = engine.apply(state, command);
 * if (!step.result().isAccepted()) {
 *   System.out.println(step.result().rejection().get().message());
 * }
 * }</pre>
 */
public final class GroupEngine {
  private final Clock clock;
  private final Limits limits;

  private GroupEngine(Clock clock, Limits limits) {
    this.clock = clock;
    this.limits = limits;
  }

  /**
   * Returns an engine that reads time from a clock, with the default {@link Limits}.
   *
   * @param clock the clock (inject a fixed or stepping clock in tests and simulations)
   * @return the engine
   * @throws NullPointerException if {@code clock} is null
   */
  public static GroupEngine of(Clock clock) {
    return of(clock, Limits.ofDefaults());
  }

  /**
   * Returns an engine that reads time from a clock and holds commands to the host's limits.
   *
   * @param clock the clock (inject a fixed or stepping clock in tests and simulations)
   * @param limits the most a command may carry
   * @return the engine
   * @throws NullPointerException if {@code clock} or {@code limits} is null
   */
  public static GroupEngine of(Clock clock, Limits limits) {
    return new GroupEngine(
        Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns an engine on the system clock, in UTC, with the default {@link Limits}.
   *
   * @return the engine
   */
  public static GroupEngine ofDefaults() {
    return of(Clock.systemUTC());
  }

  /**
   * Returns an engine that reads time from a clock, with the default {@link Limits}.
   *
   * @param clock the clock
   * @return the engine
   * @deprecated named {@link #of(Clock)} now, after the library's naming of factories
   */
  @Deprecated
  @SuppressWarnings("InlineMeSuggester") // an alias; the core needs no annotation library to run
  public static GroupEngine create(Clock clock) {
    return of(clock);
  }

  /**
   * Returns an engine that reads time from a clock and holds commands to the host's limits.
   *
   * @param clock the clock
   * @param limits the most a command may carry
   * @return the engine
   * @deprecated named {@link #of(Clock, Limits)} now, after the library's naming of factories
   */
  @Deprecated
  @SuppressWarnings("InlineMeSuggester") // an alias; the core needs no annotation library to run
  public static GroupEngine create(Clock clock, Limits limits) {
    return of(clock, limits);
  }

  /**
   * Returns the limits the engine holds commands to.
   *
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Decides a command against a state: the events it gives, or why it is rejected. Changes nothing.
   * A command over one of the engine's {@link Limits} is rejected as {@link
   * RejectionReason#INVALID}.
   *
   * @param state the group's current state
   * @param command the command
   * @return the events (numbered after {@code state.version()}) or the rejection
   * @throws IllegalArgumentException if the command is of a type the engine does not know
   */
  public CommandResult decide(GroupState state, GroupCommand command) {
    return Decider.decide(state, command, clock.instant(), limits);
  }

  /**
   * Folds one event into a state.
   *
   * @param state the state before the event
   * @param event the event, decided against {@code state}
   * @return the state after the event
   * @throws IllegalStateException if the event does not fit the state: its actor or a member it is
   *     about is not a member able to do it (never joined, has left, or is not a peer where peers
   *     alone may act), or it refers to a proposal, session, guideline version or clause the state
   *     does not hold
   * @throws IllegalArgumentException if the event is of a type the engine does not know
   */
  public GroupState evolve(GroupState state, GroupEvent event) {
    return Evolver.evolve(state, event);
  }

  /**
   * Decides a command and, if accepted, folds its events into the state.
   *
   * @param state the group's current state
   * @param command the command
   * @return the result and the next state (the same state if rejected)
   * @throws IllegalArgumentException if the command is of a type the engine does not know
   */
  public Applied apply(GroupState state, GroupCommand command) {
    CommandResult result = decide(state, command);
    List<GroupEvent> events = result.events();
    if (events.isEmpty()) {
      return new Applied(result, state);
    }
    Evolver evolver = new Evolver(state);
    for (GroupEvent e : events) {
      evolver.apply(e);
    }
    return new Applied(result, evolver.state());
  }

  /**
   * Rebuilds a group's state from its events, checking that they form one unbroken log of that
   * group.
   *
   * @param groupId the group's id
   * @param events the events, in order, starting at sequence number 1
   * @return the state
   * @throws ReplayException if the log has a gap or repeat, holds another group's event, or holds
   *     an event that does not fit the state before it (as {@link #evolve} checks: an actor or
   *     subject who is not a member able to do it at that point, a reference to what the log never
   *     created); the message names the event's sequence number and the reason
   */
  public GroupState replay(GroupId groupId, Iterable<? extends GroupEvent> events) {
    return replayOnto(GroupState.initial(groupId), events);
  }

  /**
   * Folds further events into a state (for example onto a snapshot), checking them as {@link
   * #replay} does.
   *
   * @param state the state to start from
   * @param events the events that follow it, in order
   * @return the state
   * @throws ReplayException if the events do not continue the state's log
   */
  public GroupState replayOnto(GroupState state, Iterable<? extends GroupEvent> events) {
    Replayer replayer = replayer(state);
    for (GroupEvent e : events) {
      replayer.accept(e);
    }
    return replayer.state();
  }

  /**
   * Starts a replay that is fed one event at a time, for logs read as a stream (from a host's own
   * storage, say). It checks each event as {@link #replay} does, and folds a long log in one pass
   * without publishing a state per event.
   *
   * <pre>{@code
   * GroupEngine.Replayer replayer = engine.replayer(GroupState.initial(groupId));
   * myStorage.forEachEvent(groupId, replayer);
   * GroupState state = replayer.state();
   * }</pre>
   *
   * @param state the state to start from
   * @return a replayer on that state; confined to one thread
   */
  public Replayer replayer(GroupState state) {
    return new Replayer(Objects.requireNonNull(state, "state"));
  }

  /**
   * A replay in progress: accepts events in order and publishes the state on demand. An event that
   * does not continue the log is rejected with a {@link ReplayException} and changes nothing, so
   * the state stays the one before it.
   *
   * <p>Not thread-safe: feed it from one thread at a time.
   */
  public static final class Replayer implements Consumer<GroupEvent> {
    private final Evolver evolver;

    private Replayer(GroupState state) {
      this.evolver = new Evolver(state);
    }

    /**
     * Folds the next event in.
     *
     * @param e the event; its sequence number must follow {@link #version()}
     * @throws ReplayException if the event has the wrong sequence number, belongs to another group
     *     or does not fit the state before it; the replayer is unchanged
     */
    @Override
    public void accept(GroupEvent e) {
      long expected = evolver.version() + 1;
      if (e.sequence() != expected) {
        throw new ReplayException(e.sequence(), "expected sequence number " + expected, null);
      }
      if (!e.groupId().equals(evolver.groupId())) {
        throw new ReplayException(
            e.sequence(), "belongs to group " + e.groupId() + ", not " + evolver.groupId(), null);
      }
      try {
        evolver.apply(e);
      } catch (IllegalStateException | IllegalArgumentException ex) {
        throw new ReplayException(e.sequence(), String.valueOf(ex.getMessage()), ex);
      }
    }

    /**
     * Returns the sequence number of the latest event folded in.
     *
     * @return the version
     */
    public long version() {
      return evolver.version();
    }

    /**
     * Returns the state with every event accepted so far. The replay may go on afterwards.
     *
     * @return the state
     */
    public GroupState state() {
      return evolver.state();
    }
  }

  /**
   * A decided command and the state after it. Immutable and thread-safe.
   *
   * @param result what was decided
   * @param state the state after the command's events (the same state if rejected)
   */
  public record Applied(CommandResult result, GroupState state) {}
}
