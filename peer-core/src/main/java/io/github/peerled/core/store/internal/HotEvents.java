package io.github.peerled.core.store.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ImmutableAttendanceRecorded;
import io.github.peerled.core.event.ImmutableContributionRecorded;
import io.github.peerled.core.event.ImmutableStanceTaken;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Reads the events that make up most of a long log (contributions, stances, attendance) straight
 * from the token stream, without data binding. It accepts only the plain form the store writes:
 * {@code type} first, each known field once with a value of the expected JSON type, no unknown
 * field and nothing after the object. For anything else it returns {@code null}, and the caller
 * hands the record to the data binder, which reads it or explains what is wrong with it. So this
 * class never accepts a record that the binder would reject, and never decides an error message.
 * Thread-safe.
 */
final class HotEvents {
  private HotEvents() {}

  /**
   * Reads an event, or returns null if it is not a plain contribution, stance or attendance.
   *
   * @param factory the factory of the store's mapper (same parser features)
   * @param b the bytes
   * @param off the first byte of the event object
   * @param len its length
   */
  static @Nullable GroupEvent read(JsonFactory factory, byte[] b, int off, int len) {
    try (JsonParser p = factory.createParser(b, off, len)) {
      if (p.nextToken() != JsonToken.START_OBJECT || !"type".equals(p.nextFieldName())) {
        return null;
      }
      String type = p.nextTextValue();
      if (type == null) {
        return null;
      }
      GroupEvent event =
          switch (type) {
            case "ContributionRecorded" -> contribution(p);
            case "StanceTaken" -> stance(p);
            case "AttendanceRecorded" -> attendance(p);
            default -> null;
          };
      return event != null && p.nextToken() == null ? event : null;
    } catch (IOException | RuntimeException e) {
      // Malformed, out of range or failing a check: the binder reads it again and says why.
      return null;
    }
  }

  /** The fields every event has, read as they come. */
  private static final class Common {
    long sequence = -1;
    @Nullable GroupId groupId;
    @Nullable MemberId actor;
    @Nullable Instant at;

    /** Reads a common field; false if the name is not one or the field came twice. */
    boolean read(String name, JsonParser p) throws IOException {
      switch (name) {
        case "sequence" -> {
          if (sequence >= 0 || p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            return false;
          }
          sequence = p.getLongValue();
          return sequence >= 0;
        }
        case "groupId" -> {
          if (groupId != null) {
            return false;
          }
          groupId = GroupId.of(text(p));
          return true;
        }
        case "actor" -> {
          if (actor != null) {
            return false;
          }
          actor = MemberId.of(text(p));
          return true;
        }
        case "at" -> {
          if (at != null) {
            return false;
          }
          at = FastInstantDeserializer.parse(text(p));
          return at != null;
        }
        default -> {
          return false;
        }
      }
    }

    boolean complete() {
      return sequence >= 0 && groupId != null && actor != null && at != null;
    }
  }

  private static @Nullable GroupEvent contribution(JsonParser p) throws IOException {
    Common c = new Common();
    ImmutableContribution.@Nullable Builder contribution = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      if (name.equals("contribution")) {
        if (contribution != null || p.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        contribution = contributionBody(p);
        if (contribution == null) {
          return null;
        }
      } else if (!c.read(name, p)) {
        return null;
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT || !c.complete() || contribution == null) {
      return null;
    }
    return stamp(ImmutableContributionRecorded.builder(), c)
        .contribution(contribution.build())
        .build();
  }

  /** Reads the fields of a contribution object, up to its end. */
  private static ImmutableContribution.@Nullable Builder contributionBody(JsonParser p)
      throws IOException {
    ImmutableContribution.Builder b = ImmutableContribution.builder();
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int bit;
      switch (name) {
        case "sessionId" -> {
          bit = 1;
          b.sessionId(SessionId.of(text(p)));
        }
        case "number" -> {
          bit = 2;
          b.number(integer(p));
        }
        case "author" -> {
          bit = 4;
          b.author(MemberId.of(text(p)));
        }
        case "at" -> {
          bit = 8;
          Instant at = FastInstantDeserializer.parse(text(p));
          if (at == null) {
            return null;
          }
          b.at(at);
        }
        case "kind" -> {
          bit = 16;
          b.kind(ContributionKind.valueOf(text(p)));
        }
        case "text" -> {
          bit = 32;
          b.text(text(p));
        }
        case "replyTo" -> {
          bit = 64;
          b.replyTo(integer(p));
        }
        default -> {
          return null;
        }
      }
      if ((seen & bit) != 0) {
        return null;
      }
      seen |= bit;
    }
    return p.currentToken() == JsonToken.END_OBJECT && (seen & 63) == 63 ? b : null;
  }

