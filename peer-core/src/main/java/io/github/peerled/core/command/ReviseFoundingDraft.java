package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.guideline.Clause;
import java.util.List;
import org.immutables.value.Value;

/**
 * Revises the draft of the first guidelines before the founders adopt it, so earlier endorsements
 * no longer count. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviseFoundingDraft.class)
@JsonDeserialize(as = ImmutableReviseFoundingDraft.class)
public non-sealed interface ReviseFoundingDraft extends GroupCommand {
  /**
   * Returns the revised draft.
   *
   * @return the revised draft
   */
  List<Clause> draft();

  /**
   * Returns the draft revision the actor revised (a stale revision is a conflict).
   *
   * @return the draft revision the actor revised (a stale revision is a conflict)
   */
  int basedOnRevision();

  /**
   * Returns a builder of {@code ReviseFoundingDraft}; every part without a default must be set
   * before {@code build()}, which throws {@link IllegalStateException} if one is missing. For
   * example:
   *
   * <pre>{@code
   * ReviseFoundingDraft reviseFoundingDraft = ReviseFoundingDraft.builder()
   *     .actor(MemberId.of("alice"))
   *     .basedOnRevision(1)
   *     .addDraft(Clause.of("sharing", "We share our own experience."))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableReviseFoundingDraft.Builder builder() {
    return ImmutableReviseFoundingDraft.builder();
  }
}
