package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.session.ContributionAct;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.SessionId;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** Records what the actor said in an open session. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordContribution.class)
@JsonDeserialize(as = ImmutableRecordContribution.class)
public non-sealed interface RecordContribution extends GroupCommand {
  /**
   * Returns the session.
   *
   * @return the session
   */
  SessionId sessionId();

  /**
   * Returns what the contribution says it is.
   *
   * @return what the contribution says it is
   */
  @Value.Default
  default ContributionKind kind() {
    return ContributionKind.OTHER;
  }

  /**
   * Returns what was said.
   *
   * @return what was said
   */
  String text();

  /**
   * Returns the number of the contribution it replies to.
   *
   * @return the number of the contribution it replies to
   */
  OptionalInt replyTo();

  /**
   * Returns what the contribution does, if the one who records it knows: see {@link
   * ContributionAct}. Absent unless set.
   *
   * @return the act, if known
   */
  Optional<ContributionAct> act();

  /**
   * Returns a builder of {@code RecordContribution}; every part without a default must be set
   * before {@code build()}, which throws {@link IllegalStateException} if one is missing. For
   * example:
   *
   * <pre>{@code
   * RecordContribution recordContribution = RecordContribution.builder()
   *     .actor(MemberId.of("bob"))
   *     .sessionId(SessionId.of("s-1"))
   *     .text("What helped me was writing it down.")
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableRecordContribution.Builder builder() {
    return ImmutableRecordContribution.builder();
  }
}
