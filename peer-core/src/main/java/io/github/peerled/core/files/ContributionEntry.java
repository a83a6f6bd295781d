package io.github.peerled.core.files;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.ContributionAct;
import io.github.peerled.core.session.ContributionKind;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** One contribution in a session file; numbered by its position (1, 2, ...). Immutable. */
@Value.Immutable
@JsonSerialize(as = ImmutableContributionEntry.class)
@JsonDeserialize(as = ImmutableContributionEntry.class)
public interface ContributionEntry {
  /**
   * Returns who said it.
   *
   * @return the member id, which the group file must know
   */
  MemberId author();

  /**
   * Returns when it was said.
   *
   * @return the instant; if absent, a minute after the one before
   */
  Optional<Instant> at();

  /**
   * Returns what it says it is.
   *
   * @return the kind hint; {@link ContributionKind#OTHER} unless set
   */
  @Value.Default
  default ContributionKind kind() {
    return ContributionKind.OTHER;
  }

  /**
   * Returns what was said.
   *
   * @return the text
   */
  String text();

  /**
   * Returns the number of the contribution it replies to.
   *
   * @return the number, if a reply
   */
  OptionalInt replyTo();

  /**
   * Returns what the contribution does, if the transcript says so (for example a labelled one).
   *
   * @return the act, if given
   */
  Optional<ContributionAct> act();
}
