package io.github.peerled.rules.internal;

import io.github.peerled.rules.LexiconSource;
import io.github.peerled.rules.detect.internal.TextChars;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every cue phrase one analysis looks for, compiled into one automaton so that a text is scanned
 * once whatever the number of phrases and lexicons; and the {@link #WORD_LISTS} of common words,
 * looked up one word at a time where a rule needs them. Immutable and thread-safe.
 */
final class Lexicon {
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

  private final Automaton automaton;
  private final Cue[] cue;
  private final int[] payload;
  private final String[] phrase;
  private final int maxLength;
  private final Map<Cue, Set<String>> words;

  private Lexicon(
      Automaton automaton, Cue[] cue, int[] payload, String[] phrase, Map<Cue, Set<String>> words) {
    this.automaton = automaton;
    this.cue = cue;
    this.payload = payload;
    this.phrase = phrase;
    this.words = words;
    int max = 0;
    for (int p = 0; p < automaton.patternCount(); p++) {
      max = Math.max(max, automaton.length(p));
    }
    this.maxLength = max;
  }

  /** Returns the length of the longest phrase (a stem without its star). */
  int maxLength() {
    return maxLength;
  }

  /** Tells whether lowercased characters {@code [from, to)} are a word of a word list. */
  boolean isWord(Cue list, char[] lower, int from, int to) {
    Set<String> w = words.get(list);
    return w != null && w.contains(new String(lower, from, to - from));
  }

  Automaton automaton() {
    return automaton;
  }

  Cue cue(int pattern) {
    return cue[pattern];
  }

  int payload(int pattern) {
    return payload[pattern];
  }

  String phrase(int pattern) {
    return phrase[pattern];
  }

  /** Returns a builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Normalises a phrase the way texts are normalised: lowercase, typographic apostrophes made
   * plain, runs of white space made one space.
   */
  static String normalise(String phrase) {
    return TextChars.normalise(phrase);
  }

  /** Collects phrases, then compiles them. Not thread-safe. */
  static final class Builder {
    private final List<String> phrases = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();
    private final List<Integer> payloads = new ArrayList<>();
    private final Map<Cue, Set<String>> words = new EnumMap<>(Cue.class);
    private ChatSpelling chat = ChatSpelling.NONE;
    private boolean chatRead;

    Builder add(Cue cue, String phrase, int payload) {
      String p = normalise(phrase);
      if (!p.isEmpty() && !p.equals("*")) {
        phrases.add(p);
        cues.add(cue);
        payloads.add(payload);
      }
      return this;
    }

    /**
     * Adds the lexicons of some cues in a language.
     *
     * @throws IllegalArgumentException if the source has no list for one of the cues, or a line of
     *     a safety list has a bad category or weight (see {@link SafetyCategory})
     */
    Builder addLexicons(LexiconSource source, String language, Set<Cue> which) {
      for (Cue c : EnumSet.copyOf(which)) {
        if (!c.fromLexicon()) {
          continue;
        }
        List<String> list =
            source
                .phrases(language, c.listName())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "no lexicon '"
                                + c.listName()
                                + "' for language '"
                                + language
                                + "'; supply it through a LexiconSource"));
        if (WORD_LISTS.contains(c)) {
          Set<String> w = words.computeIfAbsent(c, k -> new HashSet<>());
          for (String line : list) {
            w.add(normalise(line));
          }
          continue;
        }
        readChatSpelling(source, language, c);
        for (String line : list) {
          if (SafetyCategory.weighted(c)) {
            addWithChatSpelling(c, SafetyCategory.phrase(line), SafetyCategory.payload(c, line));
          } else if (CHAT_SPELLED.contains(c)) {
            addWithChatSpelling(c, line, -1);
          } else {
            add(c, line, -1);
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
      for (String form : chat.forms(normalise(phrase))) {
        add(c, form, payload);
        if (form.indexOf('\'') >= 0) {
          add(c, form.replace("'", ""), payload);
        }
      }
    }

    /** Reads the chat spellings once, before the first list compiled with them. */
    private void readChatSpelling(LexiconSource source, String language, Cue c) {
      if (!chatRead
          && (SafetyCategory.weighted(c) || c == Cue.CRISIS_READING || CHAT_SPELLED.contains(c))) {
        chat = ChatSpelling.of(source, language);
        chatRead = true;
      }
    }

    /**
     * Adds the lexicons of some cues in a language that the source has; skips the others.
     *
     * @throws IllegalArgumentException if a line of the crisis reading has a bad class or weight
     */
    Builder addOptionalLexicons(LexiconSource source, String language, Set<Cue> which) {
      for (Cue c : EnumSet.copyOf(which)) {
        if (c.fromLexicon()) {
          readChatSpelling(source, language, c);
          for (String line : source.phrases(language, c.listName()).orElse(List.of())) {
            if (c == Cue.CRISIS_READING) {
              addWithChatSpelling(c, SafetyCategory.phrase(line), CrisisConcept.payload(line));
            } else if (WORD_LISTS.contains(c)) {
              words.computeIfAbsent(c, k -> new HashSet<>()).add(normalise(line));
            } else if (CHAT_SPELLED.contains(c)) {
              addWithChatSpelling(c, line, -1);
            } else {
              add(c, line, -1);
            }
          }
        }
      }
      return this;
    }

    Lexicon build() {
      int n = phrases.size();
      Cue[] c = cues.toArray(new Cue[0]);
      int[] p = new int[n];
      for (int i = 0; i < n; i++) {
        p[i] = payloads.get(i);
      }
      Map<Cue, Set<String>> w = new EnumMap<>(Cue.class);
      words.forEach((k, v) -> w.put(k, Set.copyOf(v)));
      return new Lexicon(Automaton.build(phrases), c, p, phrases.toArray(new String[0]), w);
    }
  }
}
