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
import io.github.peerled.core.session.ContributionAct;
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

  /** Reads a field of an object into a builder, and says which bit stands for it. */
  @FunctionalInterface
  private interface Field {
    /** Reads the value of a field; returns its bit, 0 if the name is not one, -1 if it failed. */
    int read(String name, JsonParser p) throws IOException;
  }

  /**
   * Reads the fields of the current object up to its end: the common fields of an event (if {@code
   * common} is given) and the object's own. Returns the bits of the own fields read, or -1 if a
   * field is unknown, repeated or fails, or the object does not close.
   */
  private static int fields(JsonParser p, @Nullable Common common, Field own) throws IOException {
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int bit = own.read(name, p);
      if (bit == 0) {
        if (common == null || !common.read(name, p)) {
          return -1;
        }
      } else if (bit < 0 || (seen & bit) != 0) {
        return -1;
      } else {
        seen |= bit;
      }
    }
    return p.currentToken() == JsonToken.END_OBJECT ? seen : -1;
  }

  private static @Nullable GroupEvent contribution(JsonParser p) throws IOException {
    Common c = new Common();
    ImmutableContribution.Builder b = ImmutableContribution.builder();
    int seen =
        fields(
            p,
            c,
            (name, q) -> {
              if (!name.equals("contribution")) {
                return 0;
              }
              if (q.nextToken() != JsonToken.START_OBJECT) {
                return -1;
              }
              int inner = fields(q, null, (n, r) -> contributionField(n, r, b));
              return inner >= 0 && (inner & 63) == 63 ? 1 : -1;
            });
    return seen == 1 && c.complete()
        ? stamp(ImmutableContributionRecorded.builder(), c).contribution(b.build()).build()
        : null;
  }

  /**
   * Reads a field of a contribution object; {@code replyTo} (bit 64) and {@code act} (bit 128) are
   * the optional ones.
   */
  private static int contributionField(String name, JsonParser p, ImmutableContribution.Builder b)
      throws IOException {
    switch (name) {
      case "sessionId" -> {
        b.sessionId(SessionId.of(text(p)));
        return 1;
      }
      case "number" -> {
        b.number(integer(p));
        return 2;
      }
      case "author" -> {
        b.author(MemberId.of(text(p)));
        return 4;
      }
      case "at" -> {
        Instant at = FastInstantDeserializer.parse(text(p));
        if (at == null) {
          return -1;
        }
        b.at(at);
        return 8;
      }
      case "kind" -> {
        b.kind(ContributionKind.valueOf(text(p)));
        return 16;
      }
      case "text" -> {
        b.text(text(p));
        return 32;
      }
      case "replyTo" -> {
        b.replyTo(integer(p));
        return 64;
      }
      case "act" -> {
        b.act(ContributionAct.valueOf(text(p)));
        return 128;
      }
      default -> {
        return 0;
      }
    }
  }

  private static @Nullable GroupEvent stance(JsonParser p) throws IOException {
    Common c = new Common();
    ImmutableStanceTaken.Builder b = ImmutableStanceTaken.builder();
    int seen =
        fields(
            p,
            c,
            (name, q) ->
                switch (name) {
                  case "proposalId" -> {
                    b.proposalId(ProposalId.of(text(q)));
                    yield 1;
                  }
                  case "kind" -> {
                    b.kind(StanceKind.valueOf(text(q)));
                    yield 2;
                  }
                  case "reason" -> {
                    b.reason(text(q));
                    yield 4;
                  }
                  default -> 0;
                });
    return seen >= 0 && (seen & 3) == 3 && c.complete() ? stamp(b, c).build() : null;
  }

  private static @Nullable GroupEvent attendance(JsonParser p) throws IOException {
    Common c = new Common();
    ImmutableAttendanceRecorded.Builder b = ImmutableAttendanceRecorded.builder();
    int seen =
        fields(
            p,
            c,
            (name, q) ->
                switch (name) {
                  case "sessionId" -> {
                    b.sessionId(SessionId.of(text(q)));
                    yield 1;
                  }
                  case "member" -> {
                    b.member(MemberId.of(text(q)));
                    yield 2;
                  }
                  default -> 0;
                });
    return seen == 3 && c.complete() ? stamp(b, c).build() : null;
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
