package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.PollKind;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * Opens a non-binding poll. Only peers open polls; whether advisors may answer is the group's
 * setting ({@code GovernanceSettings.advisorsMayAnswerPolls}), fixed for the poll when it opens. A
 * poll never changes the group's governance. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOpenPoll.class)
@JsonDeserialize(as = ImmutableOpenPoll.class)
public non-sealed interface OpenPoll extends GroupCommand {
  /**
   * Returns the new poll's id.
   *
   * @return the id
   */
  PollId pollId();

  /**
   * Returns what the poll asks.
   *
   * @return the kind
   */
  PollKind kind();

  /**
   * Returns the question.
   *
   * @return the question; not blank
   */
  String question();

  /**
   * Returns the options (for a time poll, the time slots).
   *
   * @return at least two distinct, non-blank options
   */
  List<String> options();

  /**
   * Returns when the poll stops taking answers.
   *
   * @return an instant after the command is decided
   */
  Instant closesAt();

  /**
   * Returns a builder of {@code OpenPoll}; every part without a default must be set before {@code
   * build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * OpenPoll openPoll = OpenPoll.builder()
   *     .actor(MemberId.of("alice"))
   *     .pollId(PollId.of("evening"))
   *     .kind(PollKind.TIME)
   *     .question("Which evening suits you?")
   *     .addOptions("Tuesday 7 pm", "Thursday 7 pm")
   *     .closesAt(Instant.parse("2026-02-01T18:00:00Z"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableOpenPoll.Builder builder() {
    return ImmutableOpenPoll.builder();
  }
}
