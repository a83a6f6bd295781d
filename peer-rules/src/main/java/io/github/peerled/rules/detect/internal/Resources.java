package io.github.peerled.rules.detect.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the detector's TSV resources. Stateless and thread-safe. */
final class Resources {
  private Resources() {}

  static String path(String language, String file) {
    return "META-INF/peerled/detect/" + language + "/" + file;
  }

  static boolean exists(String language, String file) {
    return Resources.class.getClassLoader().getResource(path(language, file)) != null;
  }

  /** Lines that are neither blank nor comments ({@code #}), split on tabs. */
  static List<String[]> rows(String language, String file) {
    String p = path(language, file);
    InputStream in = Resources.class.getClassLoader().getResourceAsStream(p);
    if (in == null) {
      throw new IllegalArgumentException("no detector resource " + p);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return rows(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  /** Lines of {@code r} that are neither blank nor comments ({@code #}), split on tabs. */
  static List<String[]> rows(BufferedReader r) throws IOException {
    List<String[]> out = new ArrayList<>();
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      out.add(line.split("\t", -1));
    }
    return out;
  }
}
