package io.github.peerled.examples.cli;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.privacy.SealedEvents;
import io.github.peerled.core.store.EventStore;
import java.util.List;
import java.util.Optional;

/**
 * Copies one group from one event store to another, with the same sequence numbers and events and
 * its snapshot, and checks the copy by replaying both sides. Events go in appends of at most {@link
 * #CHUNK}, one of which ends at the snapshot's version, so that the snapshot ends an append in the
 * target too.
 */
final class GroupCopy {
  /** The most events read or appended at a time. */
  static final int CHUNK = 10_000;

  private static final GroupEngine ENGINE = GroupEngine.ofDefaults();

  /**
   * What a copy came to.
   *
   * @param events how many events were copied
   * @param snapshot the version of the snapshot copied, 0 if there was none
   * @param state the group's state, equal on both sides
   */
  record Copied(long events, long snapshot, GroupState state) {}

  /** The copy does not match its source; nothing is undone. */
  static final class Mismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Mismatch(String message) {
      super(message);
    }
  }

  private final EventStore source;
  private final EventStore target;

  GroupCopy(EventStore source, EventStore target) {
    this.source = source;
    this.target = target;
  }

  /**
   * Copies a group that the target does not have.
   *
   * @throws io.github.peerled.core.store.VersionConflictException if the target has the group (then
   *     the first append fails, and nothing of the group is written)
   * @throws Mismatch if the copy, replayed, differs from the source
   */
  Copied copy(GroupId group) {
    long version = source.version(group);
    Optional<GroupState> snapshot = source.loadSnapshot(group);
    long cut = snapshot.map(GroupState::version).orElse(0L);
    long done = 0;
    while (done < version) {
      long end = Math.min(done + CHUNK, version);
      if (done < cut && cut < end) {
        end = cut;
      }
      List<GroupEvent> events = source.read(group, done + 1, end);
      if (events.size() != end - done) {
        throw new Mismatch(
            "the source log ends at " + (done + events.size()) + " while copying, not " + version);
      }
      for (GroupEvent e : events) {
        if (SealedEvents.isSealed(e)) {
          throw new InputProblem(
              "group "
                  + group
                  + ", event "
                  + e.sequence()
                  + ": a personal value is still sealed, and the source has no key that opens it"
                  + " (a file store's key file member.keys is missing); copying it would seal it"
                  + " twice, so the copy stops here ("
                  + done
                  + " events of the group are in the target)");
        }
      }
      done = target.append(group, done, events);
    }
    snapshot.ifPresent(target::saveSnapshot);
    return new Copied(version, cut, check(group, version, snapshot));
  }

  /** Replays both sides, event by event, and the target from its snapshot; returns the state. */
  private GroupState check(GroupId group, long version, Optional<GroupState> snapshot) {
    if (target.version(group) != version) {
      throw new Mismatch("the copy is at version " + target.version(group) + ", not " + version);
    }
    GroupEngine.Replayer fromSource = ENGINE.replayer(GroupState.initial(group));
    GroupEngine.Replayer fromTarget = ENGINE.replayer(GroupState.initial(group));
    Optional<GroupState> copiedSnapshot = target.loadSnapshot(group);
    if (snapshot.isPresent() && !copiedSnapshot.equals(snapshot)) {
      throw new Mismatch(
          "the snapshot at version " + snapshot.get().version() + " is not kept in the target");
    }
    GroupEngine.Replayer afterSnapshot =
        ENGINE.replayer(copiedSnapshot.orElse(GroupState.initial(group)));
    long afterFrom = copiedSnapshot.map(GroupState::version).orElse(0L) + 1;
    for (long from = 1; from <= version; from += CHUNK) {
      long to = Math.min(from + CHUNK - 1, version);
      List<GroupEvent> a = source.read(group, from, to);
      List<GroupEvent> b = target.read(group, from, to);
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        if (i >= a.size() || i >= b.size() || !a.get(i).equals(b.get(i))) {
          throw new Mismatch("event " + (from + i) + " differs between source and copy");
        }
      }
      a.forEach(fromSource);
      for (GroupEvent e : b) {
        fromTarget.accept(e);
        if (e.sequence() >= afterFrom) {
          afterSnapshot.accept(e);
        }
      }
    }
    if (!fromSource.state().equals(fromTarget.state())) {
      throw new Mismatch("the replayed states differ");
    }
    if (!afterSnapshot.state().equals(fromSource.state())) {
      throw new Mismatch("the copy opened from its snapshot differs from its full replay");
    }
    return fromSource.state();
  }
}
