package io.github.peerled.rules;

import io.github.peerled.rules.internal.ClasspathLexicons;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where cue-phrase lists come from: lexicons are data, so a language is added by supplying lists,
 * without code changes. The built-in English lists are classpath resources named {@code
 * META-INF/peerled/lexicon/<language>/<list>.txt}, beside the detector's tables of the language
 * (see {@link io.github.peerled.rules.detect.Detectors}): one phrase a line, {@code #} starts a
 * comment, a trailing {@code *} lets a phrase match the start of a word.
 *
 * <p>The safety lists ({@code crisis}, {@code graphic}, {@code trauma}) may give each phrase a
 * category and a weight: {@code phrase<TAB>category<TAB>weight}, for example {@code
 * stabbed<TAB>violence<TAB>1.0}. Categories are {@code violence}, {@code injury}, {@code death},
 * {@code abuse}, {@code self-harm-and-suicide}, {@code medical-gore}, and {@code false-alarm} for a
 * phrase that cancels the phrases of its list it overlaps ({@code blood sugar}, {@code this heat is
 * killing me}); weights run from 0 to 10. Phrases in one contribution weighing together 1.0 or more
 * are a crisis; graphic phrases make a graphic story at the safety rule's {@code graphicThreshold}
 * (1.0). A phrase with an apostrophe also matches without it ({@code don't}, {@code dont}). A plain
 * line keeps its earlier meaning: a crisis phrase of weight 1.0 (one suffices), a graphic phrase of
 * weight 0.5 (two make a story), a trauma theme. A malformed safety line makes building a rule set
 * fail with an {@link IllegalArgumentException}.
 *
 * <p>An optional list {@code chat-spelling} gives the chat spellings of common words, {@code
 * words<TAB>spelling<TAB>spelling...} (for example {@code tonight<TAB>tonite<TAB>2nite}): every
 * phrase of the safety lists then also matches with those words in their spellings. Without it,
 * phrases match as written.
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
