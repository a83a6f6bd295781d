package io.github.peerled.core.runtime.internal;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.CommandResult;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.Rejection;
import io.github.peerled.core.engine.RejectionReason;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Commit;
import io.github.peerled.core.runtime.GuardFailedException;
import io.github.peerled.core.runtime.Submission;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.core.store.EventStore;
import io.github.peerled.core.store.VersionConflictException;
import io.github.peerled.core.store.internal.ExclusiveAppends;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The path of one group's batch of commands: the version check, the decision, the guards, the
 * append (again on a version conflict) and the fold into the group's committed state. Runs on one
 * thread at a time (the group's drain); {@link #state()} may be read from any thread.
 */
final class CommandPipeline {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.runtime");

  /**
   * What the pipeline needs from its runtime.
   *
   * @param store where the events go
   * @param engine decides and folds
   * @param guards checked before a command's events are appended
   * @param maxAppendAttempts how many times a batch is decided and appended on version conflicts
   */
  record Context(EventStore store, GroupEngine engine, Guards guards, int maxAppendAttempts) {}

  /** What became of one command of a batch, before the batch's append. */
  static final class Outcome {
    final Pending pending;
    final long decidedOn;
    @Nullable Submission submission;
    @Nullable Throwable failure;

    Outcome(Pending pending, long decidedOn) {
      this.pending = pending;
      this.decidedOn = decidedOn;
    }
  }

  /** One attempt at a batch: what each command came to on the state it was decided on. */
  static final class Attempt {
    final GroupState committed;
    GroupState state;
    final List<GroupEvent> appended = new ArrayList<>();
    final List<Commit> commits = new ArrayList<>();
    final List<Outcome> outcomes;
    @Nullable Exception failure;

    Attempt(GroupState committed, int size) {
      this.committed = committed;
      this.state = committed;
      this.outcomes = new ArrayList<>(size);
    }
  }

  private final GroupId id;
  private final Context context;
  private final GroupHistory history;
  private volatile GroupState state;

  CommandPipeline(GroupId id, Context context, GroupHistory history) {
    this.id = id;
    this.context = context;
    this.history = history;
    this.state = GroupState.initial(id);
  }

  /** The group's committed state. */
  GroupState state() {
    return state;
  }

  /** Makes the group's state what its store holds. */
  void load() {
    state = history.replay(Long.MAX_VALUE);
  }

  /**
   * Decides a batch one command at a time and appends its events at once; if that succeeds, the
   * attempt's state becomes the group's. If another writer extended the group's log in the meantime
   * (a version conflict), reads the new events, decides the whole batch again on the new state and
   * appends again, up to the runtime's number of attempts; with a store that can make the group's
   * other writers wait ({@link ExclusiveAppends}), it does so while they wait.
   *
   * @param listening whether to keep the commits for listeners
   * @return the last attempt, with its failure if its append failed
   */
  @SuppressWarnings("CatchingUnchecked")
  Attempt process(List<Pending> batch, boolean listening) {
    Attempt a = attempt(batch, state, listening);
    for (int attempt = 2;
        a.failure instanceof VersionConflictException conflict
            && attempt <= context.maxAppendAttempts()
            && pause(attempt - 1);
        attempt++) {
      GroupState committed = a.committed;
      try {
        a =
            context.store() instanceof ExclusiveAppends exclusive
                ? exclusive.exclusively(id, () -> again(batch, committed, listening))
                : again(batch, committed, listening);
      } catch (Exception e) {
        e.addSuppressed(conflict);
        LOG.log(
            System.Logger.Level.WARNING,
            "group " + id + ": cannot read the group again after a version conflict",
            e);
        a.failure = e;
        break;
      }
    }
    if (a.failure == null) {
      state = a.state;
    }
    return a;
  }

  /** Reads what other writers appended, then decides and appends the batch again. */
  private Attempt again(List<Pending> batch, GroupState committed, boolean listening) {
    catchUp(committed);
    return attempt(batch, state, listening);
  }

  /** Decides the batch on a committed state and appends its events, if any. */
  @SuppressWarnings("CatchingUnchecked")
  private Attempt attempt(List<Pending> batch, GroupState committed, boolean listening) {
    Attempt a = decideAll(batch, committed, listening);
    if (!a.appended.isEmpty()) {
      try {
        context.store().append(id, committed.version(), a.appended);
      } catch (Exception e) {
        a.failure = e;
      }
    }
    return a;
  }

  @SuppressWarnings("CatchingUnchecked")
  private Attempt decideAll(List<Pending> batch, GroupState committed, boolean listening) {
    Attempt a = new Attempt(committed, batch.size());
    for (Pending p : batch) {
      Outcome o = new Outcome(p, a.state.version());
      a.outcomes.add(o);
      GroupState before = a.state;
      try {
        a.state = decide(a.state, o);
      } catch (Exception e) {
        o.failure = e;
      }
      if (o.submission != null && o.submission.isAccepted()) {
        a.appended.addAll(o.submission.events());
        if (listening) {
          a.commits.add(new Commit(id, p.command(), o.submission.events(), before, a.state));
        }
      }
    }
    return a;
  }

  /**
   * After a conflict, folds the events other writers appended onto the committed state. If the
   * store holds no new event (its log is shorter than this runtime's state, as after a restore),
   * replays the group from the store instead.
   */
  private void catchUp(GroupState committed) {
    GroupEngine.Replayer replayer = context.engine().replayer(committed);
    context.store().forEach(id, committed.version() + 1, Long.MAX_VALUE, replayer);
    GroupState s = replayer.state();
    state = s.version() > committed.version() ? s : history.replay(Long.MAX_VALUE);
  }

  /**
   * Waits a little before another attempt: not at all before the second, then a random time of up
   * to 2, 4, 8, 16 and at most 32 milliseconds, so that writers that collided do not collide again.
   *
   * @return false if the thread was interrupted (no further attempt)
   */
  private static boolean pause(int failedAttempts) {
    if (failedAttempts < 2) {
      return true;
    }
    long bound = 1L << Math.min(failedAttempts - 1, 5);
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private GroupState decide(GroupState s, Outcome o) {
    Pending p = o.pending;
    if (p.expectedVersion() != Pending.ANY_VERSION && p.expectedVersion() != s.version()) {
      Rejection r =
          Rejection.of(
              RejectionReason.CONFLICT,
              "expected group version "
                  + p.expectedVersion()
                  + ", but group "
                  + id
                  + " is at version "
                  + s.version());
      o.submission = refused(p, Submission.Status.CONFLICT, s, r, List.of());
      return s;
    }
    CommandResult result = context.engine().decide(s, p.command());
    Optional<Rejection> rejection = result.rejection();
    if (rejection.isPresent()) {
      o.submission = refused(p, Submission.Status.REJECTED, s, rejection.get(), List.of());
      return s;
    }
    List<Violation> violations;
    try {
      violations = context.guards().check(s, p.command(), result.events());
    } catch (RuntimeException e) {
      throw new GuardFailedException(
          "group " + id + ": a guard failed on " + describe(p.command()) + ": " + e.getMessage(),
          e);
    }
    if (!violations.isEmpty()) {
      Rejection r =
          Rejection.of(
              violations.get(0).reason(),
              violations.stream().map(Violation::describe).collect(Collectors.joining("; ")));
      o.submission = refused(p, Submission.Status.VIOLATION, s, r, violations);
      return s;
    }
    GroupState next = context.engine().replayOnto(s, result.events());
    o.submission =
        new Submission(
            p.command(),
            Submission.Status.ACCEPTED,
            s.version(),
            result.events(),
            Optional.empty(),
            List.of(),
            next);
    return next;
  }

  /** A submission that changed nothing: the state it was decided on stays. */
  private static Submission refused(
      Pending p,
      Submission.Status status,
      GroupState s,
      Rejection rejection,
      List<Violation> violations) {
    return new Submission(
        p.command(), status, s.version(), List.of(), Optional.of(rejection), violations, s);
  }

  /** Gives each caller of a committed batch what its command came to. */
  static void completeAll(Attempt a) {
    for (Outcome o : a.outcomes) {
      complete(o);
    }
  }

  /** After a failed append: what was decided on uncommitted state fails; the rest stands. */
  static void failAfter(Attempt a, Throwable e) {
    long committedVersion = a.committed.version();
    for (Outcome o : a.outcomes) {
      Submission s = o.submission;
      if (o.decidedOn > committedVersion || (s != null && s.isAccepted())) {
        o.submission = null;
        o.failure = e;
      }
      complete(o);
    }
  }

  private static void complete(Outcome o) {
    Throwable t = o.failure;
    Submission s = o.submission;
    if (t != null) {
      o.pending.completeExceptionally(t);
    } else if (s != null) {
      o.pending.complete(s);
    } else {
      o.pending.completeExceptionally(new IllegalStateException("no outcome"));
    }
  }

  static String describe(GroupCommand c) {
    return c.getClass().getSimpleName().replace("Immutable", "") + " by " + c.actor();
  }
}
