package io.github.peerled.core.store;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.internal.ExclusiveAppends;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A store that passes everything to another one (including {@link ExclusiveAppends}) and counts the
 * appends, and those that failed with a version conflict, to show that writers did collide.
 * Thread-safe.
 */
final class ConflictCountingStore implements EventStore, ExclusiveAppends {
  private final EventStore delegate;
  private final AtomicInteger conflicts = new AtomicInteger();
  private final AtomicInteger appends = new AtomicInteger();

  ConflictCountingStore(EventStore delegate) {
    this.delegate = delegate;
  }

  /** How many appends were tried so far. */
  int appends() {
    return appends.get();
  }

  /** How many appends failed with a version conflict so far. */
  int conflicts() {
    return conflicts.get();
  }

  @Override
  public long version(GroupId group) {
    return delegate.version(group);
  }

  @Override
  public long append(GroupId group, long expectedVersion, List<? extends GroupEvent> events) {
    appends.incrementAndGet();
    try {
      return delegate.append(group, expectedVersion, events);
    } catch (VersionConflictException e) {
      conflicts.incrementAndGet();
      throw e;
    }
  }

  @Override
  public <T> T exclusively(GroupId group, Supplier<T> section) {
    return delegate instanceof ExclusiveAppends e ? e.exclusively(group, section) : section.get();
  }

  @Override
  public List<GroupEvent> read(GroupId group, long fromSequence, long toSequence) {
    return delegate.read(group, fromSequence, toSequence);
  }

  @Override
  public void forEach(
      GroupId group, long fromSequence, long toSequence, Consumer<? super GroupEvent> sink) {
    delegate.forEach(group, fromSequence, toSequence, sink);
  }

  @Override
  public Optional<GroupState> loadSnapshot(GroupId group) {
    return delegate.loadSnapshot(group);
  }

  @Override
  public void saveSnapshot(GroupState state) {
    delegate.saveSnapshot(state);
  }

  @Override
  public Set<GroupId> groups() {
    return delegate.groups();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
