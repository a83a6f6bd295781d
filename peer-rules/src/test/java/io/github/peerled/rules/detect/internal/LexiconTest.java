package io.github.peerled.rules.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LexiconTest {
  private enum List implements Lexicon.Tag {
    LINK,
    POSSESSIVE
  }

  private static int number(Lexicon.Tag tag) {
    return tag.ordinal();
  }

  private static boolean on(Lexicon lex, List list, String word) {
    return lex.isWord(list, word.toCharArray(), 0, word.length());
  }

  @Test
  void should_put_word_lists_in_the_word_table_without_changing_the_ids_of_the_tables() {
    Lexicon tables = Lexicon.load("en");
    Lexicon both =
        Lexicon.builder()
            .tables("en")
            .addWord(List.LINK, "are")
            .addWord(List.LINK, "Zorbly")
            .addWord(List.POSSESSIVE, "your")
            .build();

    assertThat(both.id("you")).isEqualTo(tables.id("you")).isNotNegative();
    assertThat(both.id("please")).isEqualTo(tables.id("please"));
    assertThat(tables.id("zorbly")).isNegative();
    assertThat(both.id("zorbly")).isNotNegative();
    assertThat(on(both, List.LINK, "are")).isTrue();
    assertThat(on(both, List.LINK, "zorbly")).isTrue();
    assertThat(on(both, List.LINK, "your")).isFalse();
    assertThat(on(both, List.POSSESSIVE, "your")).isTrue();
    assertThat(on(both, List.POSSESSIVE, "you")).isFalse(); // in the tables, on no list
    assertThat(on(tables, List.LINK, "are")).isFalse();
  }

  @Test
  void should_number_phrases_in_their_order_with_their_tag_and_payload() {
    Lexicon lex =
        Lexicon.builder()
            .add(List.LINK, "You  Should", 7)
            .add(List.POSSESSIVE, "*", 1)
            .add(List.POSSESSIVE, "suicid*", 3)
            .build();

    assertThat(lex.automaton().patternCount()).isEqualTo(2);
    assertThat(lex.tag(0)).isEqualTo(number(List.LINK));
    assertThat(lex.payload(0)).isEqualTo(7);
    assertThat(lex.tag(1)).isEqualTo(number(List.POSSESSIVE));
    assertThat(lex.automaton().prefix(1)).isTrue();
    assertThat(lex.maxLength()).isEqualTo("you should".length());
  }

  @Test
  void should_build_once() {
    Lexicon.Builder b = Lexicon.builder();
    b.build();

    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
  }
}
