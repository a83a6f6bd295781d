package io.github.peerled.rules.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static final Lexicon LEX = Lexicon.load("en");
  private final Tokenizer tokenizer = new Tokenizer(LEX);

  private List<String> surface(String text) {
    Tokens t = tokenizer.tokenize(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(text.substring(t.start(i), t.end(i)));
    }
    return out;
  }

  private List<Integer> ids(String text) {
    Tokens t = tokenizer.tokenize(text);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.id[i]);
    }
    return out;
  }

  @Test
  void should_split_clitics_with_offsets_into_the_original_text() {
    assertThat(surface("I'd say don't.")).containsExactly("I", "'d", "say", "do", "n't", ".");
  }

  @Test
  void should_read_pre_split_text_like_joined_text() {
    // given: spaCy-style input, as in the Reddit data set, and ordinary chat text
    List<Integer> split = ids("you do n't have to");
    List<Integer> joined = ids("You don't have to");
    List<Integer> chat = ids("you dont have to");
    List<Integer> curly = ids("you don\u2019t have to");

    // then
    assertThat(joined).isEqualTo(split).isEqualTo(chat).isEqualTo(curly);
    assertThat(split).doesNotContain(-1);
  }

  @Test
  void should_keep_abbreviations_numbers_and_hyphenated_words_whole() {
    assertThat(surface("Dr. Lee: 6.5% A1c, double-check e.g. ratios?"))
        .containsExactly("Dr", "Lee", ":", "6.5", "A1c", ",", "double-check", "e.g", "ratios", "?");
  }

  @Test
  void should_mark_kinds_of_punctuation() {
    Tokens t = tokenizer.tokenize("Why?! Ok... \"fine\"\nbye");
    List<Byte> kinds = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      kinds.add(t.kind(i));
    }
    assertThat(kinds)
        .containsExactly(
            Tokens.WORD,
            Tokens.QUESTION,
            Tokens.WORD,
            Tokens.END,
            Tokens.QUOTE,
            Tokens.WORD,
            Tokens.QUOTE,
            Tokens.BREAK,
            Tokens.WORD);
  }

  @Test
  void should_produce_no_tokens_for_empty_text() {
    assertThat(tokenizer.tokenize("").size()).isZero();
    assertThat(tokenizer.tokenize(" \t ").size()).isZero();
  }
}
