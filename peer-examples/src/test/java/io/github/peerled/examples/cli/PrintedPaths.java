package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON paths that {@code peer} prints about a file, and whether each is in the file: resolved
 * on the file's JSON tree with Jackson's own {@link JsonPointer}, not with the code under test.
 */
final class PrintedPaths {
  private static final Pattern AT = Pattern.compile("^(?:[A-Z_]+ )?at (\\$[^ :(]*)");
  private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

  private PrintedPaths() {}

  /**
   * Returns the paths printed about a file: lines such as {@code peer: FILE: CODE at PATH: ...} or
   * {@code FILE: at PATH (line 3, column 5): ...}.
   */
  static List<String> of(String output, String file) {
    List<String> paths = new ArrayList<>();
    for (String line : output.split("\n", -1)) {
      String l = line.startsWith("peer: ") ? line.substring("peer: ".length()) : line;
      if (!l.startsWith(file + ": ")) {
        continue;
      }
      Matcher m = AT.matcher(l.substring(file.length() + 2));
      if (m.find()) {
        paths.add(m.group(1));
      }
    }
    return paths;
  }

  /** Tells whether a path such as {@code $.guidelines.clauses[2].id} is in a document. */
  static boolean exists(JsonNode document, String path) {
    if (!path.startsWith("$")) {
      return false;
    }
    StringBuilder pointer = new StringBuilder();
    Matcher m = STEP.matcher(path);
    int at = 1;
    while (at < path.length()) {
      if (!m.find(at) || m.start() != at) {
        return false;
      }
      String step = m.group(1) != null ? m.group(1) : m.group(2);
      pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
      at = m.end();
    }
    return !document.at(JsonPointer.compile(pointer.toString())).isMissingNode();
  }

  /** Reads a file as a JSON tree. */
  static JsonNode tree(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile());
  }

  /** Asserts that the output names at least one path in the file and that each is in it. */
  static void assertExist(Path file, String output) throws IOException {
    List<String> paths = of(output, file.toString());
    assertThat(paths).as("paths printed about %s in:%n%s", file, output).isNotEmpty();
    JsonNode tree = tree(file);
    for (String p : paths) {
      assertThat(exists(tree, p)).as("%s is in %s; output:%n%s", p, file, output).isTrue();
    }
  }
}
