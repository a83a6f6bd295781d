package io.github.peerled.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.Detectors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules read their words and sentences off the one tokeniser's tokens, and the detector reads
 * the same tokens: the words are those of the plain reading (runs of letters and digits joined over
 * inner apostrophes), and the detector's call on the shared tokens is its call on the text.
 */
class SharedTokensTest {
  private static final String[] PARTS =
      "you I should try don't dont im Im US us n't 's ' \u2019 90 . ? ! , - -- \" \u201c \u201d \n e.g. i.e Dr. 2.5 1,000 self-harm rock'n'roll caf\u00e9 \u00a0 \t :) \ud83d\ude42 #"
          .split(" ", -1);

  /** The plain reading of words: what the rules read before the tokeniser was shared. */
  private static List<String> plainWords(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int from = -1;
    for (int i = 0; i < n; i++) {
      char c = Analyzer.lower(text.charAt(i));
      if (Analyzer.isWord(c)) {
        if (from < 0) {
          from = i;
        }
      } else if (from >= 0
          && !(c == '\'' && i + 1 < n && Analyzer.isWord(Analyzer.lower(text.charAt(i + 1))))) {
        out.add(text.substring(from, i));
        from = -1;
      }
    }
    if (from >= 0) {
      out.add(text.substring(from));
    }
    return out;
  }

  private static List<String> words(Analysis a) {
    List<String> out = new ArrayList<>();
    for (int t = 0; t < a.tokenCount(); t++) {
      String word = a.text.substring(a.tokenStart[t], a.tokenEnd[t]);
      out.add(word);
      String lower = new String(a.lower, a.tokenStart[t], a.tokenEnd[t] - a.tokenStart[t]);
      assertThat(a.tokenHash[t]).as(word).isEqualTo(lower.hashCode());
      int apostrophe = lower.indexOf('\'');
      assertThat(a.tokenWordHash[t])
          .as(word)
          .isEqualTo((apostrophe < 0 ? lower : lower.substring(0, apostrophe)).hashCode());
    }
    return out;
  }

  private static String join(List<Integer> idx) {
    StringBuilder sb = new StringBuilder();
    for (int i : idx) {
      sb.append(PARTS[i]).append(i % 3 == 0 ? "" : " ");
    }
    return sb.toString();
  }

  private static void checkWords(String text) {
    Analysis a = Analyzer.tokenizerOnly().analyze(text);
    assertThat(words(a)).isEqualTo(plainWords(text));
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      letters += Analyzer.isWord(Analyzer.lower(text.charAt(i))) ? 1 : 0;
    }
    assertThat(a.letterCount()).isEqualTo(letters);
  }

  @Test
  void should_read_the_words_of_the_plain_reading_off_the_shared_tokens() {
    qt().withExamples(3000)
        .forAll(lists().of(integers().between(0, PARTS.length - 1)).ofSizeBetween(0, 30))
        .checkAssert(idx -> checkWords(join(idx)));
  }

  @Test
  void should_read_the_words_of_the_plain_reading_in_any_text() {
    qt().withExamples(2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 120))
        .checkAssert(SharedTokensTest::checkWords);
  }

  @Test
  void should_join_spellings_clitics_and_digits_before_an_apostrophe_into_one_word() {
    Analysis a = Analyzer.tokenizerOnly().analyze("Dont say the 90's were rock'n'roll, self-harm.");

    assertThat(words(a))
        .containsExactly("Dont", "say", "the", "90's", "were", "rock'n'roll", "self", "harm");
  }

  @Test
  void should_split_sentences_as_the_detector_does_not_after_an_abbreviation() {
    Analysis a =
        Analyzer.tokenizerOnly().analyze("Dr. Lee said e.g. walking. Why not? \"Yes!\" ok");

    assertThat(a.sentenceCount()).isEqualTo(4);
    assertThat(a.sentenceQuestion).startsWith(false, true, false, false);
    assertThat(a.tokenStart[a.sentenceFirstToken[1]]).isEqualTo(a.text.indexOf("Why"));
    assertThat(a.sentenceStart[2]).isEqualTo(a.text.indexOf("Yes"));
  }

  @Test
  void should_give_the_detectors_call_on_the_text_when_it_reads_the_shared_tokens() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, PARTS.length - 1)).ofSizeBetween(0, 30))
        .checkAssert(
            idx -> {
              String text = join(idx);
              Classification shared = Analyzer.tokenizerOnly().analyze(text).classification();
              assertThat(shared).isEqualTo(Detectors.defaultDetector().classify(text));
            });
  }
}
