package io.github.peerled.rules.detect;

import io.github.peerled.rules.detect.internal.CueDetector;
import io.github.peerled.rules.detect.internal.TextLimit;

/**
 * Creates detectors. Lexicons and weights are classpath resources under {@code
 * META-INF/peerled/lexicon/<language>/}, so a language is added by adding resources, not code. A
 * detector takes time and memory linear in the length of a text and reads at most its first
 * 1,000,000 chars (see {@link ContributionClassifier}). Thread-safe.
 */
public final class Detectors {
  /** The most chars of one text that a detector (and a rule set) reads: one million. */
  public static final int MAX_TEXT_CHARS = TextLimit.MAX_CHARS;

  private Detectors() {}

  /**
   * How many chars of a text a detector reads, so that a host can say when a text was cut.
   *
   * @param text the text
   * @return its length, or {@link #MAX_TEXT_CHARS} (one less if that would split a surrogate pair)
   *     if it is longer
   */
  public static int charsRead(CharSequence text) {
    return TextLimit.readLength(text);
  }

  /**
   * The English detector, loaded once and shared.
   *
   * @return a stateless, thread-safe detector
   * @throws ExceptionInInitializerError on the first call, if the bundled resources are missing or
   *     malformed; its cause is the {@link IllegalArgumentException} that {@link
   *     #forLanguage(String) forLanguage("en")} throws
   */
  public static ContributionClassifier defaultDetector() {
    return Holder.ENGLISH;
  }

  /**
   * Loads the detector for a language from the classpath.
   *
   * @param language a language code such as {@code "en"}: the name of the resource folder
   * @return a new stateless, thread-safe detector
   * @throws IllegalArgumentException if there are no resources for that language, or they are
   *     malformed
   * @throws java.io.UncheckedIOException if reading a resource fails
   */
  public static ContributionClassifier forLanguage(String language) {
    return CueDetector.load(language);
  }

  private static final class Holder {
    static final ContributionClassifier ENGLISH = CueDetector.load("en");
  }
}
