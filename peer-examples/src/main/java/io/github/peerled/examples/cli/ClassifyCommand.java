package io.github.peerled.examples.cli;

import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Detectors;
import io.github.peerled.rules.detect.EvidenceSpan;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code peer classify}: reads contributions from standard input, one per line, and writes one line
 * per input line: {@code label<TAB>confidence<TAB>evidence}, or a JSON object with {@code --format
 * json}. Streams: memory does not grow with the input. Not thread-safe (one run per instance).
 */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = {
      "Classify contributions as advice, sharing, question or other.",
      "Reads UTF-8 text from standard input, one contribution per line, and writes exactly one"
          + " line per input line.",
      "Default output: label<TAB>confidence<TAB>evidence, where evidence is a list of"
          + " label:cue@start-end\"text\" items separated by '; ' (offsets are UTF-16 char"
          + " indexes into the line), or '-' when there is none.",
      "Time is linear in the length of a line; at most the first 1,000,000 characters of a line"
          + " are classified, and a note on standard error names a longer line.",
      "Exit status: 0 on success, 2 on bad arguments or input that is not valid UTF-8."
    })
final class ClassifyCommand implements Callable<Integer> {
  private static final int BUFFER = 1 << 16;

  @Option(
      names = "--format",
      defaultValue = "tsv",
      paramLabel = "FORMAT",
      description = "Output format: tsv (default; text is the same) or json (one object per line).")
  String format = "tsv";

  private final InputStream in;
  private final OutputStream out;
  private final PrintStream err;

  /** Reads standard input and writes standard output. */
  ClassifyCommand() {
    this(System.in, System.out, System.err);
  }

  /**
   * Uses the given streams (for embedding and tests).
   *
   * @param in where contributions are read
   * @param out where results are written
   * @param err where errors are reported
   */
  ClassifyCommand(InputStream in, OutputStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    boolean json;
    switch (format.toLowerCase(Locale.ROOT)) {
      case "tsv", "text" -> json = false;
      case "json" -> json = true;
      default -> {
        err.println("peer classify: unknown --format '" + format + "': use text (tsv) or json");
        return 2;
      }
    }
    ContributionClassifier detector = Detectors.defaultDetector();
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    Writer w =
        new OutputStreamWriter(new BufferedOutputStream(out, BUFFER), StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(256);
    byte[] buf = new byte[BUFFER];
    byte[] line = new byte[256];
    int lineLen = 0;
    CharBuffer chars = CharBuffer.allocate(256);
    long lineNo = 0;
    boolean pending = false;
    int n;
    while (true) {
      n = in.read(buf);
      if (n < 0) {
        break;
      }
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          int len = i - from;
          if (lineLen + len > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLen + len));
          }
          System.arraycopy(buf, from, line, lineLen, len);
          lineLen += len;
          lineNo++;
          CharBuffer decoded = decode(decoder, line, lineLen, chars);
          if (decoded == null) {
            return invalid(w, lineNo);
          }
          chars = decoded;
          emit(detector, chars, lineNo, json, sb, w);
          lineLen = 0;
          from = i + 1;
          pending = false;
        }
      }
      int len = n - from;
      if (len > 0) {
        if (lineLen + len > line.length) {
          line = Arrays.copyOf(line, Math.max(line.length * 2, lineLen + len));
        }
        System.arraycopy(buf, from, line, lineLen, len);
        lineLen += len;
        pending = true;
      }
    }
    if (pending) {
      lineNo++;
      CharBuffer decoded = decode(decoder, line, lineLen, chars);
      if (decoded == null) {
        return invalid(w, lineNo);
      }
      emit(detector, decoded, lineNo, json, sb, w);
    }
    w.flush();
    return 0;
  }

  private int invalid(Writer w, long lineNo) throws IOException {
    w.flush();
    err.println("peer classify: input is not valid UTF-8 on line " + lineNo);
    return 2;
  }

  /** Decodes strictly; returns null if the bytes are not valid UTF-8. */
  private static @Nullable CharBuffer decode(
      CharsetDecoder d, byte[] bytes, int len, CharBuffer chars) {
    if (len > 0 && bytes[len - 1] == '\r') {
      len--;
    }
    CharBuffer c = chars.capacity() < len ? CharBuffer.allocate(len) : chars;
    c.clear();
    d.reset();
    CoderResult r = d.decode(ByteBuffer.wrap(bytes, 0, len), c, true);
    if (r.isError() || d.flush(c).isError()) {
      return null;
    }
    c.flip();
    return c;
  }

  private void emit(
      ContributionClassifier detector,
      CharBuffer chars,
      long lineNo,
      boolean json,
      StringBuilder sb,
      Writer w)
      throws IOException {
    int off = 0;
    if (lineNo == 1 && chars.remaining() > 0 && chars.get(0) == '\uFEFF') {
      off = 1;
    }
    String text = new String(chars.array(), chars.arrayOffset() + off, chars.remaining() - off);
    if (text.length() > Detectors.MAX_TEXT_CHARS) {
      err.println(
          "peer classify: line "
              + lineNo
              + " has "
              + text.length()
              + " characters; only the first "
              + Detectors.charsRead(text)
              + " were classified");
    }
    Classification c = detector.classify(text);
    sb.setLength(0);
    if (json) {
      json(c, sb);
    } else {
      tsv(c, sb);
    }
    sb.append('\n');
    w.append(sb);
  }

  static void tsv(Classification c, StringBuilder sb) {
    sb.append(c.label().code()).append('\t');
    confidence(c.confidence(), sb);
    sb.append('\t');
    if (c.evidence().isEmpty()) {
      sb.append('-');
      return;
    }
    boolean first = true;
    for (EvidenceSpan e : c.evidence()) {
      if (!first) {
        sb.append("; ");
      }
      first = false;
      sb.append(e.label().code())
          .append(':')
          .append(e.cue())
          .append('@')
          .append(e.start())
          .append('-')
          .append(e.end())
          .append('"');
      String t = e.text();
      for (int i = 0; i < t.length(); i++) {
        char ch = t.charAt(i);
        sb.append(ch == '\t' || ch == '\r' || ch == '\n' ? ' ' : ch == '"' ? '\'' : ch);
      }
      sb.append('"');
    }
  }

  static void json(Classification c, StringBuilder sb) {
    sb.append("{\"label\":\"").append(c.label().code()).append("\",\"confidence\":");
    confidence(c.confidence(), sb);
    sb.append(",\"spans\":[");
    boolean first = true;
    for (EvidenceSpan e : c.evidence()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append("{\"start\":")
          .append(e.start())
          .append(",\"end\":")
          .append(e.end())
          .append(",\"text\":");
      string(e.text(), sb);
      sb.append(",\"label\":\"").append(e.label().code()).append("\",\"cue\":");
      string(e.cue(), sb);
      sb.append('}');
    }
    sb.append("]}");
  }

  /** Three decimals, without {@code String.format}. */
  static void confidence(double p, StringBuilder sb) {
    long m = Math.round(Math.max(0, Math.min(1, p)) * 1000);
    sb.append(m / 1000).append('.');
    long frac = m % 1000;
    if (frac < 100) {
      sb.append('0');
    }
    if (frac < 10) {
      sb.append('0');
    }
    sb.append(frac);
  }

  static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    sb.append('"');
  }
}
