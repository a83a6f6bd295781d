package io.github.peerled.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.group.GroupId;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** One registry of listeners with failure isolation, as the runtime and its extensions use it. */
class ListenerRegistryTest {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.runtime");
  private static final GroupId GROUP = GroupId.of("town-hall");

  private final ListenerRegistry<ListenerFailure> hooks = ListenerRegistry.failureHooks(LOG);
  private final ListenerRegistry<CharSequence> registry =
      ListenerRegistry.reportingTo(hooks, LOG, n -> "note " + n);
  private final List<String> heard = new ArrayList<>();
  private final List<ListenerFailure> failures = new ArrayList<>();

  private void hookFailures() {
    hooks.add("onListenerFailure", this, ListenerFailure.class, (g, f) -> failures.add(f));
  }

  @Test
  void should_call_every_listener_in_order_with_the_group() {
    registry.add("first", this, CharSequence.class, (g, n) -> heard.add("1 " + g + " " + n));
    registry.add("second", this, CharSequence.class, (g, n) -> heard.add("2 " + g + " " + n));

    registry.deliver(GROUP, "hello");

    assertThat(heard).containsExactly("1 town-hall hello", "2 town-hall hello");
  }

  @Test
  void should_still_call_the_others_and_tell_the_hooks_when_a_listener_throws() {
    hookFailures();
    IllegalStateException boom = new IllegalStateException("the panel is down");
    Runnable thrower =
        () -> {
          throw boom;
        };
    registry.add("onNote", thrower, CharSequence.class, (g, n) -> thrower.run());
    registry.add("onNote", this, CharSequence.class, (g, n) -> heard.add(n.toString()));

    registry.deliver(GROUP, "hello");

    assertThat(heard).as("the listener after the one that threw").containsExactly("hello");
    assertThat(failures).hasSize(1);
    ListenerFailure f = failures.get(0);
    assertThat(f.group()).isEqualTo(GROUP);
    assertThat(f.notification()).isEqualTo("hello");
    assertThat(f.error()).isSameAs(boom);
    assertThat(f.listener()).isEqualTo("onNote listener " + thrower.getClass().getName());
  }

  @Test
  void should_tell_the_other_hooks_when_a_hook_throws() {
    hooks.add(
        "onListenerFailure",
        this,
        ListenerFailure.class,
        (g, f) -> {
          throw new IllegalStateException("the hook is broken too");
        });
    hookFailures();
    registry.add(
        "onNote",
        this,
        CharSequence.class,
        (g, n) -> {
          throw new IllegalArgumentException("bad note");
        });

    registry.deliver(GROUP, "hello");

    assertThat(failures).extracting(f -> f.error().getMessage()).containsExactly("bad note");
  }

  @Test
  void should_give_a_listener_only_notifications_of_its_type() {
    hookFailures();
    registry.add("onString", this, String.class, (g, n) -> heard.add("string " + n));
    registry.add("onAny", this, CharSequence.class, (g, n) -> heard.add("any " + n));

    registry.deliver(GROUP, CharBuffer.wrap("built"));
    registry.deliver(GROUP, "plain");

    assertThat(heard).containsExactly("any built", "string plain", "any plain");
    assertThat(failures).as("listeners given a notification they cannot take").isEmpty();
  }

  @Test
  void should_not_call_a_removed_listener_even_if_the_same_one_is_still_added() {
    ListenerRegistry<CharSequence> r = registry;
    BiConsumer<GroupId, CharSequence> listener = (g, n) -> heard.add("" + n);
    Registration first = r.add("onNote", listener, CharSequence.class, listener);
    r.add("onNote", listener, CharSequence.class, listener);

    first.remove();
    first.remove();
    r.deliver(GROUP, "once");

    assertThat(heard).containsExactly("once");
    assertThat(r.isEmpty()).isFalse();
  }

  @Test
  void should_report_each_listener_as_not_given_the_notification_once_abandoned() {
    hookFailures();
    registry.add("onString", this, String.class, (g, n) -> heard.add(n));
    registry.add("onAny", this, CharSequence.class, (g, n) -> heard.add(n.toString()));
    TimeoutException why = new TimeoutException("closed before delivering");

    registry.abandon(why);
    registry.deliver(GROUP, CharBuffer.wrap("late"));

    assertThat(registry.isAbandoned()).isTrue();
    assertThat(heard).as("no listener is called").isEmpty();
    assertThat(failures)
        .as("only the listener of the notification's type is reported")
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.error()).isSameAs(why);
              assertThat(f.listener()).startsWith("onAny listener ");
            });
  }
}
