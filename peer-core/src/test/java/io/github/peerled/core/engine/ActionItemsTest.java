package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.action.ActionItem;
import io.github.peerled.core.action.ActionItemId;
import io.github.peerled.core.action.ActionItemStatus;
import io.github.peerled.core.command.AcceptActionItem;
import io.github.peerled.core.command.AgreeActionItem;
import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.CompleteActionItem;
import io.github.peerled.core.command.ReleaseActionItem;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.ActionItemAccepted;
import io.github.peerled.core.event.ActionItemAgreed;
import io.github.peerled.core.event.ActionItemCompleted;
import io.github.peerled.core.event.ActionItemOverdue;
import io.github.peerled.core.event.ActionItemReleased;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Action items: agreed from a decided proposal or a session, held only once their owner accepts,
 * done or released by the owner, and overdue from the deadline check, once.
 */
class ActionItemsTest {
  private static final ActionItemId ROOM = ActionItemId.of("book-room");
  private static final Instant DUE = Groups.START.plus(Duration.ofDays(7));

  /** Founded; p1 (logistics) adopted; session s1 scheduled and started by alice. */
  private static GroupFixture decided() {
    return GroupFixture.given(Groups.founded())
        .and(Groups.adopted("p1", Groups.logistics("Tuesdays")))
        .and(Groups.schedule(ALICE, "s1", Groups.START.plus(Duration.ofDays(1))))
        .and(Groups.start(ALICE, "s1"));
  }

  private static AgreeActionItem agree(MemberId actor, MemberId owner) {
    return AgreeActionItem.builder()
        .actor(actor)
        .itemId(ROOM)
        .title("Book the room for March")
        .fromProposal(ProposalId.of("p1"))
        .owner(owner)
        .dueAt(DUE)
        .build();
  }

  private static ActionItem room(GroupFixture f) {
    return java.util.Objects.requireNonNull(f.state.actionItems().get(ROOM));
  }

  @Test
  void should_offer_an_item_that_nobody_holds_until_its_owner_accepts() {
    GroupFixture f = decided();

    GroupFixture.Then then = f.when(agree(ALICE, BOB)).thenEvents(ActionItemAgreed.class);

    assertThat(then.event(0, ActionItemAgreed.class).owner()).isEqualTo(BOB);
    assertThat(room(f).status()).isEqualTo(ActionItemStatus.PROPOSED);
    assertThat(f.state.actionItemsOf(BOB)).as("not accepted, not held").isEmpty();
    assertThat(f.state.openActionItems()).containsExactly(room(f));

    f.when(AcceptActionItem.builder().actor(BOB).itemId(ROOM).build())
        .thenEvents(ActionItemAccepted.class);

    assertThat(room(f).status()).isEqualTo(ActionItemStatus.ASSIGNED);
    assertThat(f.state.actionItemsOf(BOB)).containsExactly(room(f));
  }

  @Test
  void should_let_a_member_who_names_themself_accept_in_the_same_step() {
    GroupFixture f = decided();

    f.when(agree(BOB, BOB)).thenEvents(ActionItemAgreed.class, ActionItemAccepted.class);

    assertThat(f.state.actionItemsOf(BOB)).containsExactly(room(f));
  }

  @Test
  void should_agree_an_item_from_a_session_held() {
    GroupFixture f = decided();

    f.when(
            AgreeActionItem.builder()
                .from(agree(ALICE, CAROL))
                .fromProposal(java.util.Optional.empty())
                .fromSession(SessionId.of("s1"))
                .build())
        .thenEvents(ActionItemAgreed.class);

    assertThat(room(f).fromSession()).contains(SessionId.of("s1"));
  }

  @Test
  void should_refuse_an_item_without_a_single_source_held_or_decided() {
    GroupFixture f =
        decided()
            .and(Groups.draft(ALICE, "p2", Groups.logistics("Fridays")))
            .and(Groups.schedule(ALICE, "s2", Groups.START.plus(Duration.ofDays(3))));

    f.when(
            AgreeActionItem.builder()
                .from(agree(ALICE, BOB))
                .fromSession(SessionId.of("s1"))
                .build())
        .thenRejected(RejectionReason.INVALID);
    f.when(
            AgreeActionItem.builder()
                .from(agree(ALICE, BOB))
                .fromProposal(ProposalId.of("p2"))
                .build())
        .thenRejected(
            RejectionReason.INVALID,
            "proposal p2 has not been decided; an action item comes from a decision");
    f.when(
            AgreeActionItem.builder()
                .from(agree(ALICE, BOB))
                .fromProposal(java.util.Optional.empty())
                .fromSession(SessionId.of("s2"))
                .build())
        .thenRejected(
            RejectionReason.INVALID,
            "session s2 has not started; an action item comes from one held");
  }

