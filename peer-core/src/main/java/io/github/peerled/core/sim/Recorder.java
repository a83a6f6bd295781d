package io.github.peerled.core.sim;

import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.GroupEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a run's happenings go: nowhere on the metrics-only fast path, into the real engine (as
 * commands, keeping the event log) on the engine path.
 */
interface Recorder {
  /** The fast path: records nothing. */
  Recorder NONE = new Recorder() {};

  default void found() {}

  default void leave(Instant at, int member) {}

  /**
   * Names the member who holds the facilitator's term for the next session (called before each
   * planned session of a run with terms).
   *
   * @param member the member's index, or -1 if nobody holds the term
   */
  default void termHolder(int member) {}

  default void startSession(int session, Instant at, MemberSet present) {}

  default void contribution(int member, Act act, int replyTo) {}

  default void intervention(InterventionKind kind) {}

  default void closeSession() {}

  default void propose(int number, Instant at, int proposer, int baseVersion) {}

  default void stance(int member, StanceKind kind) {}

  /**
   * Closes the open proposal; returns the engine's outcome (true: adopted), or empty on the fast
   * path.
   */
  /**
   * Records a stance taken on the open proposal between sessions, at an instant.
   *
   * @param at the instant
   * @param member the member's index
   * @param kind the stance
   */
  default void lateStance(Instant at, int member, StanceKind kind) {}

  default Optional<Boolean> closeProposal(Instant at, int closer, Optional<Boolean> decision) {
    return Optional.empty();
  }

  default List<GroupEvent> events() {
    return List.of();
  }
}
