package io.github.peerled.core.runtime;

import io.github.peerled.core.event.GroupEvent;
import java.util.function.Consumer;

/**
 * Where listeners register for what happens in the runtime's groups, in the style of Resilience4j's
 * event publishers: typed methods ({@link #onGuidelineVersionAdopted}, {@link #onStanceTaken},
 * ...), {@link #on(Class, Consumer)} for any one type, a catch-all {@link #onEvent}, {@link
 * #onCommitted} for whole commands, and {@link #onListenerFailure}. Each returns a {@link
 * Registration} that removes the listener; listeners may be added and removed at any time, from any
 * thread.
 *
 * <h2>Hooks by topic</h2>
 *
 * <p>The typed hooks, one per event type and named {@code on} and the event's name, are declared by
 * topic in the interfaces this one extends: {@link FoundingHooks}, {@link GuidelineHooks}, {@link
 * MembershipHooks}, {@link PrivacyHooks}, {@link ProposalHooks}, {@link PollHooks}, {@link
 * ProxyHooks}, {@link RoleHooks}, {@link SessionHooks}, {@link ActionItemHooks} and {@link
 * CareHooks}. A part of a host that follows one topic may take that interface alone.
 *
 * <h2>Delivery</h2>
 *
 * <ul>
 *   <li>A listener is called only after the events are durable (appended to the store, as the store
 *       guarantees), and never for a rejected command.
 *   <li>Per group, notifications are delivered one at a time, in event order; for each event the
 *       matching listeners are called in the order they were registered, and then, per command, the
 *       {@link #onCommitted} listeners.
 *   <li>Each group has its own ordered queue on the runtime's listener executor. A slow listener
 *       delays only the later notifications of that group: other groups' notifications and all
 *       commands go on (commands do not wait for listeners). With a bounded listener executor a
 *       slow listener still occupies one of its threads.
 *   <li>A listener that throws is reported through {@link System.Logger} (logger {@code
 *       io.github.peerled.core.runtime}, level WARNING) and to the {@link #onListenerFailure}
 *       listeners; the other listeners are still called, and the state and log are untouched.
 *   <li>A listener may submit commands. {@link GroupHandle#submitAsync} returns at once; the
 *       command is queued behind the commands already waiting for its group. A blocking {@link
 *       GroupHandle#submit} from a listener is allowed and does not deadlock, because commands run
 *       on their own executor: it returns once the command is applied, before the listeners hear of
 *       it; its notifications follow after the current callback returns.
 *   <li>A listener sees the event, not necessarily the latest state: by the time it runs, {@link
 *       GroupHandle#state()} may already include later commands.
 * </ul>
 *
 * <p>Thread-safe.
 */
public interface GroupEventPublisher
    extends FoundingHooks,
        GuidelineHooks,
        MembershipHooks,
        PrivacyHooks,
        ProposalHooks,
        PollHooks,
        ProxyHooks,
        RoleHooks,
        SessionHooks,
        ActionItemHooks,
        CareHooks {
  /**
   * Listens for every event.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  Registration onEvent(Consumer<? super GroupEvent> listener);

  /**
   * Listens for whole accepted commands, after all their events were delivered. This is where rules
   * that judge a command as a whole (for example facilitation rules turning a recorded contribution
   * into findings) plug in.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  Registration onCommitted(Consumer<? super Commit> listener);

  /**
   * Listens for listeners that threw. A failure hook that throws itself is only logged.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  Registration onListenerFailure(Consumer<? super ListenerFailure> listener);
}
