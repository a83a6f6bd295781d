package io.github.peerled.core.runtime;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import java.util.List;

/**
 * Host policy (or the group's governance rules, such as peer-rules' {@code
 * RuleGuards.guidelineChanges()}) that may refuse a command the engine accepted, before anything is
 * written. The runtime calls every guard, in the order they were added, with the state the command
 * was decided against and the events it would give; if any guard returns a violation the command is
 * rejected with {@link Submission.Status#VIOLATION}, listing them all, and nothing is appended.
 *
 * <p>Guards run on the runtime's thread for the group, one command at a time: keep them quick and
 * do not block (a guard must not wait for a command of any group, and a blocking {@link
 * GroupHandle#submit} from a guard throws). Implementations must be thread-safe: different groups
 * call them concurrently. A guard that throws fails that command (its future completes with a
 * {@link GuardFailedException}); nothing is appended and later commands go on.
 */
@FunctionalInterface
public interface Guard {
  /**
   * Checks a command before it commits.
   *
   * @param state the state the command was decided against
   * @param command the command
   * @param proposed the events the engine decided, in order, numbered after {@code state.version()}
   * @return the violations; empty to let the command through
   */
  List<Violation> check(GroupState state, GroupCommand command, List<GroupEvent> proposed);
}
