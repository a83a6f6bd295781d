package io.github.peerled.rules;

import io.github.peerled.rules.internal.CueClassifier;

/** The built-in {@link TextClassifier}s. */
public final class Classifiers {
  private static final TextClassifier ENGLISH = new CueClassifier(LexiconSource.builtIn(), "en");

  private Classifiers() {}

  /**
   * Returns the built-in English cue-phrase classifier: directives ("you should", "if I were you"),
   * advice phrased as questions ("have you tried"), imperative openings and prescriptive medical
   * instructions count as advice, unless quoted, reported, in the generic you of sharing ("you know
   * how it is when ...") or sarcastic. Thread-safe.
   *
   * @return the classifier
   */
  public static TextClassifier cuePhrases() {
    return ENGLISH;
  }

  /**
   * Returns a cue-phrase classifier for a language, from lexicons a source supplies.
   *
   * @param source where the lexicons come from
   * @param language the language tag
   * @return the classifier
   * @throws IllegalArgumentException if the source lacks a lexicon the classifier needs
   */
  public static TextClassifier cuePhrases(LexiconSource source, String language) {
    return new CueClassifier(source, language);
  }
}
