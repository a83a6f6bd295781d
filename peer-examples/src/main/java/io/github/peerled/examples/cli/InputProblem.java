package io.github.peerled.examples.cli;

import io.github.peerled.core.runtime.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bad input to a {@code peer} command: a missing file, text that is not JSON, a value of the wrong
 * type, an unknown id. The message says which file, where and what is wrong, one problem a line;
 * the command exits 2 and prints no stack trace.
 */
final class InputProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputProblem(String message) {
    super(message);
  }

  InputProblem(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns the problem of files that read as JSON but are not fit for use.
   *
   * @param byFile what is wrong, by file name; at least one violation
   * @return the problem, one line per violation: {@code file: CODE at PATH: message}
   */
  static InputProblem of(Map<String, List<Violation>> byFile) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, List<Violation>> e : byFile.entrySet()) {
      for (Violation v : e.getValue()) {
        lines.add(e.getKey() + ": " + v.describe());
      }
    }
    return new InputProblem(String.join("\n", lines));
  }
}
