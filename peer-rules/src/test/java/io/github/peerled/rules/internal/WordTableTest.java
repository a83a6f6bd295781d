package io.github.peerled.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.rules.detect.internal.WordTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {
  private static int find(WordTable t, String text, int from, int to) {
    char[] chars = text.toCharArray();
    return t.find(chars, from, to, RequestTexts.hash(chars, from, to));
  }

  @Test
  void should_number_words_in_order_and_each_once() {
    WordTable t = WordTable.of(List.of("night", "scared", "night", "nurse"));

    assertThat(t.size()).isEqualTo(3);
    assertThat(t.add("scared")).isEqualTo(1);
    assertThat(t.add("letter")).isEqualTo(3);
  }

  @Test
  void should_find_a_run_of_chars_inside_a_text_without_a_string() {
    WordTable t = WordTable.of(List.of("night", "scared"));
    String text = "i'm scared of nights";

    assertThat(find(t, text, 4, 10)).isEqualTo(1); // scared
    assertThat(find(t, text, 14, 19)).isEqualTo(0); // night, of nights
    assertThat(find(t, text, 14, 20)).isEqualTo(-1); // nights
    assertThat(find(t, text, 4, 9)).isEqualTo(-1); // scare
    assertThat(t.contains(text.toCharArray(), 0, 3)).isFalse();
  }

  @Test
  void should_tell_apart_words_whose_hashes_collide() {
    WordTable t = WordTable.of(List.of("Aa"));

    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(t.contains("BB".toCharArray(), 0, 2)).isFalse();
    assertThat(t.contains("Aa".toCharArray(), 0, 2)).isTrue();
  }

  @Test
  void should_grow_beyond_what_was_expected_and_forget_everything_when_cleared() {
    WordTable t = new WordTable(2);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      words.add("word" + i);
      assertThat(t.add("word" + i)).isEqualTo(i);
    }
    for (int i = 0; i < words.size(); i++) {
      char[] w = words.get(i).toCharArray();
      assertThat(t.find(w, 0, w.length, RequestTexts.hash(w, 0, w.length))).isEqualTo(i);
    }

    t.clear();

    assertThat(t.size()).isZero();
    assertThat(t.contains("word7".toCharArray(), 0, 5)).isFalse();
    assertThat(t.add("word7")).isZero();
  }

  @Test
  void should_undo_the_hash_of_a_stripped_ending() {
    char[] word = "mum's".toCharArray();
    int whole = RequestTexts.hash(word, 0, 5);

    assertThat(whole).isEqualTo("mum's".hashCode());
    assertThat(RequestTexts.unhash(whole, word, 3, 5)).isEqualTo("mum".hashCode());
    assertThat(RequestTexts.unhash(whole, word, 4, 5)).isEqualTo("mum'".hashCode());
    assertThat(RequestTexts.unhash(whole, word, 5, 5)).isEqualTo(whole);
  }
}
