package io.github.peerled.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --output FILE} option of every command that prints a result: the result goes to the
 * file (UTF-8, replaced if it exists) instead of standard output. Messages still go to standard
 * error.
 */
final class Output {
  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Write the result to FILE (UTF-8) instead of standard output; - for standard output.")
  @Nullable Path file;

  /**
   * Opens where the result goes.
   *
   * @param standardOutput the command's standard output
   * @return the writer; close it when done (standard output is flushed, not closed)
   */
  Sink open(PrintWriter standardOutput) {
    Path target = file;
    if (target == null || target.toString().equals("-")) {
      return new Sink(standardOutput, null);
    }
    try {
      return new Sink(
          new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8)), target);
    } catch (IOException e) {
      throw new InputProblem("--output: cannot write " + target + " (" + e + ")", e);
    }
  }

  /** Where a result is written. Not thread-safe. */
  static final class Sink implements AutoCloseable {
    final PrintWriter out;
    private final @Nullable Path file;

    Sink(PrintWriter out, @Nullable Path file) {
      this.out = out;
      this.file = file;
    }

    @Override
    public void close() {
      out.flush();
      if (file != null) {
        out.close();
        if (out.checkError()) {
          throw new InputProblem("--output: cannot write " + file);
        }
      }
    }
  }
}
