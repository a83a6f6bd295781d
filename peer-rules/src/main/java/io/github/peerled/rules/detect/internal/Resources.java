package io.github.peerled.rules.detect.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one resource layout of the text stack: every list and table of a language lies under {@code
 * META-INF/peerled/lexicon/<language>/}, the phrase lists of the rules as {@code <list>.txt} and
 * the detector's tables as {@code <name>.tsv}. Stateless and thread-safe.
 */
public final class Resources {
  private Resources() {}

  static String path(String language, String file) {
    return "META-INF/peerled/lexicon/" + language + "/" + file;
  }

  static boolean exists(String language, String file) {
    return Resources.class.getClassLoader().getResource(path(language, file)) != null;
  }

  /** Lines of a table that are neither blank nor comments ({@code #}), split on tabs. */
  static List<String[]> rows(String language, String file) {
    return rows(
        lines(language, file)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("no detector resource " + path(language, file))));
  }

  /** Lines that are neither blank nor comments ({@code #}), split on tabs. */
  static List<String[]> rows(List<String> lines) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.split("\t", -1));
      }
    }
    return out;
  }

  /**
   * Reads a phrase list of the rules: one phrase a line, {@code #} starts a comment, blank lines
   * skipped, phrases stripped.
   *
   * @param language the language tag
   * @param list the list name
   * @return the phrases, or empty if the language has no such list
   * @throws UncheckedIOException if reading fails
   */
  public static Optional<List<String>> phrases(String language, String list) {
    return lines(language, list + ".txt")
        .map(
            lines -> {
              List<String> out = new ArrayList<>();
              for (String line : lines) {
                int hash = line.indexOf('#');
                String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!l.isEmpty()) {
                  out.add(l);
                }
              }
              return List.copyOf(out);
            });
  }

  private static Optional<List<String>> lines(String language, String file) {
    String p = path(language, file);
    InputStream in = Resources.class.getClassLoader().getResourceAsStream(p);
    if (in == null) {
      return Optional.empty();
    }
    try (in) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
