package io.github.peerled.core.runtime.internal;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Commit;
import io.github.peerled.core.runtime.GroupEventPublisher;
import io.github.peerled.core.runtime.ListenerFailure;
import io.github.peerled.core.runtime.Registration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The listeners, and their delivery with failure isolation. Thread-safe. */
final class Publisher implements GroupEventPublisher {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.runtime");

  /** A registered listener; identity matters, so that the same lambda may be added twice. */
  private static final class Entry<T> {
    final String kind;
    final Class<T> type;
    final Consumer<? super T> listener;
    volatile boolean removed;

    Entry(String kind, Class<T> type, Consumer<? super T> listener) {
      this.kind = kind;
      this.type = type;
      this.listener = listener;
    }

    String describe() {
      return kind + " listener " + listener.getClass().getName();
    }
  }

  private final List<Entry<? extends GroupEvent>> eventListeners = new CopyOnWriteArrayList<>();
  private final List<Entry<Commit>> commitListeners = new CopyOnWriteArrayList<>();
  private final List<Entry<ListenerFailure>> failureListeners = new CopyOnWriteArrayList<>();
  private volatile @Nullable Throwable abandoned;

  private static <T, E extends Entry<? extends T>> Registration add(List<E> list, E entry) {
    list.add(entry);
    return () -> {
      entry.removed = true;
      list.remove(entry);
    };
  }

  @Override
  public Registration onEvent(Consumer<? super GroupEvent> listener) {
    return on(GroupEvent.class, listener);
  }

  @Override
  public <E extends GroupEvent> Registration on(Class<E> type, Consumer<? super E> listener) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(listener, "listener");
    String kind = type == GroupEvent.class ? "onEvent" : type.getSimpleName();
    return add(eventListeners, new Entry<>(kind, type, listener));
  }

  @Override
  public Registration onCommitted(Consumer<? super Commit> listener) {
    Objects.requireNonNull(listener, "listener");
    return add(commitListeners, new Entry<>("onCommitted", Commit.class, listener));
  }

  @Override
  public Registration onListenerFailure(Consumer<? super ListenerFailure> listener) {
    Objects.requireNonNull(listener, "listener");
    return add(failureListeners, new Entry<>("onListenerFailure", ListenerFailure.class, listener));
  }

  /** Tells whether nobody listens for events or commits (failure hooks do not count). */
  boolean isIdle() {
    return eventListeners.isEmpty() && commitListeners.isEmpty();
  }

  /**
   * From now on, every notification not yet given to its listener is reported to the failure hooks
   * with this error instead of being delivered. Set once, when the runtime closes and its time to
   * deliver runs out.
   */
  void abandon(Throwable why) {
    abandoned = why;
  }

  boolean isAbandoned() {
    return abandoned != null;
  }

  /**
   * Delivers the commits of one batch, in order, or reports each notification as undelivered once
   * the publisher is abandoned. Never throws (except on a VM error).
   */
  void deliver(GroupId group, List<Commit> commits) {
    for (Commit c : commits) {
      for (GroupEvent e : c.events()) {
        for (Entry<? extends GroupEvent> entry : eventListeners) {
          call(group, entry, e);
        }
      }
      for (Entry<Commit> entry : commitListeners) {
        call(group, entry, c);
      }
    }
  }

  @SuppressWarnings("CatchingUnchecked")
  private <T> void call(GroupId group, Entry<T> entry, Object notification) {
    if (entry.removed || !entry.type.isInstance(notification)) {
      return;
    }
    Throwable notGiven = abandoned;
    if (notGiven != null) {
      report(new ListenerFailure(group, notification, entry.describe(), notGiven));
      return;
    }
    try {
      entry.listener.accept(entry.type.cast(notification));
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable t) {
      failed(new ListenerFailure(group, notification, entry.describe(), t));
    }
  }

  private void failed(ListenerFailure f) {
    LOG.log(
        System.Logger.Level.WARNING,
        "group " + f.group() + ": " + f.listener() + " threw on " + describe(f.notification()),
        f.error());
    report(f);
  }

  /** Tells the failure hooks; a hook that throws is logged and the others are still told. */
  private void report(ListenerFailure f) {
    for (Entry<ListenerFailure> entry : failureListeners) {
      if (entry.removed) {
        continue;
      }
      try {
        entry.listener.accept(f);
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable t) {
        LOG.log(System.Logger.Level.WARNING, "a listener failure hook threw", t);
      }
    }
  }

  private static String describe(Object notification) {
    if (notification instanceof GroupEvent e) {
      return e.getClass().getSimpleName().replace("Immutable", "") + " " + e.sequence();
    }
    return "commit";
  }
}
