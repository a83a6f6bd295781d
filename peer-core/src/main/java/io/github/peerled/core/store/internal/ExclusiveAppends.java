package io.github.peerled.core.store.internal;

import io.github.peerled.core.group.GroupId;
import java.util.function.Supplier;

/**
 * A store shared by several writers that can make the other writers of a group wait while one of
 * them reads the group, decides again and appends. The runtime uses it after a version conflict, so
 * that a writer that lost a race to a busy writer does not lose every race after it.
 */
public interface ExclusiveAppends {
  /**
   * Runs a section of reads and appends of one group on this thread while the appends of other
   * writers of the group (in this process or another) wait.
   *
   * @param <T> what the section returns
   * @param group the group
   * @param section the reads and appends
   * @return what the section returned
   * @throws java.io.UncheckedIOException if the store fails
   */
  <T> T exclusively(GroupId group, Supplier<T> section);
}
