package io.github.peerled.core.files;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A session transcript ({@code "format": "peerled-session/1"}): who facilitated, who was there, and
 * what was said, in order. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSessionFile.class)
@JsonDeserialize(as = ImmutableSessionFile.class)
public interface SessionFile {
  /** The format this version of Peerled reads and writes. */
  String FORMAT = "peerled-session/1";

  /**
   * Returns the format and its version.
   *
   * @return {@value #FORMAT}
   */
  String format();

  /**
   * Returns the session's id.
   *
   * @return the id
   */
  SessionId sessionId();

  /**
   * Returns when the session started.
   *
   * @return the instant; a fixed date unless set
   */
  @Value.Default
  default Instant startedAt() {
    return Instant.parse("2026-01-01T18:30:00Z");
  }

  /**
   * Returns who facilitated.
   *
   * @return the member id, if known
   */
  Optional<MemberId> facilitator();

  /**
   * Returns who co-facilitated.
   *
   * @return the member id, if any
   */
  Optional<MemberId> coFacilitator();

  /**
   * Returns who was present; authors of contributions count as present too.
   *
   * @return the member ids
   */
  List<MemberId> attendees();

  /**
   * Returns what was said, in order.
   *
   * @return the contributions
   */
  List<ContributionEntry> contributions();
}
