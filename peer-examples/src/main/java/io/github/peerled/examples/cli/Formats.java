package io.github.peerled.examples.cli;

/** The output formats the commands accept. */
final class Formats {
  private Formats() {}

  static void check(String format) {
    if (!format.equals("text") && !format.equals("json")) {
      throw new InputProblem("--format: '" + format + "' is not one of text, json");
    }
  }
}
