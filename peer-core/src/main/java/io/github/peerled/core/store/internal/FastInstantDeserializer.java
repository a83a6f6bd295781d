package io.github.peerled.core.store.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants the store writes ({@code 2026-01-05T18:30:00Z}, optionally with a fraction of
 * a second) without a formatter, which makes reading a long log markedly faster; anything else is
 * read with {@link Instant#parse}. Thread-safe.
 */
final class FastInstantDeserializer extends StdScalarDeserializer<Instant> {
  private static final long serialVersionUID = 1L;

  FastInstantDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }
    String s = p.getText();
    Instant fast = parse(s);
    if (fast != null) {
      return fast;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeException e) {
      return (Instant) ctxt.handleWeirdStringValue(Instant.class, s, "not an ISO-8601 instant");
    }
  }

  /** Parses {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or returns null for any other form. */
  static @org.jspecify.annotations.Nullable Instant parse(String s) {
    int n = s.length();
    if (n < 20
        || s.charAt(n - 1) != 'Z'
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int digitsOfFraction = n - 21;
      if (s.charAt(19) != '.' || digitsOfFraction < 1 || digitsOfFraction > 9) {
        return null;
      }
      int f = digits(s, 20, digitsOfFraction);
      if (f < 0) {
        return null;
      }
      nanos = f;
      for (int i = digitsOfFraction; i < 9; i++) {
        nanos *= 10;
      }
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second, nanos);
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
