package io.github.peerled.core.runtime;

import io.github.peerled.core.group.GroupId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Listeners of one kind of notification about a group, called in the order they were added, with
 * failure isolation: a listener that throws is logged (level WARNING) and reported as a {@link
 * ListenerFailure} to the failure hooks, and the other listeners are still called. The runtime's
 * {@link GroupEventPublisher} keeps its listeners in these, and so can an extension built on the
 * runtime (such as peer-rules' findings hook), so that its listeners' failures are reported the
 * same way.
 *
 * <pre>{@code
 * ListenerRegistry<ListenerFailure> hooks = ListenerRegistry.failureHooks(log);
 * ListenerRegistry<Finding> findings =
 *     ListenerRegistry.reportingTo(hooks, log, f -> "a " + f.ruleId() + " finding");
 * findings.add("onFinding", listener, Finding.class, (group, f) -> listener.accept(f));
 * findings.deliver(group, finding);
 * }</pre>
 *
 * <p>Thread-safe. Listeners may be added and removed at any time, also while a delivery runs; a
 * listener removed is not called for a notification delivered after {@link Registration#remove()}
 * returns.
 *
 * @param <N> the notifications
 */
public final class ListenerRegistry<N> {
  /** A registered listener; identity matters, so that the same listener may be added twice. */
  private static final class Entry<N, T extends N> {
    final String description;
    final Class<T> type;
    final BiConsumer<? super GroupId, ? super T> call;
    volatile boolean removed;

    Entry(String description, Class<T> type, BiConsumer<? super GroupId, ? super T> call) {
      this.description = description;
      this.type = type;
      this.call = call;
    }

    /** Gives the notification to the listener if it is of the listener's type. */
    boolean offer(GroupId group, N notification) {
      if (removed || !type.isInstance(notification)) {
        return false;
      }
      call.accept(group, type.cast(notification));
      return true;
    }
  }

  private final System.Logger log;
  private final Function<? super N, String> describe;
  private final @Nullable ListenerRegistry<ListenerFailure> failureHooks;
  private final List<Entry<N, ? extends N>> entries = new CopyOnWriteArrayList<>();
  private volatile @Nullable Throwable abandoned;

  private ListenerRegistry(
      System.Logger log,
      Function<? super N, String> describe,
      @Nullable ListenerRegistry<ListenerFailure> failureHooks) {
    this.log = log;
    this.describe = describe;
    this.failureHooks = failureHooks;
  }

  /**
   * Creates a registry of failure hooks, to give to {@link #reportingTo}. A hook that throws is
   * logged (level WARNING), and the other hooks are still told.
   *
   * @param log where a hook that throws is logged
   * @return the registry, empty
   * @throws NullPointerException if {@code log} is null
   */
  public static ListenerRegistry<ListenerFailure> failureHooks(System.Logger log) {
    Objects.requireNonNull(log, "log");
    return new ListenerRegistry<>(log, f -> "a listener failure", null);
  }

  /**
   * Creates a registry whose listeners' failures are logged and told to failure hooks.
   *
   * @param failureHooks told of each listener that throws, and of each notification not delivered
   *     after {@link #abandon}
   * @param log where a listener that throws is logged, with the group, the listener and the
   *     notification
   * @param describe a notification in a few words, for the log (such as {@code "MemberJoined 7"})
   * @param <N> the notifications
   * @return the registry, empty
   * @throws NullPointerException if an argument is null
   */
  public static <N> ListenerRegistry<N> reportingTo(
      ListenerRegistry<ListenerFailure> failureHooks,
      System.Logger log,
      Function<? super N, String> describe) {
    Objects.requireNonNull(failureHooks, "failureHooks");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(describe, "describe");
    return new ListenerRegistry<>(log, describe, failureHooks);
  }

  /**
   * Adds a listener for the notifications of a type.
   *
   * @param kind how it was registered (such as {@code "onCommitted"}); a failure report describes
   *     the listener as {@code kind + " listener " + listener's class name}
   * @param listener the host's listener, as given (only its class is used, to describe it)
   * @param type the notifications it hears of; others are not given to it
   * @param call gives it a notification, with the group the notification is about
   * @param <T> the notifications it hears of
   * @return the registration, to remove it
   * @throws NullPointerException if an argument is null
   */
  public <T extends N> Registration add(
      String kind, Object listener, Class<T> type, BiConsumer<? super GroupId, ? super T> call) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(call, "call");
    Entry<N, T> entry =
        new Entry<>(kind + " listener " + listener.getClass().getName(), type, call);
    entries.add(entry);
    return () -> {
      entry.removed = true;
      entries.remove(entry);
    };
  }

  /**
   * Tells whether no listener is registered.
   *
   * @return true if none is
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Gives a notification to each listener of its type, in order. A listener that throws is logged
   * and reported to the failure hooks; the others are still called. Once {@link #abandon
   * abandoned}, each listener of its type is reported to the failure hooks as not given the
   * notification instead. Never throws, except a {@link VirtualMachineError}.
   *
   * @param group the group the notification is about
   * @param notification the notification
   */
  @SuppressWarnings("CatchingUnchecked")
  public void deliver(GroupId group, N notification) {
    for (Entry<N, ? extends N> entry : entries) {
      Throwable notGiven = abandoned;
      if (notGiven != null) {
        if (!entry.removed && entry.type.isInstance(notification)) {
          report(new ListenerFailure(group, notification, entry.description, notGiven));
        }
        continue;
      }
      try {
        entry.offer(group, notification);
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable t) {
        failed(new ListenerFailure(group, notification, entry.description, t), notification);
      }
    }
  }

  /**
   * From now on, reports every notification not yet given to a listener to the failure hooks with
   * this error, instead of giving it. For a host that stops delivering, as the runtime does when
   * its time to close runs out.
   *
   * @param why the error in the reports
   * @throws NullPointerException if {@code why} is null
   */
  public void abandon(Throwable why) {
    abandoned = Objects.requireNonNull(why, "why");
  }

  /**
   * Tells whether {@link #abandon} was called.
   *
   * @return true if it was
   */
  public boolean isAbandoned() {
    return abandoned != null;
  }

  private void failed(ListenerFailure f, N notification) {
    if (failureHooks == null) {
      log.log(System.Logger.Level.WARNING, "a listener failure hook threw", f.error());
      return;
    }
    log.log(
        System.Logger.Level.WARNING,
        "group " + f.group() + ": " + f.listener() + " threw on " + describe.apply(notification),
        f.error());
    failureHooks.deliver(f.group(), f);
  }

  private void report(ListenerFailure f) {
    if (failureHooks != null) {
      failureHooks.deliver(f.group(), f);
    }
  }
}
