package io.github.peerled.rules.internal;

import io.github.peerled.rules.LexiconSource;
import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.EvidenceSpan;
import io.github.peerled.rules.detect.Label;
import io.github.peerled.rules.detect.SentenceClassification;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The fallback advice/sharing classifier for languages the detector has no resources for: cue
 * phrases of the group's lexicons, found in the one scan of the shared automaton, weighed sentence
 * by sentence. Advice in someone else's voice (quoted, reported), in the generic you of sharing, or
 * in a sarcastic sentence does not count. Immutable and thread-safe.
 */
public final class CueClassifier implements ContributionClassifier {
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
  public Classification classify(CharSequence text) {
    return analyzer.analyze(text.toString()).classification();
  }

  @Override
  public List<SentenceClassification> classifySentences(CharSequence text) {
    Analysis whole = analyzer.analyze(text.toString());
    String s = whole.text;
    List<SentenceClassification> out = new ArrayList<>(whole.sentenceCount);
    for (int i = 0; i < whole.sentenceCount; i++) {
      int start = whole.sentenceStart[i];
      int end = i + 1 < whole.sentenceCount ? whole.sentenceStart[i + 1] : s.length();
      while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
      Classification c = analyzer.analyze(s.substring(start, end)).classification();
      List<EvidenceSpan> shifted = new ArrayList<>(c.evidence().size());
      for (EvidenceSpan e : c.evidence()) {
        shifted.add(
            new EvidenceSpan(e.start() + start, e.end() + start, e.label(), e.cue(), e.text()));
      }
      out.add(
          new SentenceClassification(
              start, end, new Classification(c.label(), c.confidence(), shifted)));
    }
    return out;
  }

  /** Classifies an analysis whose lexicon holds at least {@link #CUES}. */
  static Classification classifyAnalysed(Analysis a) {
    double advice = 0;
    int firstPerson = 0;
    boolean question = false;
    List<EvidenceSpan> adviceSpans = new ArrayList<>(2);
    List<EvidenceSpan> otherSpans = new ArrayList<>(2);
    for (int h = 0; h < a.hitCount; h++) {
      Cue c = a.cue(h);
      switch (c) {
        case DIRECTIVE, MEDICAL_INSTRUCTION, ADVICE_QUESTION, IMPERATIVE -> {
          if (a.isAdvice(h)) {
            advice += weight(c);
            addSpan(adviceSpans, a, h, Label.ADVICE);
          }
        }
        case FIRST_PERSON -> {
          if (!a.hitQuoted[h]) {
            firstPerson++;
            if (!question) {
              addSpan(otherSpans, a, h, Label.SHARING);
            }
          }
        }
        case QUESTION -> {
          if (!question) {
            otherSpans.clear();
          }
          question = true;
          addSpan(otherSpans, a, h, Label.QUESTION);
        }
        default -> {}
      }
    }
    if (advice > 0) {
      double sharing = 0.25 * Math.min(firstPerson, 6);
      double confidence = advice / (advice + sharing + 0.3);
      adviceSpans.sort((x, y) -> Integer.compare(x.start(), y.start()));
      return new Classification(Label.ADVICE, round(confidence), adviceSpans);
    }
    boolean endsInQuestion = a.sentenceCount > 0 && a.sentenceQuestion[a.sentenceCount - 1];
    if (question || endsInQuestion) {
      return new Classification(
          Label.QUESTION,
          question && endsInQuestion ? 0.85 : 0.7,
          question ? otherSpans : List.of());
    }
    if (firstPerson > 0) {
      return new Classification(
          Label.SHARING, round(Math.min(0.95, 0.55 + 0.1 * firstPerson)), otherSpans);
    }
    return new Classification(Label.OTHER, 0.5, List.of());
  }

  private static double weight(Cue c) {
    return switch (c) {
      case ADVICE_QUESTION -> 0.9;
      case IMPERATIVE -> 0.8;
      default -> 1.0;
    };
  }

  private static void addSpan(List<EvidenceSpan> spans, Analysis a, int hit, Label label) {
    if (spans.size() < MAX_EVIDENCE) {
      int start = a.hitStart[hit];
      int end = a.hitEnd[hit];
      spans.add(
          new EvidenceSpan(start, end, label, a.cue(hit).listName(), a.text.substring(start, end)));
    }
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
