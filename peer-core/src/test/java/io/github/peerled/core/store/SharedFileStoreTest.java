package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON-lines store locks each group's file, so only one store (one process) writes a directory;
 * within that process, several runtimes may share the store. Two runtimes over one file store, 8
 * threads each, on two shared groups and one of each: every command commits exactly once.
 */
class SharedFileStoreTest {
  private static final int PER_THREAD = 30;

  @TempDir Path dir;

  @Test
  void should_commit_each_command_once_with_two_runtimes_sharing_one_file_store() throws Exception {
    // given two runtimes over one file store, with the shared groups and one group of each
    ConflictCountingStore store =
        new ConflictCountingStore(
            JsonLinesEventStore.builder(dir).durability(Durability.NO_FORCE).build());
    List<GroupId> groups = new ArrayList<>(JdbcWorkload.SHARED);
    groups.add(JdbcWorkload.own("a"));
    groups.add(JdbcWorkload.own("b"));
    try (GroupRuntime a = GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).build();
        GroupRuntime b = GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).build()) {
      JdbcWorkload.setUp(a, groups);
      b.group(JdbcWorkload.SHARED.get(0));
      b.group(JdbcWorkload.SHARED.get(1));

      // when both run the workload at once
      CompletableFuture<JdbcWorkload.Result> other =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return JdbcWorkload.run(b, "b", PER_THREAD, () -> false, id -> {});
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException(e);
                }
              });
      JdbcWorkload.Result mine = JdbcWorkload.run(a, "a", PER_THREAD, () -> false, id -> {});

      // then every command of both committed once, in the group it was sent to
      assertThat(mine.failures()).isEmpty();
      assertThat(other.get().failures()).isEmpty();
    }
    Map<GroupId, List<String>> stored = JdbcWorkload.check(store, groups);
    Map<GroupId, List<String>> expected = JdbcWorkload.expected(List.of("a", "b"), PER_THREAD);
    assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Map.Entry<GroupId, List<String>> e : stored.entrySet()) {
      assertThat(e.getValue())
          .as("the commands in %s", e.getKey())
          .hasSameSizeAs(expected.get(e.getKey()))
          .containsExactlyInAnyOrderElementsOf(expected.get(e.getKey()));
    }
    assertThat(store.conflicts()).as("conflicts between the two runtimes").isPositive();
    store.close();
  }
}
