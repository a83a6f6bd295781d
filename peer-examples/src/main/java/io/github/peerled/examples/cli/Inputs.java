package io.github.peerled.examples.cli;

import io.github.peerled.core.files.CoreFiles;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the {@code peer} command reads its files: a file named {@code -} is standard input, read
 * once.
 */
final class Inputs {
  /** The name that stands for standard input. */
  static final String STANDARD_INPUT = "-";

  private static final ThreadLocal<InputStream> IN = ThreadLocal.withInitial(() -> System.in);

  private Inputs() {}

  /**
   * Runs a command with the given standard input (for embedding and tests).
   *
   * @param in what {@code -} reads
   * @param run the command
   * @return what the command returns
   */
  static int with(InputStream in, java.util.function.IntSupplier run) {
    IN.set(in);
    try {
      return run.getAsInt();
    } finally {
      IN.remove();
    }
  }

  static boolean isStandardInput(Path file) {
    return file.toString().equals(STANDARD_INPUT);
  }

  /** Returns the name of a file for messages: {@code standard input} for {@code -}. */
  static String source(Path file) {
    return isStandardInput(file) ? "standard input" : file.toString();
  }

  /** Returns the text of a file, or of standard input for {@code -}. */
  static String text(Path file) {
    return isStandardInput(file)
        ? CoreFiles.readText(IN.get(), "standard input")
        : CoreFiles.readText(file);
  }

  /** Returns standard input, as set for this run. */
  static InputStream standardInput() {
    return IN.get();
  }
}
