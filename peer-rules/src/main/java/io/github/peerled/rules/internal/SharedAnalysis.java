package io.github.peerled.rules.internal;

import io.github.peerled.rules.FaqEntry;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.KnownMyth;
import io.github.peerled.rules.LexiconSource;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.internal.Lexicon;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the one analyser a rule set shares: the language's lexicon with every list the rules read,
 * their phrases in one automaton and their word lists in its word table.
 */
public final class SharedAnalysis {
  /**
   * Lists of common single words that are looked up on demand, near another cue's hit, and never
   * scanned: as phrases they would fire on most words of every text.
   */
  static final Set<Cue> WORD_LISTS =
      EnumSet.of(
          Cue.ATTACK_LINK,
          Cue.POSSESSIVE,
          Cue.THIRD_PERSON,
          Cue.CONTRIBUTION_WORD,
          Cue.REFERENT,
          Cue.INTERJECTION,
          Cue.SIDING,
          Cue.ADVICE_OPENER,
          Cue.DOSE_VERB);

  /**
   * Lists outside the safety reading that are compiled with their chat spellings too ("u should",
   * "ur gonna want to", "most ppl"): advice is typed in a chat as often as it is written out.
   */
  static final Set<Cue> CHAT_SPELLED =
      EnumSet.of(
          Cue.DIRECTIVE,
          Cue.ADVICE_QUESTION,
          Cue.MEDICAL_INSTRUCTION,
          Cue.INDIRECT_ADVICE,
          Cue.DOUBT);

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
            Cue.CARE_TEAM,
            Cue.CRISIS_EVERYDAY,
            Cue.CRISIS_ARRANGEMENT);
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
    String language = resources.language();
    Lexicon.Builder b = Lexicon.builder();
    if (Lexicon.hasTables(language)) {
      b.tables(language); // its words first: the word lists join its word table
    }
    new Lists(b, source, language).required(SESSION_CUES).optional(OPTIONAL_CUES);
    List<KnownMyth> myths = resources.myths();
    Set<String> stop = new HashSet<>();
    for (String w : source.phrases(resources.language(), "stopword").orElse(List.of())) {
      stop.add(Lexicon.normalise(w));
    }
    for (int i = 0; i < myths.size(); i++) {
      List<String> phrases = myths.get(i).phrases();
      for (int k = 0; k < phrases.size(); k++) {
        b.add(Cue.MYTH, phrases.get(k), i);
        List<String> stems = PhraseWords.stems(phrases.get(k), stop);
        if (i >= PhraseWords.MAX_INDEX || k >= PhraseWords.MAX_INDEX) {
          continue; // beyond the payload's fields: matched verbatim only
        }
        for (int j = 0; j < stems.size(); j++) {
          b.add(Cue.MYTH_WORD, stems.get(j), PhraseWords.payload(i, k, j, stems.size()));
        }
      }
    }
    List<FaqEntry> faq = resources.faq();
    List<List<String>> synonyms =
        faq.isEmpty()
            ? List.of()
            : FaqTerms.synonyms(source.phrases(language, "synonym").orElse(List.of()));
    for (int i = 0; i < faq.size(); i++) {
      List<String> phrases = faq.get(i).phrases();
      for (int k = 0; k < phrases.size(); k++) {
        b.add(Cue.FAQ, phrases.get(k), i);
        if (i >= PhraseWords.MAX_INDEX || k >= PhraseWords.MAX_INDEX) {
          continue; // beyond the payload's fields: matched verbatim only
        }
        List<String> stems = PhraseWords.stems(phrases.get(k), stop);
        for (int j = 0; j < stems.size(); j++) {
          b.add(Cue.FAQ_WORD, stems.get(j), PhraseWords.payload(i, k, j, stems.size()));
        }
      }
      if (i < PhraseWords.MAX_INDEX) {
        boolean oneWordId = FaqTerms.oneWordId(faq.get(i), stop);
        for (FaqTerms.Term t : FaqTerms.terms(faq.get(i), stop, synonyms)) {
          boolean wholeId = oneWordId && t.index() == 0 && !t.related();
          b.add(Cue.FAQ_TERM, t.pattern(), FaqTerms.payload(i, t.index(), wholeId));
        }
      }
    }
    return new Analyzer(b.build(), classifier);
  }

  /**
   * Reads the lists of cues in a language into a lexicon: phrases, with their chat spellings where
   * the cue is typed in chats, and word lists. Not thread-safe.
   */
  static final class Lists {
    private final Lexicon.Builder b;
    private final LexiconSource source;
    private final String language;
    private @Nullable ChatSpelling chat; // read with the first phrase compiled with it

    Lists(Lexicon.Builder b, LexiconSource source, String language) {
      this.b = b;
      this.source = source;
      this.language = language;
    }

    /** Adds the lists of some cues; throws if the source lacks one, or a line is malformed. */
    Lists required(Set<Cue> which) {
      return read(which, true);
    }

    /** Adds the lists of some cues that the source has; skips the others. */
    Lists optional(Set<Cue> which) {
      return read(which, false);
    }

    private Lists read(Set<Cue> which, boolean required) {
      for (Cue c : EnumSet.copyOf(which)) {
        if (!c.fromLexicon()) {
          continue;
        }
        Optional<List<String>> list = source.phrases(language, c.listName());
        if (required && list.isEmpty()) {
          String problem = "no lexicon '%s' for language '%s'; supply it through a LexiconSource";
          throw new IllegalArgumentException(problem.formatted(c.listName(), language));
        }
        for (String line : list.orElse(List.of())) {
          if (c == Cue.CRISIS_READING) {
            addWithChatSpelling(c, SafetyCategory.phrase(line), CrisisConcept.payload(line));
          } else if (c == Cue.CRISIS_EVERYDAY) {
            addWithChatSpelling(c, SafetyCategory.phrase(line), CrisisEveryday.payload(line));
          } else if (c == Cue.CRISIS_ARRANGEMENT) {
            addWithChatSpelling(c, SafetyCategory.phrase(line), CrisisArrangement.payload(line));
          } else if (WORD_LISTS.contains(c)) {
            b.addWord(c, line);
          } else if (SafetyCategory.weighted(c)) {
            addWithChatSpelling(c, SafetyCategory.phrase(line), SafetyCategory.payload(c, line));
          } else if (CHAT_SPELLED.contains(c)) {
            addWithChatSpelling(c, line, -1);
          } else {
            b.add(c, line, -1);
          }
        }
      }
      return this;
    }

    /**
     * Adds a phrase, its forms with words in their chat spellings (see {@link ChatSpelling}) and,
     * for each form with an apostrophe, the form without it: dont, im, whats.
     */
    private void addWithChatSpelling(Cue c, String phrase, int payload) {
      ChatSpelling spelling = chat;
      if (spelling == null) {
        spelling = ChatSpelling.of(source, language);
        chat = spelling;
      }
      for (String form : spelling.forms(Lexicon.normalise(phrase))) {
        b.add(c, form, payload);
        if (form.indexOf('\'') >= 0) {
          b.add(c, form.replace("'", ""), payload);
        }
      }
    }
  }
}
