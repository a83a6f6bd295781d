package io.github.peerled.core.runtime.internal;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Commit;
import io.github.peerled.core.runtime.GroupEventPublisher;
import io.github.peerled.core.runtime.ListenerFailure;
import io.github.peerled.core.runtime.ListenerRegistry;
import io.github.peerled.core.runtime.Registration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The listeners, and their delivery with failure isolation (each kind of listener in its own {@link
 * ListenerRegistry}, all reporting to the same failure hooks). Thread-safe.
 */
final class Publisher implements GroupEventPublisher {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.runtime");

  private final ListenerRegistry<ListenerFailure> failureHooks = ListenerRegistry.failureHooks(LOG);
  private final ListenerRegistry<GroupEvent> eventListeners =
      ListenerRegistry.reportingTo(failureHooks, LOG, Publisher::describe);
  private final ListenerRegistry<Commit> commitListeners =
      ListenerRegistry.reportingTo(failureHooks, LOG, c -> "commit");

  @Override
  public Registration onEvent(Consumer<? super GroupEvent> listener) {
    return on(GroupEvent.class, listener);
  }

  @Override
  public <E extends GroupEvent> Registration on(Class<E> type, Consumer<? super E> listener) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(listener, "listener");
    String kind = type == GroupEvent.class ? "onEvent" : type.getSimpleName();
    return eventListeners.add(kind, listener, type, (g, e) -> listener.accept(e));
  }

  @Override
  public Registration onCommitted(Consumer<? super Commit> listener) {
    Objects.requireNonNull(listener, "listener");
    return commitListeners.add("onCommitted", listener, Commit.class, (g, c) -> listener.accept(c));
  }

  @Override
  public Registration onListenerFailure(Consumer<? super ListenerFailure> listener) {
    Objects.requireNonNull(listener, "listener");
    return failureHooks.add(
        "onListenerFailure", listener, ListenerFailure.class, (g, f) -> listener.accept(f));
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
    eventListeners.abandon(why);
    commitListeners.abandon(why);
  }

  boolean isAbandoned() {
    return eventListeners.isAbandoned();
  }

  /**
   * Delivers the commits of one batch, in order, or reports each notification as undelivered once
   * the publisher is abandoned. Never throws (except on a VM error).
   */
  void deliver(GroupId group, List<Commit> commits) {
    for (Commit c : commits) {
      for (GroupEvent e : c.events()) {
        eventListeners.deliver(group, e);
      }
      commitListeners.deliver(group, c);
    }
  }

  private static String describe(GroupEvent e) {
    return e.getClass().getSimpleName().replace("Immutable", "") + " " + e.sequence();
  }
}
