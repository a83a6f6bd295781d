package io.github.peerled.core.internal;

/** Validation shared by the typed ids. Not part of the API: internal use only. */
public final class Ids {
  private Ids() {}

  public static void check(String what, String value) {
    if (value == null || value.isEmpty() || value.length() > 64) {
      throw new IllegalArgumentException(
          what + " must be 1 to 64 characters long, was " + describe(value));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      if (!ok) {
        throw new IllegalArgumentException(
            what + " may hold only letters, digits, '.', '_' and '-', was " + describe(value));
      }
    }
  }

  private static String describe(String value) {
    return value == null ? "null" : '"' + value + '"';
  }
}
