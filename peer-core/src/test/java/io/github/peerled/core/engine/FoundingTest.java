package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.event.FoundingDraftRevised;
import io.github.peerled.core.event.FoundingGuidelinesEndorsed;
import io.github.peerled.core.event.GroupFounded;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.group.GroupStatus;
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
    assertThat(r.currentState()).contains(GroupStatus.NO_GUIDELINES);
    assertThat(r.expectedStates()).containsExactly(GroupStatus.GUIDELINES_IN_FORCE);
  }

  @Test
  void should_let_only_founders_endorse() {
    GroupFixture f = GroupFixture.given(Groups.founded());
    f.and(Groups.join(DANA, Standing.NEWCOMER, 1));
    f.when(Groups.endorse(DANA, 1)).thenRejected(Rejections.notAFounder(DANA));
  }

  @Test
  void should_treat_endorsing_a_stale_draft_revision_as_a_conflict() {
    GroupFixture f = GroupFixture.given(List.of(Groups.found(), Groups.endorse(ALICE, 1)));
    f.when(Groups.revise(BOB, 1, List.of(Groups.draft().get(0))))
        .thenEvents(FoundingDraftRevised.class);
    assertThat(f.state.foundingEndorsements()).as("a revision asks everyone again").isEmpty();

    f.when(Groups.endorse(CAROL, 1)).thenRejected(Rejections.staleDraft(1, 2));
    f.when(Groups.revise(CAROL, 1, Groups.draft())).thenRejected(Rejections.staleDraft(1, 2));
    f.and(List.of(Groups.endorse(ALICE, 2), Groups.endorse(BOB, 2)));
    f.when(Groups.endorse(CAROL, 2))
        .thenEvents(FoundingGuidelinesEndorsed.class, GuidelineVersionAdopted.class);
    assertThat(f.state.guidelinesInForce().orElseThrow().clauses())
        .containsExactly(Groups.draft().get(0));
  }

  @Test
  void should_refuse_a_second_endorsement_and_any_founding_after_version_1() {
    GroupFixture f = GroupFixture.given(List.of(Groups.found(), Groups.endorse(ALICE, 1)));
    f.when(Groups.endorse(ALICE, 1))
        .thenRejected(RejectionReason.WRONG_STATE, "alice has already endorsed revision 1");

    f.and(List.of(Groups.endorse(BOB, 1), Groups.endorse(CAROL, 1)));
    f.when(Groups.endorse(ALICE, 1)).thenRejected(Rejections.guidelinesAlreadyAdopted());
    f.when(Groups.found()).thenRejected(Rejections.alreadyFounded());
  }
}
