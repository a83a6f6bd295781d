package io.github.peerled.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the code a test marks with README-BEGIN / README-END, as the README shows it. */
final class ReadmeBlocks {
  private ReadmeBlocks() {}

  /** The marked code of a test class's source, de-indented, blank lines dropped. */
  static String marked(Class<?> testClass) throws IOException {
    String source =
        Files.readString(Path.of("src/test/java", testClass.getName().replace('.', '/') + ".java"));
    String block =
        source.substring(
            source.indexOf("// README-BEGIN") + "// README-BEGIN".length(),
            source.indexOf("    // README-END"));
    StringBuilder code = new StringBuilder();
    for (String line : block.lines().toList()) {
      if (!line.isBlank()) {
        code.append(line.length() >= 4 ? line.substring(4) : line).append('\n');
      }
    }
    return code.toString();
  }

  /** The README's text. */
  static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }
}
