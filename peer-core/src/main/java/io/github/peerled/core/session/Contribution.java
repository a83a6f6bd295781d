package io.github.peerled.core.session;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.PersonalData;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Something a person said in a session: numbered 1, 2, ... within the session, with its author,
 * time, kind hint, text, the contribution it replies to and, if recorded, its act. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContribution.class)
@JsonDeserialize(as = ImmutableContribution.class)
public interface Contribution {
  /**
   * Returns the session.
   *
   * @return the session id
   */
  SessionId sessionId();

  /**
   * Returns the contribution's number within the session.
   *
   * @return 1 for the first
   */
  int number();

  /**
   * Returns who said it.
   *
   * @return the member
   */
  MemberId author();

  /**
   * Returns when it was said.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Returns what it says it is.
   *
   * @return the kind hint
   */
  ContributionKind kind();

  /**
   * Returns what was said.
   *
   * @return the text
   */
  @PersonalData(owner = "author")
  String text();

  /**
   * Returns the number of the contribution it replies to.
   *
   * @return the number, if it is a reply
   */
  OptionalInt replyTo();

  /**
   * Returns what the contribution does, if whoever recorded it said so. Logs written before the
   * field existed read as absent.
   *
   * @return the act, if recorded
   */
  Optional<ContributionAct> act();

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if the number is below 1 or the reply does not point back
   */
  @Value.Check
  default void check() {
    if (number() < 1) {
      throw new IllegalStateException("contribution numbers start at 1, was " + number());
    }
    if (replyTo().isPresent() && (replyTo().getAsInt() < 1 || replyTo().getAsInt() >= number())) {
      throw new IllegalStateException(
          "contribution "
              + number()
              + " can only reply to an earlier contribution, not "
              + replyTo().getAsInt());
    }
  }
}
