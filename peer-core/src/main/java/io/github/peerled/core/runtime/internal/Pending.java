package io.github.peerled.core.runtime.internal;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.runtime.Submission;
import java.util.concurrent.CompletableFuture;

/** A submitted command and its caller's future, in one object: a group's queue holds these. */
final class Pending extends CompletableFuture<Submission> {
  /** Stands for "decide on whatever version the group is at". */
  static final long ANY_VERSION = -1;

  private final GroupCommand command;
  private final long expectedVersion;

  Pending(GroupCommand command, long expectedVersion) {
    this.command = command;
    this.expectedVersion = expectedVersion;
  }

  GroupCommand command() {
    return command;
  }

  /** The version the caller expects the group to be at, or {@link #ANY_VERSION}. */
  long expectedVersion() {
    return expectedVersion;
  }
}
