package io.github.peerled.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.rules.LexiconSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatSpellingTest {
  private static ChatSpelling of(String... lines) {
    return ChatSpelling.of(LexiconSource.of(Map.of("en/chat-spelling", List.of(lines))), "en");
  }

  @Test
  void should_give_a_phrase_with_each_word_and_words_in_their_spellings() {
    ChatSpelling chat = of("tonight\ttonite\t2nite", "going to\tgonna");

    assertThat(chat.forms("going to end it tonight"))
        .containsExactlyInAnyOrder(
            "going to end it tonight",
            "gonna end it tonight",
            "going to end it tonite",
            "going to end it 2nite",
            "gonna end it tonite",
            "gonna end it 2nite");
  }

  @Test
  void should_replace_whole_words_only_and_keep_a_stem() {
    ChatSpelling chat = of("be\tb", "people\tppl");

    assertThat(chat.forms("been")).containsExactly("been");
    assertThat(chat.forms("people*")).containsExactly("people*", "ppl*");
  }

  @Test
  void should_keep_phrases_as_written_without_a_list_and_bound_the_forms() {
    assertThat(ChatSpelling.of(LexiconSource.of(Map.of()), "en").forms("to be here"))
        .containsExactly("to be here");
    ChatSpelling many = of("a\ta1\ta2\ta3\ta4\ta5");
    assertThat(many.forms("a a a a")).hasSize(ChatSpelling.MAX_FORMS);
  }

  @Test
  void should_give_dialect_forms_only_after_every_chat_form() {
    ChatSpelling chat = of("a\ta1\ta2\ta3\ta4\ta5", "a\tae~", "to\ttae~");

    List<String> forms = chat.forms("a a a a");
    assertThat(forms.subList(0, ChatSpelling.MAX_FORMS)).noneMatch(f -> f.contains("ae"));
    assertThat(forms)
        .hasSizeGreaterThan(ChatSpelling.MAX_FORMS)
        .hasSizeLessThanOrEqualTo(ChatSpelling.MAX_DIALECT_FORMS)
        .contains("ae a a a");
    assertThat(chat.forms("walking up to")).containsExactly("walking up to", "walking up tae");
  }

  @Test
  void should_reject_a_line_without_a_spelling() {
    assertThatThrownBy(() -> of("tonight")).isInstanceOf(IllegalArgumentException.class);
  }
}
