package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.event.FoundingGuidelinesEndorsed;
import io.github.peerled.core.event.GroupFounded;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.group.Standing;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoundingTest {
  @Test
  void should_found_a_group_with_its_draft() {
    new GroupFixture().when(Groups.found()).thenEvents(GroupFounded.class);
  }

  @Test
  void should_adopt_version_1_only_when_every_founder_endorsed_it() {
    GroupFixture f = GroupFixture.given(List.of(Groups.found(), Groups.endorse(ALICE, 1)));
    f.when(Groups.endorse(BOB, 1)).thenEvents(FoundingGuidelinesEndorsed.class);
    assertThat(f.state.guidelinesInForce()).isEmpty();

    GroupFixture.Then then =
        f.when(Groups.endorse(CAROL, 1))
            .thenEvents(FoundingGuidelinesEndorsed.class, GuidelineVersionAdopted.class);
    assertThat(then.event(1, GuidelineVersionAdopted.class).version().number()).isEqualTo(1);
    assertThat(then.event(1, GuidelineVersionAdopted.class).version().adoptedBy()).isEmpty();
    assertThat(f.state.guidelinesInForce()).isPresent();
  }

  @Test
  void should_refuse_a_regular_session_before_guidelines_are_in_force() {
    GroupFixture f = GroupFixture.given(List.of(Groups.found()));
    Rejection r =
        f.when(Groups.schedule(ALICE, "s1", Groups.START.plusSeconds(3600)))
            .thenRejected(RejectionReason.WRONG_STATE);
    assertThat(r.currentState()).contains("NO_GUIDELINES");
    assertThat(r.expectedStates()).containsExactly("GUIDELINES_IN_FORCE");
  }

  @Test
  void should_let_only_founders_endorse() {
    GroupFixture f = GroupFixture.given(Groups.founded());
    f.and(Groups.join(DANA, Standing.NEWCOMER, 1));
    Rejection r = f.when(Groups.endorse(DANA, 1)).thenRejected(RejectionReason.NOT_PERMITTED);
    assertThat(r.message()).isEqualTo("dana is not a founding member");
  }
}
