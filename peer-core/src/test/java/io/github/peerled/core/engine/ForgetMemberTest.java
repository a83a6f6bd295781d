package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.DANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.decision.Comment;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.MemberForgotten;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.privacy.PersonalData;
import org.junit.jupiter.api.Test;

/** Forgetting a member: who may ask, what the state keeps, and what it no longer holds. */
class ForgetMemberTest {
  private static GroupFixture withDana() {
    GroupFixture f = GroupFixture.given(Groups.founded());
    f.and(Groups.join(DANA, Standing.NEWCOMER, 1));
    f.and(Groups.draft(ALICE, "p1", Groups.logistics("Fridays")));
    f.and(Groups.open(ALICE, "p1"));
    f.and(Groups.comment(DANA, "p1", "Fridays I see my diabetes nurse", false));
    f.and(Groups.stance(DANA, "p1", StanceKind.CONCERN, "my night shifts"));
    return f;
  }

  @Test
  void should_forget_the_members_name_and_words_and_keep_their_stance() {
    GroupFixture f = withDana();
    Proposal before = f.state.proposal(io.github.peerled.core.decision.ProposalId.of("p1")).get();

    f.when(Groups.forget(DANA)).thenEvents(MemberForgotten.class);

    Member dana = f.state.member(DANA).orElseThrow();
    assertThat(dana.displayName()).isEmpty();
    assertThat(dana.forgottenAt()).isPresent();
    assertThat(dana.isActive()).isFalse();
    Proposal p = f.state.proposal(before.id()).orElseThrow();
    assertThat(p.comments()).extracting(Comment::text).containsExactly(PersonalData.REMOVED);
    assertThat(p.comments()).extracting(Comment::author).containsExactly(DANA);
    Stance stance = p.stanceOf(DANA).orElseThrow();
    assertThat(stance.kind()).isEqualTo(StanceKind.CONCERN);
    assertThat(stance.reason()).contains(PersonalData.REMOVED);
    assertThat(p.stances()).hasSameSizeAs(before.stances());
  }

  @Test
  void should_let_a_member_who_has_left_be_forgotten() {
    GroupFixture f = withDana();
    f.and(Groups.leave(DANA));

    f.when(Groups.forget(DANA)).thenEvents(MemberForgotten.class);

    assertThat(f.state.member(DANA).orElseThrow().forgottenAt()).isPresent();
  }

  @Test
  void should_refuse_someone_who_never_joined() {
    GroupFixture f = withDana();

    f.when(Groups.forget(MemberId.of("stranger"))).thenRejected(RejectionReason.INVALID);
  }

  @Test
  void should_refuse_a_member_already_forgotten() {
    GroupFixture f = withDana();
    f.and(Groups.forget(DANA));

    f.when(Groups.forget(DANA)).thenRejected(RejectionReason.WRONG_STATE);
  }

  @Test
  void should_keep_a_forgotten_id_taken_so_that_a_rejoin_is_a_new_person() {
    GroupFixture f = withDana();
    f.and(Groups.forget(DANA));

    f.when(Groups.join(DANA, Standing.NEWCOMER, 1)).thenRejected(RejectionReason.INVALID);
    f.when(Groups.join(MemberId.of("dana-2"), Standing.NEWCOMER, 1));
    assertThat(f.state.member(MemberId.of("dana-2")).orElseThrow().forgottenAt()).isEmpty();
    assertThat(f.state.member(BOB).orElseThrow().displayName()).isPresent();
  }
}
