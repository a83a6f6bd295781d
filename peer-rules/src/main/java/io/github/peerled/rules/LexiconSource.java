package io.github.peerled.rules;

import io.github.peerled.rules.internal.ClasspathLexicons;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where cue-phrase lists come from: lexicons are data, so a language is added by supplying lists,
 * without code changes. The built-in English lists are classpath resources named {@code
 * io/github/peerled/rules/lexicon/<language>/<list>.txt}: one phrase a line, {@code #} starts a
 * comment, a trailing {@code *} lets a phrase match the start of a word.
 *
 * <p>Implementations must be thread-safe and return the same lists every time.
 */
@FunctionalInterface
public interface LexiconSource {
  /**
   * Returns a list of phrases.
   *
   * @param language the language tag, for example {@code en}
   * @param list the list's name, for example {@code advice-directive}
   * @return the phrases, or empty if this source has no such list
   */
  Optional<List<String>> phrases(String language, String list);

  /**
   * Returns the built-in lists, read from the classpath.
   *
   * @return the source
   */
  static LexiconSource builtIn() {
    return ClasspathLexicons.INSTANCE;
  }

  /**
   * Returns a source of lists given in memory, keyed {@code language/list} (for example {@code
   * nl/advice-directive}).
   *
   * @param lists the lists
   * @return the source
   */
  static LexiconSource of(Map<String, List<String>> lists) {
    Map<String, List<String>> copy = Map.copyOf(lists);
    return (language, list) -> Optional.ofNullable(copy.get(language + "/" + list));
  }

  /**
   * Returns a source that asks this one first, then another.
   *
   * @param fallback the source asked when this one has no list
   * @return the combined source
   */
  default LexiconSource orElse(LexiconSource fallback) {
    return (language, list) -> {
      Optional<List<String>> mine = phrases(language, list);
      return mine.isPresent() ? mine : fallback.phrases(language, list);
    };
  }
}
