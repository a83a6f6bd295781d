package io.github.peerled.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.Detectors;
import io.github.peerled.rules.detect.Label;
import io.github.peerled.rules.detect.internal.CueDetector;
import io.github.peerled.rules.detect.internal.TextChars;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules' tokens are derived from the detector's, and a classified text is tokenised once. */
class AnalyzerTokensTest {
  private static final Analyzer TOKENS = Analyzer.tokenizerOnly();

  /**
   * The rules' tokens and sentences as they were read before the detector's tokens were shared: a
   * token is a run of word chars joined by an apostrophe before a word char; a sentence starts at
   * the first word after a full stop (not one inside a decimal), a question or exclamation mark or
   * a line break.
   */
  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int from = -1;
    int hash = 0;
    int wordHash = 0;
    boolean apostrophe = false;
    boolean newSentence = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char lc = TextChars.lower(c);
      if (TextChars.isWord(lc)) {
        if (from < 0) {
          if (newSentence) {
            out.add("|");
            newSentence = false;
          }
          from = i;
          hash = 0;
          apostrophe = false;
        }
        hash = 31 * hash + lc;
      } else if (from >= 0) {
        if (lc == '\'' && i + 1 < n && TextChars.isWord(TextChars.lower(text.charAt(i + 1)))) {
          if (!apostrophe) {
            wordHash = hash;
            apostrophe = true;
          }
          hash = 31 * hash + lc;
        } else {
          out.add(from + "-" + i + ":" + hash + ":" + (apostrophe ? wordHash : hash));
          from = -1;
        }
      }
      boolean decimal =
          c == '.'
              && i > 0
              && i + 1 < n
              && text.charAt(i - 1) >= '0'
              && text.charAt(i - 1) <= '9'
              && text.charAt(i + 1) >= '0'
              && text.charAt(i + 1) <= '9';
      if ((c == '.' && !decimal) || c == '!' || c == '\n' || c == '?') {
        newSentence = true;
      }
    }
    if (from >= 0) {
      out.add(from + "-" + n + ":" + hash + ":" + (apostrophe ? wordHash : hash));
    }
    return out;
  }

  /** The analysis's tokens in the reference's form, a "|" before each sentence's first token. */
  private static List<String> tokens(Analysis a) {
    List<String> out = new ArrayList<>();
    int s = 0;
    for (int t = 0; t < a.tokenCount; t++) {
      while (s < a.sentenceCount && a.sentenceFirstToken[s] == t) {
        assertThat(a.sentenceStart[s]).isEqualTo(a.tokenStart[t]);
        out.add("|");
        s++;
      }
      out.add(
          a.tokenStart[t] + "-" + a.tokenEnd[t] + ":" + a.tokenHash[t] + ":" + a.tokenWordHash[t]);
    }
    assertThat(s).isEqualTo(a.sentenceCount);
    return out;
  }

  @Test
  void should_read_the_same_tokens_where_the_detector_splits_words_otherwise() {
    String text =
        "Self-harm isn't 7.5 or 1,000 e.g. ’re 'twas dont DONT the US, the 90's. rock'n'roll?"
            + " I.B.M co\u2011op 7'5 you're o' x'- 'n' y’all\r\nOk…fine “quote” 3.x "
            + "Dr. Lee’s can't-miss won't";

    assertThat(tokens(TOKENS.analyze(text))).isEqualTo(reference(text));
  }

  @Test
  void should_read_the_same_tokens_as_before_on_any_mix_of_words_and_marks() {
    char[] chars = "aB1 .,'’-\n?!\"“”…:é9Z".toCharArray();
    Random random = new Random(7);
    for (int round = 0; round < 3000; round++) {
      char[] text = new char[1 + random.nextInt(40)];
      for (int i = 0; i < text.length; i++) {
        text[i] = chars[random.nextInt(chars.length)];
      }
      String s = new String(text);

      assertThat(tokens(TOKENS.analyze(s))).as(s).isEqualTo(reference(s));
    }
  }

  @Test
  void should_classify_a_contribution_with_the_tokens_made_for_the_rules() {
    String advice = "Honestly you should stop taking it and ask your doctor.";
    CueDetector detector = (CueDetector) Detectors.defaultDetector();
    Classification said = detector.classify(advice);
    assertThat(said.label()).isEqualTo(Label.ADVICE);
    Analysis a = TOKENS.analyze(advice);

    // were the text tokenised again, the classification would read these words, not the ones below
    Analysis sharing = TOKENS.analyze("I went to my group and felt heard.");
    Analysis swapped =
        new Analysis(a.text, a.lower, null, a.lexicon, null, detector, sharing.tokens);

    assertThat(a.classification()).isEqualTo(said);
    assertThat(swapped.classification().label()).isNotEqualTo(Label.ADVICE);
  }
}
