package io.github.peerled.rules.internal;

import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.rules.AnalyzedContribution;
import io.github.peerled.rules.FaqEntry;
import io.github.peerled.rules.FindingSink;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.Parameter;
import io.github.peerled.rules.Rule;
import io.github.peerled.rules.RuleParameters;
import io.github.peerled.rules.RuleSession;
import io.github.peerled.rules.Severity;
import io.github.peerled.rules.Signpost;
import io.github.peerled.rules.Span;
import io.github.peerled.rules.SuggestedAction;
import io.github.peerled.rules.detect.Label;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code existing-answer}: in a mentoring forum, mentors share the load by pointing to what is
 * already written down. Flags a question that matches one of the group's {@link FaqEntry}s (at
 * least {@code minPhraseMatches} distinct phrases of the entry, 1) with a pointer to it. A phrase
 * matches verbatim, or by its content words in order within one sentence and in other forms ({@link
 * PhraseWords}: "naloxone kit" in "where do you get one of those naloxone kits?"), not across a
 * negation; an entry's distinct phrases are counted one way or the other, whichever finds more.
 * When no phrase matches (and {@code minPhraseMatches} is 1), a question sentence that holds two of
 * an entry's core terms, or its one-word id, matches it too ({@link FaqTerms}: "what do we do on
 * sick days?" for the entry {@code sick-day}). With {@code questionsOnly} (true) only questions
 * count: a contribution marked as a question, read as one by the classifier, or holding a question
 * mark.
 *
 * <p>Parameters: {@code minPhraseMatches} (1), {@code questionsOnly} (true), {@code severity}
 * (INFO). Thread-safe.
 */
final class ExistingAnswerRule implements Rule {
  static final Parameter<Integer> MIN_PHRASE_MATCHES =
      Parameter.ofInt(
          "minPhraseMatches", "distinct phrases of an entry a question must match", 1, 1, 20);
  static final Parameter<Boolean> QUESTIONS_ONLY =
      Parameter.ofBoolean("questionsOnly", "whether only questions get a pointer", true);
  static final Parameter<Severity> SEVERITY =
      Parameter.ofEnum("severity", "how strongly to flag", Severity.class, Severity.INFO);

  @Override
  public String id() {
    return BuiltinRules.EXISTING_ANSWER;
  }

  @Override
  public String description() {
    return "Mentors share the load: a question the group has already answered gets a pointer to"
        + " the answer.";
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MIN_PHRASE_MATCHES, QUESTIONS_ONLY, SEVERITY);
  }

  @Override
  public RuleSession startSession(RuleParameters p, GroupContext context, GroupResources r) {
    int min = p.get(MIN_PHRASE_MATCHES);
    boolean questionsOnly = p.get(QUESTIONS_ONLY);
    Severity severity = p.get(SEVERITY);
    List<FaqEntry> faq = r.faq();
    return new RuleSession() {
      @Override
      public void accept(AnalyzedContribution c, FindingSink sink) {
        Analysis a = (Analysis) c;
        if ((!a.has(Cue.FAQ) && !a.has(Cue.FAQ_WORD) && !a.has(Cue.FAQ_TERM))
            || (questionsOnly && !isQuestion(a))) {
          return;
        }
        int[] verbatim = new int[faq.size()];
        int[] lastPattern = new int[faq.size()];
        java.util.Arrays.fill(lastPattern, -1);
        for (int h = 0; h < a.hitCount; h++) {
          if (a.cue(h) != Cue.FAQ) {
            continue;
          }
          int e = a.payload(h);
          if (lastPattern[e] != a.hitPattern[h]) {
            verbatim[e]++;
            lastPattern[e] = a.hitPattern[h];
          }
        }
        List<int[]> byWords = PhraseWords.find(a, Cue.FAQ_WORD);
        int best = -1;
        int bestCount = 0;
        for (int e = 0; e < faq.size(); e++) {
          int n = Math.max(verbatim[e], distinctPhrases(byWords, e));
          if (n >= min && n > bestCount) {
            best = e;
            bestCount = n;
          }
        }
        int[] byTerms = best < 0 && min <= 1 ? FaqTerms.find(a, questionsOnly) : null;
        if (best < 0 && byTerms == null) {
          return;
        }
        List<Span> spans = new ArrayList<>();
        if (byTerms != null) {
          best = byTerms[0];
          for (int h = 0; h < a.hitCount; h++) {
            if (a.cue(h) == Cue.FAQ_TERM
                && (a.hitSentence[h] == byTerms[1] || a.hitSentence[h] == byTerms[2])
                && PhraseWords.inFamily(a, h)
                && a.payload(h) >>> 8 == best) {
              spans.add(a.span(h));
            }
          }
        }
        FaqEntry entry = faq.get(best);
        for (int h = 0; h < a.hitCount; h++) {
          if (a.cue(h) == Cue.FAQ && a.payload(h) == best) {
            spans.add(a.span(h));
          }
        }
        if (spans.isEmpty()) {
          for (int[] m : byWords) {
            if (m[0] == best) {
              spans.add(new Span(m[1], m[2]));
            }
          }
        }
        sink.report(
            sink.draft(
                    severity,
                    SuggestedAction.POINT_TO_EXISTING_DOCUMENTATION,
                    "This question is answered in \""
                        + entry.title()
                        + "\" ("
                        + entry.link()
                        + "). A mentor could point to it and ask whether it helps.")
                .spans(spans)
                .addContribution(a.contribution().number())
                .addMember(a.contribution().author())
                .addSignpost(Signpost.of(Signpost.Kind.INFORMATION, entry.title(), entry.link()))
                .build());
      }
    };
  }

  /** How many distinct phrases of an entry the mentions by words hold. */
  private static int distinctPhrases(List<int[]> mentions, int entry) {
    int n = 0;
    for (int i = 0; i < mentions.size(); i++) {
      int[] m = mentions.get(i);
      if (m[0] != entry) {
        continue;
      }
      boolean seen = false;
      for (int j = 0; j < i && !seen; j++) {
        seen = mentions.get(j)[3] == m[3];
      }
      if (!seen) {
        n++;
      }
    }
    return n;
  }

  private static boolean isQuestion(Analysis a) {
    if (a.contribution().kind() == ContributionKind.QUESTION) {
      return true;
    }
    for (int s = 0; s < a.sentenceCount; s++) {
      if (a.sentenceQuestion[s]) {
        return true;
      }
    }
    return a.classification().label() == Label.QUESTION;
  }
}
