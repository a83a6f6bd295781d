package io.github.peerled.rules.internal;

import io.github.peerled.rules.LexiconSource;
import io.github.peerled.rules.detect.internal.Resources;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in lexicons, read once from the classpath (see {@link Resources} for where) and cached.
 * Thread-safe.
 */
public final class ClasspathLexicons implements LexiconSource {
  /** The one instance. */
  public static final ClasspathLexicons INSTANCE = new ClasspathLexicons();

  private ClasspathLexicons() {}

  private final Map<String, Optional<List<String>>> cache = new ConcurrentHashMap<>();

  @Override
  public Optional<List<String>> phrases(String language, String list) {
    return cache.computeIfAbsent(language + "/" + list, k -> Resources.phrases(language, list));
  }
}
