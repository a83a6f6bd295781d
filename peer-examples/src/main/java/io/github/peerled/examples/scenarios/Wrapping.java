package io.github.peerled.examples.scenarios;

import java.util.ArrayList;
import java.util.List;

/** Wraps a line of text at spaces so that no line is longer than a width. */
final class Wrapping {
  /** How much further than the first line the lines that continue it are indented. */
  static final int HANGING_INDENT = 4;

  private Wrapping() {}

  /**
   * Wraps a line at spaces. Each line that continues it is indented {@link #HANGING_INDENT} spaces
   * more than the line's own indent; a word longer than the room left is cut.
   *
   * @param line the line, without line breaks
   * @param width the longest line to return, more than the line's indent plus the hanging indent
   * @return the lines, the first of them as long as it can be
   * @throws IllegalArgumentException if the width leaves no room for text
   */
  static List<String> wrap(String line, int width) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    String continued = " ".repeat(indent + HANGING_INDENT);
    if (continued.length() >= width) {
      throw new IllegalArgumentException("a width of " + width + " leaves no room: " + line);
    }
    List<String> lines = new ArrayList<>();
    String rest = line;
    while (rest.length() > width) {
      int at = rest.lastIndexOf(' ', width);
      int start = lines.isEmpty() ? indent : continued.length();
      if (at <= start) {
        at = width; // one word fills the line: cut it
        lines.add(rest.substring(0, at));
        rest = continued + rest.substring(at);
      } else {
        lines.add(rest.substring(0, at).stripTrailing());
        rest = continued + rest.substring(at + 1).stripLeading();
      }
    }
    lines.add(rest);
    return lines;
  }
}
