package io.github.peerled.rules.internal;

import io.github.peerled.rules.LexiconSource;
import io.github.peerled.rules.detect.internal.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The chat spellings of common words ("abt", "u", "tonite"), read from the {@code chat-spelling}
 * list: a line reads {@code words<TAB>spelling<TAB>spelling...}; a spelling ending in {@code ?} is
 * read without the mark, one ending in {@code !} is the tokeniser's alone (see the list's header),
 * one ending in {@code ~} is a dialect spelling ("cannae", "tae"), tried only after the chat
 * spellings, and the detector's tokeniser reads the same list. A phrase of the safety lists is
 * compiled with its spellings too, so a class of words is written once and still matches how people
 * type in a chat; the text itself is scanned once as written. Immutable once read.
 */
final class ChatSpelling {
  static final ChatSpelling NONE = new ChatSpelling(List.of(), List.of(), List.of());

  /** At most this many chat spellings of one phrase, the phrase itself included. */
  static final int MAX_FORMS = 24;

  /** At most this many forms of one phrase with its dialect spellings, its chat forms included. */
  static final int MAX_DIALECT_FORMS = 64;

  private final List<String[]> words; // a word or words, as tokens
  private final List<List<String[]>> spellings; // their chat spellings, as tokens
  private final List<List<String[]>> dialect; // their dialect spellings, as tokens

  private ChatSpelling(
      List<String[]> words, List<List<String[]>> spellings, List<List<String[]>> dialect) {
    this.words = words;
    this.spellings = spellings;
    this.dialect = dialect;
  }

  /** Reads the list of a language; {@link #NONE} when the source has none. */
  static ChatSpelling of(LexiconSource source, String language) {
    List<String> lines = source.phrases(language, "chat-spelling").orElse(List.of());
    if (lines.isEmpty()) {
      return NONE;
    }
    List<String[]> w = new ArrayList<>();
    List<List<String[]>> s = new ArrayList<>();
    List<List<String[]>> d = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 2 || f[0].isBlank()) {
        throw new IllegalArgumentException(
            "lexicon 'chat-spelling': a line needs words and a spelling: '" + line + "'");
      }
      List<String[]> forms = new ArrayList<>();
      List<String[]> dialectForms = new ArrayList<>();
      boolean tokeniserOnly = false;
      for (int i = 1; i < f.length; i++) {
        String form = f[i].strip();
        if (form.endsWith("!")) {
          tokeniserOnly = true; // a form the tokeniser splits or rewrites, not one of phrases
        } else if (form.endsWith("~")) {
          dialectForms.add(tokens(form.substring(0, form.length() - 1)));
        } else if (!form.isEmpty()) {
          forms.add(tokens(form.endsWith("?") ? form.substring(0, form.length() - 1) : form));
        }
      }
      if (forms.isEmpty() && dialectForms.isEmpty() && tokeniserOnly) {
        continue;
      }
      if (forms.isEmpty() && dialectForms.isEmpty()) {
        throw new IllegalArgumentException(
            "lexicon 'chat-spelling': a line needs words and a spelling: '" + line + "'");
      }
      w.add(tokens(f[0]));
      s.add(forms);
      d.add(dialectForms);
    }
    return new ChatSpelling(List.copyOf(w), List.copyOf(s), List.copyOf(d));
  }

  /**
   * Returns a phrase's forms: the phrase itself first, then the phrase with words replaced by their
   * chat spellings, each replacement alone and in combination, up to {@link #MAX_FORMS} forms; then
   * those forms with words replaced by their dialect spellings, up to {@link #MAX_DIALECT_FORMS}
   * forms in all (so a dialect spelling never crowds out a chat form).
   *
   * @param phrase a normalised phrase
   * @return its forms, without repeats
   */
  List<String> forms(String phrase) {
    Set<String> out = new LinkedHashSet<>();
    out.add(phrase);
    if (words.isEmpty()) {
      return List.copyOf(out);
    }
    widen(out, spellings, MAX_FORMS);
    widen(out, dialect, MAX_DIALECT_FORMS);
    return List.copyOf(out);
  }

  /** Adds to the forms the forms of each with words replaced by one of their spellings. */
  private void widen(Set<String> out, List<List<String[]>> by, int max) {
    List<String> queue = new ArrayList<>(out);
    for (int q = 0; q < queue.size() && out.size() < max; q++) {
      String[] t = tokens(queue.get(q));
      for (int i = 0; i < t.length && out.size() < max; i++) {
        for (int k = 0; k < words.size() && out.size() < max; k++) {
          String[] w = words.get(k);
          if (by.get(k).isEmpty() || !startsAt(t, i, w)) {
            continue;
          }
          for (String[] s : by.get(k)) {
            String form = join(t, i, w.length, s);
            if (out.add(form)) {
              queue.add(form);
            }
            if (out.size() >= max) {
              break;
            }
          }
        }
      }
    }
  }

  private static boolean startsAt(String[] t, int i, String[] w) {
    if (i + w.length > t.length) {
      return false;
    }
    for (int j = 0; j < w.length; j++) {
      String tok = t[i + j];
      boolean star = j == w.length - 1 && tok.endsWith("*");
      if (!(star ? tok.substring(0, tok.length() - 1) : tok).equals(w[j])) {
        return false;
      }
    }
    return true;
  }

  private static String join(String[] t, int i, int n, String[] s) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < t.length; j++) {
      if (j > i && j < i + n) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      if (j == i) {
        b.append(String.join(" ", s));
        if (t[i + n - 1].endsWith("*")) {
          b.append('*');
        }
      } else {
        b.append(t[j]);
      }
    }
    return b.toString();
  }

  private static String[] tokens(String s) {
    return Lexicon.normalise(s).split(" ", -1);
  }
}
