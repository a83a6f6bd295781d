package io.github.peerled.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
  private static Analyzer analyzer(String... phrases) {
    Lexicon.Builder b = Lexicon.builder();
    for (String p : phrases) {
      b.add(Cue.DIRECTIVE, p, -1);
    }
    return new Analyzer(b.build(), null);
  }

  private static List<String> hits(Analysis a) {
    List<String> out = new ArrayList<>();
    for (int h = 0; h < a.hitCount; h++) {
      out.add(a.text.substring(a.hitStart[h], a.hitEnd[h]));
    }
    return out;
  }

  @Test
  void should_find_every_phrase_in_one_scan_on_word_boundaries_only() {
    Analysis a =
        analyzer("you should", "should", "try", "he").analyze("You SHOULD try; they should.");

    assertThat(hits(a)).containsExactly("You SHOULD", "SHOULD", "try", "should");
  }

  @Test
  void should_let_a_stem_match_the_start_of_a_word() {
    Analysis a = analyzer("suicid*", "dose").analyze("Suicidal thoughts; doses.");

    assertThat(hits(a)).containsExactly("Suicid");
  }

  @Test
  void should_keep_offsets_and_fold_apostrophes_and_white_space() {
    Analysis a = analyzer("why don't you").analyze("Well\u00a0— why\tdon\u2019t you try?");

    assertThat(hits(a)).containsExactly("why\tdon\u2019t you");
  }

  @Test
  void should_split_words_and_sentences_but_not_decimals() {
    Analysis a = Analyzer.tokenizerOnly().analyze("I take 2.5 units. Don't you? Yes!");

    assertThat(a.tokenCount()).isEqualTo(8); // I take 2 5 units Don't you Yes
    assertThat(a.token(5).of(a.text())).isEqualTo("Don't");
    assertThat(a.sentenceCount()).isEqualTo(3);
    assertThat(a.sentenceQuestion).startsWith(false, true, false);
  }

  @Test
  void should_mark_hits_inside_quotation_marks() {
    Analysis a =
        analyzer("you should").analyze("She said \u201cyou should\u201d but you should not.");

    assertThat(a.hitQuoted[0]).isTrue();
    assertThat(a.hitQuoted[1]).isFalse();
  }
}