  @Test
  void should_refuse_an_item_badly_agreed() {
    GroupFixture f = decided().and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1));

    f.when(agree(DR_EVANS, BOB)).thenRejected(RejectionReason.NOT_PERMITTED);
    f.when(agree(ALICE, MemberId.of("zed"))).thenRejected(RejectionReason.INVALID);
    f.when(AgreeActionItem.builder().from(agree(ALICE, BOB)).title(" ").build())
        .thenRejected(RejectionReason.INVALID, "title must not be blank");
    f.when(AgreeActionItem.builder().from(agree(ALICE, BOB)).dueAt(Groups.START).build())
        .thenRejected(RejectionReason.INVALID);
    f.and(agree(ALICE, DR_EVANS));
    f.when(agree(ALICE, BOB))
        .thenRejected(RejectionReason.INVALID, "there is already an action item book-room");
  }

  @Test
  void should_let_only_the_owner_accept_complete_or_release_it() {
    GroupFixture f = decided().and(agree(ALICE, BOB));

    f.when(AcceptActionItem.builder().actor(ALICE).itemId(ROOM).build())
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "only the owner of action item book-room, bob, may accept it");
    f.when(CompleteActionItem.builder().actor(BOB).itemId(ROOM).build())
        .thenRejected(
            RejectionReason.INVALID, "action item book-room is proposed; cannot say it is done");
    f.when(ReleaseActionItem.builder().actor(CAROL).itemId(ROOM).build())
        .thenRejected(RejectionReason.NOT_PERMITTED);
    f.when(AcceptActionItem.builder().actor(BOB).itemId(ActionItemId.of("none")).build())
        .thenRejected(RejectionReason.INVALID, "the group has no action item none");

    f.and(AcceptActionItem.builder().actor(BOB).itemId(ROOM).build());
    f.when(CompleteActionItem.builder().actor(BOB).itemId(ROOM).build())
        .thenEvents(ActionItemCompleted.class);
    assertThat(room(f).status()).isEqualTo(ActionItemStatus.DONE);
    assertThat(f.state.openActionItems()).isEmpty();
    f.when(ReleaseActionItem.builder().actor(BOB).itemId(ROOM).build())
        .thenRejected(RejectionReason.INVALID);
  }

  @Test
  void should_let_the_owner_decline_before_accepting_or_give_it_back_after() {
    GroupFixture f = decided().and(agree(ALICE, BOB));

    f.when(ReleaseActionItem.builder().actor(BOB).itemId(ROOM).build())
        .thenEvents(ActionItemReleased.class);
    assertThat(room(f).status()).isEqualTo(ActionItemStatus.RELEASED);
    f.when(AcceptActionItem.builder().actor(BOB).itemId(ROOM).build())
        .thenRejected(RejectionReason.INVALID);

    GroupFixture g = decided().and(agree(BOB, BOB));
    g.when(ReleaseActionItem.builder().actor(BOB).itemId(ROOM).build())
        .thenEvents(ActionItemReleased.class);
    assertThat(g.state.actionItemsOf(BOB)).isEmpty();
  }

  @Test
  void should_record_an_assigned_item_overdue_once_and_name_its_due_date_as_a_deadline() {
    GroupFixture f = decided().and(agree(BOB, BOB));
    assertThat(f.state.nextDeadline()).contains(DUE);
    f.after(Duration.ofDays(8));
    CheckDeadlines check = CheckDeadlines.builder().actor(ALICE).asOf(DUE).build();

    GroupFixture.Then then = f.when(check);

    assertThat(then.result().events()).filteredOn(ActionItemOverdue.class::isInstance).hasSize(1);
    ActionItemOverdue e =
        (ActionItemOverdue)
            then.result().events().stream()
                .filter(ActionItemOverdue.class::isInstance)
                .findFirst()
                .orElseThrow();
    assertThat(e.owner()).isEqualTo(BOB);
    assertThat(e.dueAt()).isEqualTo(DUE);
    assertThat(f.state.overdueActionItems(DUE)).containsExactly(room(f));
    assertThat(room(f).overdueNoticedAt()).isPresent();
    f.when(check).thenRejected(RejectionReason.WRONG_STATE);
  }

  @Test
  void should_never_find_overdue_an_item_nobody_accepted() {
    GroupFixture f = decided().and(agree(ALICE, BOB));
    f.after(Duration.ofDays(8));

    assertThat(f.state.overdueActionItems(f.clock.instant())).isEmpty();
    GroupFixture.Then then = f.when(CheckDeadlines.builder().actor(ALICE).build());
    assertThat(then.result().events()).noneMatch(ActionItemOverdue.class::isInstance);
  }

  @Test
  void should_release_the_items_of_a_member_who_leaves() {
    GroupFixture f = decided().and(agree(BOB, BOB));

    f.when(Groups.leave(BOB));

    assertThat(room(f).status()).isEqualTo(ActionItemStatus.RELEASED);
    assertThat(f.state.actionItemsOf(BOB)).isEmpty();
  }
}