  private static @Nullable GroupEvent stance(JsonParser p) throws IOException {
    Common c = new Common();
    ImmutableStanceTaken.Builder b = ImmutableStanceTaken.builder();
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int bit;
      switch (name) {
        case "proposalId" -> {
          bit = 1;
          b.proposalId(ProposalId.of(text(p)));
        }
        case "kind" -> {
          bit = 2;
          b.kind(StanceKind.valueOf(text(p)));
        }
        case "reason" -> {
          bit = 4;
          b.reason(text(p));
        }
        default -> {
          if (!c.read(name, p)) {
            return null;
          }
          continue;
        }
      }
      if ((seen & bit) != 0) {
        return null;
      }
      seen |= bit;
    }
    if (p.currentToken() != JsonToken.END_OBJECT || !c.complete() || (seen & 3) != 3) {
      return null;
    }
    return stamp(b, c).build();
  }

  private static @Nullable GroupEvent attendance(JsonParser p) throws IOException {
    Common c = new Common();
    ImmutableAttendanceRecorded.Builder b = ImmutableAttendanceRecorded.builder();
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int bit;
      switch (name) {
        case "sessionId" -> {
          bit = 1;
          b.sessionId(SessionId.of(text(p)));
        }
        case "member" -> {
          bit = 2;
          b.member(MemberId.of(text(p)));
        }
        default -> {
          if (!c.read(name, p)) {
            return null;
          }
          continue;
        }
      }
      if ((seen & bit) != 0) {
        return null;
      }
      seen |= bit;
    }
    if (p.currentToken() != JsonToken.END_OBJECT || !c.complete() || seen != 3) {
      return null;
    }
    return stamp(b, c).build();
  }

  private static ImmutableContributionRecorded.Builder stamp(
      ImmutableContributionRecorded.Builder b, Common c) {
    return b.sequence(c.sequence)
        .groupId(nonNull(c.groupId))
        .actor(nonNull(c.actor))
        .at(nonNull(c.at));
  }

  private static ImmutableStanceTaken.Builder stamp(ImmutableStanceTaken.Builder b, Common c) {
    return b.sequence(c.sequence)
        .groupId(nonNull(c.groupId))
        .actor(nonNull(c.actor))
        .at(nonNull(c.at));
  }

  private static ImmutableAttendanceRecorded.Builder stamp(
      ImmutableAttendanceRecorded.Builder b, Common c) {
    return b.sequence(c.sequence)
        .groupId(nonNull(c.groupId))
        .actor(nonNull(c.actor))
        .at(nonNull(c.at));
  }

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("checked by Common.complete()");
    }
    return value;
  }

  /** The next value as text; a value of another JSON type fails the fast read. */
  private static String text(JsonParser p) throws IOException {
    String s = p.nextTextValue();
    if (s == null) {
      throw new IllegalArgumentException("not a string");
    }
    return s;
  }

  /** The next value as an int; a value of another JSON type fails the fast read. */
  private static int integer(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
      throw new IllegalArgumentException("not an integer");
    }
    return p.getIntValue();
  }
}
