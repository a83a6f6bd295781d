package io.github.peerled.core.session;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A session of a group and the facts recorded about it: scheduled, started (who facilitated, under
 * which guideline version), who attended, how many contributions were made, closed. The
 * contributions themselves are in the event log. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSession.class)
@JsonDeserialize(as = ImmutableSession.class)
public interface Session {
  /**
   * Returns the session's id.
   *
   * @return the id
   */
  SessionId id();

  /**
   * Returns when the session is planned.
   *
   * @return the instant
   */
  Instant scheduledFor();

  /**
   * Returns how the session meets.
   *
   * @return the format
   */
  MeetingFormat format();

  /**
   * Returns where the session meets, if in person.
   *
   * @return the place
   */
  Optional<String> place();

  /**
   * Returns the members who volunteered to facilitate, in the order they did.
   *
   * @return the volunteers
   */
  List<MemberId> volunteers();

  /**
   * Returns when the session started.
   *
   * @return the instant; empty until it starts
   */
  Optional<Instant> startedAt();

  /**
   * Returns who facilitates the session.
   *
   * @return the facilitator; empty until it starts
   */
  Optional<MemberId> facilitator();

  /**
   * Returns who co-facilitates the session.
   *
   * @return the co-facilitator, if any
   */
  Optional<MemberId> coFacilitator();

  /**
   * Returns the guideline version in force when the session started.
   *
   * @return the version number; 0 until it starts
   */
  int guidelineVersion();

  /**
   * Returns who attended, in the order they were recorded.
   *
   * @return the attendees
   */
  Set<MemberId> attendees();

  /**
   * Returns how many contributions were made.
   *
   * @return the count
   */
  int contributions();

  /**
   * Returns when the session closed.
   *
   * @return the instant; empty until it closes
   */
  Optional<Instant> closedAt();

  /**
   * Returns when the text of the session's contributions expired under the group's retention
   * setting ({@code ContributionTextExpired}).
   *
   * @return the instant of the expiry; empty while the text is kept
   */
  Optional<Instant> textExpiredAt();

  /**
   * Returns the status, derived from the facts.
   *
   * @return the status
   */
  default SessionStatus status() {
    if (closedAt().isPresent()) {
      return SessionStatus.CLOSED;
    }
    return startedAt().isPresent() ? SessionStatus.OPEN : SessionStatus.SCHEDULED;
  }
}
