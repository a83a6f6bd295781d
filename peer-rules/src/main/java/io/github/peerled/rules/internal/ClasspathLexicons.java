package io.github.peerled.rules.internal;

import io.github.peerled.rules.LexiconSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The built-in lexicons, read once from the classpath and cached. Thread-safe. */
public final class ClasspathLexicons implements LexiconSource {
  /** The one instance. */
  public static final ClasspathLexicons INSTANCE = new ClasspathLexicons();

  private ClasspathLexicons() {}

  private final Map<String, Optional<List<String>>> cache = new ConcurrentHashMap<>();

  @Override
  public Optional<List<String>> phrases(String language, String list) {
    return cache.computeIfAbsent(language + "/" + list, ClasspathLexicons::load);
  }

  private static Optional<List<String>> load(String key) {
    String name = "/io/github/peerled/rules/lexicon/" + key + ".txt";
    try (InputStream in = ClasspathLexicons.class.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!l.isEmpty()) {
          out.add(l);
        }
      }
      return Optional.of(List.copyOf(out));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
  }
}
