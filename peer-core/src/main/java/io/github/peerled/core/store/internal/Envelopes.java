package io.github.peerled.core.store.internal;

import java.nio.charset.StandardCharsets;

/**
 * The pieces of the hand-written envelopes of records and snapshots: fixed ASCII tokens and
 * checksums written as eight lower-case hexadecimal digits. Thread-safe (stateless).
 */
final class Envelopes {
  private Envelopes() {}

  /** The ASCII bytes of a token. */
  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Returns the index after {@code token} at {@code p}, or -1 if it is not there. */
  static int expect(byte[] b, int p, int end, byte[] token) {
    if (p < 0 || end - p < token.length) {
      return -1;
    }
    for (int i = 0; i < token.length; i++) {
      if (b[p + i] != token[i]) {
        return -1;
      }
    }
    return p + token.length;
  }

  /**
   * Returns the index after the decimal digits at {@code p}, at most {@code max} of them, or -1 if
   * there is none.
   */
  static int digitsEnd(byte[] b, int p, int end, int max) {
    if (p < 0) {
      return -1;
    }
    int q = p;
    while (q < end && q - p < max && b[q] >= '0' && b[q] <= '9') {
      q++;
    }
    return q > p ? q : -1;
  }

  /** Returns the value of the decimal digits {@code b[from, to)}. */
  static long number(byte[] b, int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (b[i] - '0');
    }
    return value;
  }

  /**
   * Reads a checksum of eight lower-case hexadecimal digits at {@code p}.
   *
   * @return the checksum as an unsigned value, or -1 if there are not eight such digits
   */
  static long hex8(byte[] b, int p, int end) {
    if (p < 0 || end - p < 8) {
      return -1;
    }
    long value = 0;
    for (int i = p; i < p + 8; i++) {
      byte c = b[i];
      int h;
      if (c >= '0' && c <= '9') {
        h = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        h = c - 'a' + 10;
      } else {
        return -1;
      }
      value = (value << 4) | h;
    }
    return value;
  }
}
