package io.github.peerled.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.rules.detect.internal.Lexicon;
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

  @Test
  void should_hash_each_token_as_its_lowercased_string_and_its_word_up_to_an_apostrophe() {
    Analysis a = Analyzer.tokenizerOnly().analyze("Dee\u2019s NURSE said: don't worry, ok?");

    List<String> tokens = new ArrayList<>();
    for (int t = 0; t < a.tokenCount(); t++) {
      String token = new String(a.lower, a.tokenStart[t], a.tokenEnd[t] - a.tokenStart[t]);
      tokens.add(token);
      assertThat(a.tokenHash[t]).as(token).isEqualTo(token.hashCode());
      int apostrophe = token.indexOf('\'');
      String word = apostrophe < 0 ? token : token.substring(0, apostrophe);
      assertThat(a.tokenWordHash[t]).as(token).isEqualTo(word.hashCode());
    }
    assertThat(tokens).containsExactly("dee's", "nurse", "said", "don't", "worry", "ok");
  }

  @Test
  void should_count_letters_and_grow_past_many_tokens_and_hits() {
    String text = "try it, ".repeat(200);
    Analysis a = analyzer("try").analyze(text);

    assertThat(a.tokenCount()).isEqualTo(400);
    assertThat(a.hitCount).isEqualTo(200);
    assertThat(a.letterCount()).isEqualTo(1000);
    assertThat(a.tokenHash[399]).isEqualTo("it".hashCode());
  }
}
