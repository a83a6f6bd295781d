package io.github.peerled.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples are what hosts copy, so they use the library as a host can: through its exported
 * packages only, never an {@code internal} one.
 */
class PublicApiOnlyTest {
  private static final Pattern INTERNAL_USE =
      Pattern.compile("\\bio\\.github\\.peerled\\.[\\w.]*\\.internal\\.");

  @Test
  void should_use_no_internal_package_of_the_library() throws IOException {
    Path sources = Path.of("src", "main", "java");
    assertThat(sources).as("the examples' sources, read from the module directory").isDirectory();
    List<String> uses = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> collect(f, uses));
    }

    assertThat(uses).as("uses of internal packages (file:line: text)").isEmpty();
  }

  private static void collect(Path file, List<String> uses) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (INTERNAL_USE.matcher(lines.get(i)).find()) {
          uses.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
