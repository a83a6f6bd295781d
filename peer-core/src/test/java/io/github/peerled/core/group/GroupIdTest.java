package io.github.peerled.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GroupIdTest {
  @Test
  void should_accept_letters_digits_and_separators() {
    assertThat(GroupId.of("diabetes-town_hall.2026").value()).isEqualTo("diabetes-town_hall.2026");
  }

  @Test
  void should_reject_blank_and_odd_characters() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GroupId.of(""))
        .withMessage("group id must be 1 to 64 characters long, was \"\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GroupId.of("a b"))
        .withMessageContaining("may hold only letters");
  }
}
