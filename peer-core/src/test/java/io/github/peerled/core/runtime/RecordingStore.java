package io.github.peerled.core.runtime;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.EventStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A store that passes everything to another one and records what the runtime asked of it: how many
 * events it read, which snapshots it saved and on which threads. Its saves can be held back, slowed
 * down or made to fail. Thread-safe.
 */
public final class RecordingStore implements EventStore {
  private final EventStore delegate;
  private final AtomicLong eventsRead = new AtomicLong();
  private final AtomicInteger snapshotLoads = new AtomicInteger();
  private final List<GroupState> saved = Collections.synchronizedList(new ArrayList<>());
  private final List<Thread> saveThreads = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger savesInFlight = new AtomicInteger();
  private final AtomicInteger maxSavesInFlight = new AtomicInteger();
  private final CountDownLatch firstSaveStarted = new CountDownLatch(1);
  private volatile @Nullable CountDownLatch gate;
  private volatile long saveDelayMillis;
  private volatile @Nullable RuntimeException saveFailure;
  private volatile @Nullable GroupState snapshotOverride;

  public RecordingStore(EventStore delegate) {
    this.delegate = delegate;
  }

  /** Makes each save wait until {@code gate} opens. */
  public RecordingStore holdSavesUntil(CountDownLatch gate) {
    this.gate = gate;
    return this;
  }

  /** Makes each save take at least this long. */
  public RecordingStore slowSaves(long millis) {
    this.saveDelayMillis = millis;
    return this;
  }

  /** Makes each save throw. */
  public RecordingStore failSaves(RuntimeException failure) {
    this.saveFailure = failure;
    return this;
  }

  /** Makes {@link #loadSnapshot} return this state, whatever the delegate holds. */
  public RecordingStore giveSnapshot(GroupState state) {
    this.snapshotOverride = state;
    return this;
  }

  /** How many events were read through {@link #read} and {@link #forEach}. */
  public long eventsRead() {
    return eventsRead.get();
  }

  public void resetEventsRead() {
    eventsRead.set(0);
  }

  public int snapshotLoads() {
    return snapshotLoads.get();
  }

  /** The states saved, in the order the saves finished. */
  public List<GroupState> saved() {
    synchronized (saved) {
      return List.copyOf(saved);
    }
  }

  /** The threads the saves ran on. */
  public List<Thread> saveThreads() {
    synchronized (saveThreads) {
      return List.copyOf(saveThreads);
    }
  }

  /** Waits until a save has begun; returns false if none did within the time. */
  public boolean awaitSaveStarted(long seconds) throws InterruptedException {
    return firstSaveStarted.await(seconds, TimeUnit.SECONDS);
  }

  public int maxSavesInFlight() {
    return maxSavesInFlight.get();
  }

  @Override
  public long version(GroupId group) {
    return delegate.version(group);
  }

  @Override
  public long append(GroupId group, long expectedVersion, List<? extends GroupEvent> events) {
    return delegate.append(group, expectedVersion, events);
  }

  @Override
  public List<GroupEvent> read(GroupId group, long fromSequence, long toSequence) {
    List<GroupEvent> events = delegate.read(group, fromSequence, toSequence);
    eventsRead.addAndGet(events.size());
    return events;
  }

  @Override
  public void forEach(
      GroupId group, long fromSequence, long toSequence, Consumer<? super GroupEvent> sink) {
    delegate.forEach(
        group,
        fromSequence,
        toSequence,
        e -> {
          eventsRead.incrementAndGet();
          sink.accept(e);
        });
  }

  @Override
  public Optional<GroupState> loadSnapshot(GroupId group) {
    snapshotLoads.incrementAndGet();
    GroupState override = snapshotOverride;
    return override != null ? Optional.of(override) : delegate.loadSnapshot(group);
  }

  @Override
  public void saveSnapshot(GroupState state) {
    int now = savesInFlight.incrementAndGet();
    maxSavesInFlight.accumulateAndGet(now, Math::max);
    saveThreads.add(Thread.currentThread());
    firstSaveStarted.countDown();
    try {
      CountDownLatch g = gate;
      if (g != null && !g.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the gate never opened");
      }
      long delay = saveDelayMillis;
      if (delay > 0) {
        Thread.sleep(delay);
      }
      RuntimeException failure = saveFailure;
      if (failure != null) {
        throw failure;
      }
      delegate.saveSnapshot(state);
      saved.add(state);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      savesInFlight.decrementAndGet();
    }
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
