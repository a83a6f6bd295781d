package io.github.peerled.core.store.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.peerled.core.internal.Ceilings;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, before it is written, JSON that the store could not read back: a string (a value or a
 * field name) longer than {@link Ceilings#MAX_TEXT_LENGTH}, or anything else the store's reader
 * refuses. Cheap on the append path: every char of a string takes at least one byte of JSON, so a
 * document of at most {@link Ceilings#MAX_TEXT_LENGTH} bytes cannot hold a longer string, and only
 * larger documents are read again, token by token, without binding. Thread-safe (stateless).
 */
final class Readback {
  private Readback() {}

  /**
   * Checks that JSON the store is about to write can be read back.
   *
   * @param json the JSON the store writes
   * @param kind what it is, for the message ("event ")
   * @param number its number, for the message (the message names {@code kind + number})
   * @throws IllegalArgumentException if the store could not read it back
   */
  static void check(byte[] json, String kind, long number) {
    if (json.length <= Ceilings.MAX_TEXT_LENGTH) {
      return;
    }
    String what = kind + number;
    try (JsonParser p = RecordCodec.factory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
          int length = p.getTextLength();
          if (length > Ceilings.MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(
                what
                    + " cannot be stored: the text at "
                    + path(p.getParsingContext())
                    + " has "
                    + length
                    + " chars, more than the "
                    + Ceilings.MAX_TEXT_LENGTH
                    + " the store can read back");
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(
          what + " cannot be stored: the store could not read it back: " + e.getMessage(), e);
    }
  }

  /** Returns the JSON path of a position, such as {@code $.contribution.text}. */
  private static String path(@Nullable JsonStreamContext context) {
    StringBuilder b = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        b.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        b.insert(0, "." + c.getCurrentName());
      }
    }
    return b.insert(0, '$').toString();
  }
}
