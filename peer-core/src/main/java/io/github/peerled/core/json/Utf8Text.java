package io.github.peerled.core.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes UTF-8 strictly: bytes that are not UTF-8 are an error that names the line and column of
 * the first, and the JSON path the text before it leads to. Thread-safe.
 */
final class Utf8Text {
  private Utf8Text() {}

  /**
   * Decodes the bytes.
   *
   * @param bytes the bytes
   * @param source what they are, for the error
   * @return the text
   * @throws JsonInputException if the bytes are not UTF-8
   */
  static String decode(byte[] bytes, String source) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      String before = out.flip().toString();
      throw new JsonInputException(
          source,
          pathAtEndOf(before),
          String.format(Locale.ROOT, "not valid UTF-8 (byte 0x%02x)", bytes[in.position()] & 0xff),
          lineOf(before),
          columnOf(before),
          null);
    }
    return out.flip().toString();
  }

  /** The JSON path that the text leads to, read as far as it goes. */
  private static String pathAtEndOf(String text) {
    JsonParser parser;
    try {
      parser =
          PeerledJson.factory().createParser(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (IOException e) {
      return "$";
    }
    try (JsonParser p = parser) {
      while (p.nextToken() != null) {
        // read on to where the text ends or stops being JSON
      }
    } catch (IOException stopped) {
      // the text ends inside a value: the path stands at it
    }
    return JsonErrors.path(parser.getParsingContext());
  }

  /** The 1-based line on which the text ends; a line ends with LF, CR or CR LF. */
  private static int lineOf(String text) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column of the character after the text, not counting a byte-order mark. */
  private static int columnOf(String text) {
    int start = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
    if (start == 0 && text.startsWith("\uFEFF")) {
      start = 1;
    }
    return text.length() - start + 1;
  }
}
