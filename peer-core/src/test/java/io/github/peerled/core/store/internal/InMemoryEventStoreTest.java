package io.github.peerled.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.store.EventStore;
import io.github.peerled.core.store.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store keeps a log in chunks; whatever the batches it was appended in, it must read
 * back any range as the plain list of events would.
 */
class InMemoryEventStoreTest {
  private static final GroupId GROUP = GroupId.of("town-hall");
  private static final List<GroupEvent> LOG = Fixtures.longLog(GROUP, 5000);

  @Test
  void should_read_any_range_as_the_list_of_appended_events() {
    qt().withFixedSeed(20261122L)
        .withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              // given a log appended in batches of random sizes, some across chunk boundaries
              SplittableRandom r = new SplittableRandom(seed);
              int size = r.nextInt(LOG.size() + 1);
              List<GroupEvent> expected = LOG.subList(0, size);
              EventStore store = EventStore.inMemory();
              int at = 0;
              while (at < size) {
                int batch = Math.min(size - at, 1 + r.nextInt(r.nextBoolean() ? 8 : 2500));
                assertThat(store.append(GROUP, at, expected.subList(at, at + batch)))
                    .isEqualTo(at + batch);
                at += batch;
              }

              // when / then
              assertThat(store.version(GROUP)).isEqualTo(size);
              assertThat(store.read(GROUP)).isEqualTo(expected);
              for (int i = 0; i < 20; i++) {
                long from = 1L + r.nextInt(size + 3);
                long to = r.nextInt(8) == 0 ? Long.MAX_VALUE : from - 1L + r.nextInt(2100);
                List<GroupEvent> range =
                    expected.subList(
                        (int) Math.min(from - 1, size),
                        (int) Math.min(Math.max(to, from - 1), size));
                assertThat(store.read(GROUP, from, to)).as("%d to %d", from, to).isEqualTo(range);
                List<GroupEvent> streamed = new ArrayList<>();
                store.forEach(GROUP, from, to, streamed::add);
                assertThat(streamed).as("%d to %d", from, to).isEqualTo(range);
              }
            });
  }

  @Test
  void should_append_nothing_when_the_expected_version_is_stale() {
    // given
    EventStore store = EventStore.inMemory();
    store.append(GROUP, 0, LOG.subList(0, 1500));

    // when / then
    assertThatThrownBy(() -> store.append(GROUP, 1024, LOG.subList(1024, 1100)))
        .isInstanceOf(VersionConflictException.class)
        .hasMessageContaining("1024")
        .hasMessageContaining("1500");
    assertThat(store.read(GROUP)).isEqualTo(LOG.subList(0, 1500));
  }

  @Test
  void should_refuse_events_out_of_order_and_keep_the_log() {
    // given
    EventStore store = EventStore.inMemory();
    store.append(GROUP, 0, LOG.subList(0, 10));

    // when / then
    assertThatThrownBy(() -> store.append(GROUP, 10, LOG.subList(11, 20)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.version(GROUP)).isEqualTo(10);
    assertThat(store.read(GROUP, 9, Long.MAX_VALUE)).isEqualTo(LOG.subList(8, 10));
  }

  @Test
  void should_list_only_groups_with_events_in_order() {
    // given
    EventStore store = EventStore.inMemory();
    GroupId other = GroupId.of("allotment");

    // when
    store.append(GROUP, 0, LOG.subList(0, 3));
    assertThat(store.read(other)).isEmpty();
    assertThat(store.version(other)).isZero();

    // then
    assertThat(store.groups()).containsExactly(GROUP);
  }

  @Test
  void should_refuse_an_append_past_its_capacity_and_keep_the_log() {
    // given a store that keeps at most 2,050 events per group, holding 2,000
    InMemoryEventStore store = new InMemoryEventStore(2050);
    store.append(GROUP, 0, LOG.subList(0, 2000));

    // when / then
    assertThatThrownBy(() -> store.append(GROUP, 2000, LOG.subList(2000, 2051)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "group town-hall: the in-memory store keeps at most 2050 events per group; it holds"
                + " 2000 and cannot take 51 more");
    assertThat(store.version(GROUP)).isEqualTo(2000);
    assertThat(store.append(GROUP, 2000, LOG.subList(2000, 2050))).isEqualTo(2050);
    assertThat(store.read(GROUP)).isEqualTo(LOG.subList(0, 2050));
  }
}
