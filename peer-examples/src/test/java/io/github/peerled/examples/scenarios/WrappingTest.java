package io.github.peerled.examples.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WrappingTest {
  @Test
  void should_keep_a_line_that_fits() {
    assertThat(Wrapping.wrap("   #1 bob: hello", 16)).containsExactly("   #1 bob: hello");
  }

  @Test
  void should_wrap_at_spaces_with_a_hanging_indent() {
    assertThat(Wrapping.wrap("  one two three four five", 12))
        .containsExactly("  one two", "      three", "      four", "      five");
  }

  @Test
  void should_cut_a_word_longer_than_the_line() {
    assertThat(Wrapping.wrap("abcdefghijkl", 5))
        .containsExactly("abcde", "    f", "    g", "    h", "    i", "    j", "    k", "    l");
  }

  @Test
  void should_refuse_a_width_that_leaves_no_room() {
    assertThatThrownBy(() -> Wrapping.wrap("      indented", 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a width of 8 leaves no room");
  }
}
