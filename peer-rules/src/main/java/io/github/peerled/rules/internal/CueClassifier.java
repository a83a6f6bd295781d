package io.github.peerled.rules.internal;

import io.github.peerled.rules.AdviceLabel;
import io.github.peerled.rules.Classification;
import io.github.peerled.rules.LexiconSource;
import io.github.peerled.rules.Span;
import io.github.peerled.rules.TextClassifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in advice/sharing classifier: cue phrases found in one scan of the shared automaton,
 * weighed sentence by sentence. Advice in someone else's voice (quoted, reported), in the generic
 * you of sharing, or in a sarcastic sentence does not count. Immutable and thread-safe.
 */
public final class CueClassifier implements TextClassifier {
  /** The lexicons this classifier reads. */
  static final Set<Cue> CUES =
      EnumSet.of(
          Cue.DIRECTIVE,
          Cue.ADVICE_QUESTION,
          Cue.IMPERATIVE,
          Cue.NEUTRAL,
          Cue.FIRST_PERSON,
          Cue.SECOND_PERSON,
          Cue.GENERIC_YOU,
          Cue.REPORTED,
          Cue.SARCASM,
          Cue.QUESTION,
          Cue.MEDICAL_TERM,
          Cue.MEDICAL_INSTRUCTION);

  private static final int MAX_EVIDENCE = 8;

  private final Analyzer analyzer;

  /**
   * Creates a classifier.
   *
   * @param source where the lexicons come from
   * @param language the language tag
   * @throws IllegalArgumentException if the source lacks one of the lexicons
   */
  public CueClassifier(LexiconSource source, String language) {
    Lexicon lexicon = Lexicon.builder().addLexicons(source, language, CUES).build();
    this.analyzer = new Analyzer(lexicon, this);
  }

  @Override
  public Classification classify(String text) {
    return analyzer.analyze(text).classification();
  }

  /** Classifies an analysis whose lexicon holds at least {@link #CUES}. */
  static Classification classifyAnalysed(Analysis a) {
    double advice = 0;
    int firstPerson = 0;
    boolean question = false;
    List<Span> adviceSpans = new ArrayList<>(2);
    List<Span> otherSpans = new ArrayList<>(2);
    for (int h = 0; h < a.hitCount; h++) {
      Cue c = a.cue(h);
      switch (c) {
        case DIRECTIVE, MEDICAL_INSTRUCTION, ADVICE_QUESTION, IMPERATIVE -> {
          if (a.isAdvice(h)) {
            advice += weight(c);
            addSpan(adviceSpans, a.span(h));
          }
        }
        case FIRST_PERSON -> {
          if (!a.hitQuoted[h]) {
            firstPerson++;
            if (!question) {
              addSpan(otherSpans, a.span(h));
            }
          }
        }
        case QUESTION -> {
          if (!question) {
            otherSpans.clear();
          }
          question = true;
          addSpan(otherSpans, a.span(h));
        }
        default -> {}
      }
    }
    if (advice > 0) {
      double sharing = 0.25 * Math.min(firstPerson, 6);
      double confidence = advice / (advice + sharing + 0.3);
      adviceSpans.sort((x, y) -> Integer.compare(x.start(), y.start()));
      return Classification.of(AdviceLabel.ADVICE, round(confidence), adviceSpans);
    }
    boolean endsInQuestion = a.sentenceCount > 0 && a.sentenceQuestion[a.sentenceCount - 1];
    if (question || endsInQuestion) {
      return Classification.of(
          AdviceLabel.QUESTION,
          question && endsInQuestion ? 0.85 : 0.7,
          question ? otherSpans : List.of());
    }
    if (firstPerson > 0) {
      return Classification.of(
          AdviceLabel.SHARING, round(Math.min(0.95, 0.55 + 0.1 * firstPerson)), otherSpans);
    }
    return Classification.of(AdviceLabel.OTHER, 0.5, List.of());
  }

  private static double weight(Cue c) {
    return switch (c) {
      case ADVICE_QUESTION -> 0.9;
      case IMPERATIVE -> 0.8;
      default -> 1.0;
    };
  }

  private static void addSpan(List<Span> spans, Span s) {
    if (spans.size() < MAX_EVIDENCE) {
      spans.add(s);
    }
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
