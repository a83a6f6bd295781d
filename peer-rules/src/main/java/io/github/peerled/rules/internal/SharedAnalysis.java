package io.github.peerled.rules.internal;

import io.github.peerled.rules.FaqEntry;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.KnownMyth;
import io.github.peerled.rules.LexiconSource;
import io.github.peerled.rules.detect.ContributionClassifier;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds the one analyser a rule set shares: every lexicon the rules read, in one automaton. */
public final class SharedAnalysis {
  /** The lexicons the built-in session rules read. */
  static final Set<Cue> SESSION_CUES = sessionCues();

  /**
   * The lexicons read when the source has them (everyone counts, evidence quotes, advice, remarks,
   * graphic composition, crisis reading).
   */
  static final Set<Cue> OPTIONAL_CUES = optionalCues();

  private SharedAnalysis() {}

  private static Set<Cue> optionalCues() {
    Set<Cue> s =
        EnumSet.of(
            Cue.DISTRESS,
            Cue.WELCOME,
            Cue.NEGATION,
            Cue.ADVICE_OPENER,
            Cue.GROUP_ADDRESS,
            Cue.ENCOURAGEMENT,
            Cue.ADVISING,
            Cue.INDIRECT_ADVICE,
            Cue.DOSE_VERB,
            Cue.DOUBT,
            Cue.CRISIS_READING,
            Cue.CARE_TEAM);
    s.addAll(RespectfulExchangeRule.OPTIONAL_CUES);
    s.addAll(GraphicComposition.CUES);
    s.addAll(NoComparingRule.OPTIONAL_CUES);
    return s;
  }

  private static Set<Cue> sessionCues() {
    // advice in the author's own voice (Analysis#isAdvice) and its medical reading
    Set<Cue> s =
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
    s.add(Cue.CRISIS);
    s.add(Cue.GRAPHIC);
    s.add(Cue.TRAUMA);
    s.addAll(RespectfulExchangeRule.CUES);
    s.addAll(NoComparingRule.CUES);
    return s;
  }

  /**
   * Returns the analyser for a group.
   *
   * @param source where lexicons come from
   * @param resources the group's language, myths and FAQ
   * @param classifier the advice/sharing classifier
   * @return the analyser
   * @throws IllegalArgumentException if the source lacks a lexicon for the language
   */
  public static Analyzer analyzer(
      LexiconSource source, GroupResources resources, ContributionClassifier classifier) {
    Lexicon.Builder b = Lexicon.builder().addLexicons(source, resources.language(), SESSION_CUES);
    b.addOptionalLexicons(source, resources.language(), OPTIONAL_CUES);
    List<KnownMyth> myths = resources.myths();
    Set<String> stop = new HashSet<>();
    for (String w : source.phrases(resources.language(), "stopword").orElse(List.of())) {
      stop.add(Lexicon.normalise(w));
    }
    for (int i = 0; i < myths.size(); i++) {
      List<String> phrases = myths.get(i).phrases();
      for (int k = 0; k < phrases.size(); k++) {
        b.add(Cue.MYTH, phrases.get(k), i);
        List<String> stems = MythWords.stems(phrases.get(k), stop);
        if (i >= MythWords.MAX_INDEX || k >= MythWords.MAX_INDEX) {
          continue; // beyond the payload's fields: matched verbatim only
        }
        for (int j = 0; j < stems.size(); j++) {
          b.add(Cue.MYTH_WORD, stems.get(j), MythWords.payload(i, k, j, stems.size()));
        }
      }
    }
    List<FaqEntry> faq = resources.faq();
    for (int i = 0; i < faq.size(); i++) {
      for (String p : faq.get(i).phrases()) {
        b.add(Cue.FAQ, p, i);
      }
    }
    return new Analyzer(b.build(), classifier);
  }
}
