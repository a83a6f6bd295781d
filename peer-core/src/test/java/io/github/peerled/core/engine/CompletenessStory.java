package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.GUEST;

import io.github.peerled.core.action.ActionItemId;
import io.github.peerled.core.command.AcceptActionItem;
import io.github.peerled.core.command.AgreeActionItem;
import io.github.peerled.core.command.CompleteActionItem;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.GrantProxy;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableCheckDeadlines;
import io.github.peerled.core.command.ImmutableCloseProposal;
import io.github.peerled.core.command.ImmutableDraftProposal;
import io.github.peerled.core.command.ImmutableRecordContribution;
import io.github.peerled.core.command.IntegrateObjection;
import io.github.peerled.core.command.RecordContribution;
import io.github.peerled.core.command.ReleaseActionItem;
import io.github.peerled.core.command.ReviseProposal;
import io.github.peerled.core.command.RevokeProxy;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.command.WithdrawObjection;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.HoldReviewer;
import io.github.peerled.core.decision.ImmutableGovernanceSettings;
import io.github.peerled.core.decision.ImmutableLeadershipChange;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.PollKind;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Reconsideration;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.ImmutableAddClause;
import io.github.peerled.core.guideline.ImmutableAmendClause;
import io.github.peerled.core.guideline.ImmutableRemoveClause;
import io.github.peerled.core.guideline.ImmutableReorderClauses;
import io.github.peerled.core.session.ContributionAct;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A group's life in which every kind of command is given and accepted once at least, so that every
 * kind of event, proposal content and guideline change occurs. Each command is decided and its
 * events folded one by one, through the engine; what fails is noted as a problem naming the type,
 * and the story goes on.
 */
final class CompletenessStory {
  /** A command given, and the events it was decided into (empty if it failed). */
  record Step(GroupCommand command, List<GroupEvent> events) {}

  private final TestClock clock = new TestClock(Groups.START);
  private final GroupEngine engine = GroupEngine.of(clock);
  GroupState state = GroupState.initial(Groups.GROUP);
  final List<GroupEvent> log = new ArrayList<>();
  final List<Step> steps = new ArrayList<>();
  final List<String> problems = new ArrayList<>();

  /** Tells the whole story. */
  static CompletenessStory told() {
    CompletenessStory s = new CompletenessStory();
    s.found();
    s.proposals();
    s.deadlines();
    s.sessions();
    s.retention();
    s.polls();
    s.roles();
    s.delegation();
    s.care();
    s.give(Groups.leave(GUEST));
    s.give(Groups.forget(CAROL));
    return s;
  }

  private void found() {
    give(Groups.found());
    give(Groups.revise(ALICE, 1, Groups.draft()));
    give(Groups.endorse(ALICE, 2));
    give(Groups.endorse(BOB, 2));
    give(Groups.endorse(CAROL, 2));
    give(Groups.join(DANA, Standing.NEWCOMER, 1));
    give(Groups.join(GUEST, Standing.GUEST, 1));
  }

  private void proposals() {
    adopt(
        "amend",
        Groups.amend(
            1,
            ImmutableAddClause.builder().clause(Clause.of("welcome", "We welcome anyone.")).build(),
            ImmutableAmendClause.builder()
                .clauseId(ClauseId.of("sharing"))
                .text("We share our own experience.")
                .build(),
            ImmutableRemoveClause.builder().clauseId(ClauseId.of("everyone-counts")).build(),
            ImmutableReorderClauses.builder()
                .addOrder(
                    ClauseId.of("welcome"), ClauseId.of("confidential"), ClauseId.of("sharing"))
                .build()));
    adopt("logistics", Groups.logistics("Tuesdays"));
    adopt("standing", Groups.standing(DANA, Standing.MEMBER));
    adopt("mentor", Groups.mentors(BOB));
    adopt("unmentor", ImmutableLeadershipChange.builder().addMentorsToRemove(BOB).build());
    adopt(
        "governance",
        Groups.governance(
            state.governance(),
            ImmutableGovernanceSettings.copyOf(state.governance())
                .withNewcomerPeriod(Duration.ofDays(30))));
    revisions();
    give(Groups.draft(ALICE, "withdrawn", Groups.logistics("Fridays")));
    give(Groups.comment(BOB, "withdrawn", "Fridays are hard for me.", false));
    give(Groups.withdraw(ALICE, "withdrawn"));
  }

  /**
   * A proposal revised to address an objection, which its author integrates, and another objection
   * withdrawn; a late decision that moves a deadline; a guideline version scheduled to take effect
   * later, cancelled by a reconsideration.
   */
  private void revisions() {
    give(Groups.draft(ALICE, "revised", Groups.logistics("Thursdays")));
    give(Groups.open(ALICE, "revised"));
    give(Groups.object(BOB, "revised", "Thursdays clash with my clinic."));
    give(
        ReviseProposal.builder()
            .actor(ALICE)
            .proposalId(ProposalId.of("revised"))
            .content(Groups.logistics("Thursdays at 8 pm"))
            .addAddresses(ObjectionId.of(1))
            .build());
    give(
        IntegrateObjection.builder()
            .actor(BOB)
            .proposalId(ProposalId.of("revised"))
            .objection(ObjectionId.of(1))
            .build());
    give(Groups.object(CAROL, "revised", "I would rather keep Tuesdays."));
    give(
        WithdrawObjection.builder()
            .actor(CAROL)
            .proposalId(ProposalId.of("revised"))
            .objection(ObjectionId.of(2))
            .build());
    agreeAll("revised", Groups.logistics("Thursdays at 8 pm"));
    give(Groups.close(ALICE, "revised"));
    GovernanceSettings before = state.governance();
    DecisionProcedure late =
        DecisionProcedure.builder()
            .from(before.procedureFor(DecisionKind.LOGISTICS))
            .lateQuorumWindow(Duration.ofDays(2))
            .lateQuorumExtension(Duration.ofDays(1))
            .build();
    DecisionProcedure delayed =
        DecisionProcedure.builder()
            .from(before.procedureFor(DecisionKind.GUIDELINES))
            .effectDelay(Duration.ofDays(14))
            .build();
    adopt(
        "late-and-delayed",
        Groups.governance(
            before,
            before
                .patch()
                .putProcedure(DecisionKind.LOGISTICS, late)
                .putProcedure(DecisionKind.GUIDELINES, delayed)
                .build()));
    give(Groups.draft(ALICE, "late", Groups.logistics("Saturdays")));
    give(Groups.open(ALICE, "late"));
    Instant deadline =
        state.proposal(ProposalId.of("late")).flatMap(Proposal::expiresAt).orElse(Groups.START);
    clock.advance(Duration.between(clock.instant(), deadline).minus(Duration.ofDays(1)));
    agreeAll("late", Groups.logistics("Saturdays"));
    give(Groups.close(ALICE, "late"));
    adopt(
        "delayed",
        Groups.addClause(state.guidelineVersionNumber(), "breaks", "We take a break every hour."));
    adopt("reconsidered", Reconsideration.of(ProposalId.of("delayed")));
  }

  /**
   * A proposal announced as closing soon, then expired; a decision closed with an outcome and a
   * review date, then due for review.
   */
  private void deadlines() {
    give(Groups.draft(ALICE, "lapse", Groups.logistics("Mondays")));
    give(Groups.open(ALICE, "lapse"));
    Instant expires =
        state.proposal(ProposalId.of("lapse")).flatMap(Proposal::expiresAt).orElse(Groups.START);
    clock.advance(Duration.between(clock.instant(), expires).minus(Duration.ofHours(1)));
    give(ImmutableCheckDeadlines.builder().actor(BOB).build());
    clock.advance(Duration.ofHours(1));
    give(ImmutableCheckDeadlines.builder().actor(BOB).build());
    give(Groups.draft(ALICE, "reviewed", Groups.logistics("Wednesdays")));
    give(Groups.open(ALICE, "reviewed"));
    agreeAll("reviewed", Groups.logistics("Wednesdays"));
    give(
        ImmutableCloseProposal.builder()
            .actor(ALICE)
            .proposalId(ProposalId.of("reviewed"))
            .outcomeStatement("We meet on Wednesdays.")
            .reviewAt(clock.instant().plus(Duration.ofDays(90)))
            .build());
    clock.advance(Duration.ofDays(91));
    give(ImmutableCheckDeadlines.builder().actor(CAROL).build());
  }

  private void sessions() {
    give(Groups.schedule(ALICE, "s1", Groups.START.plus(Duration.ofDays(7))));
    give(Groups.volunteer(BOB, "s1"));
    give(Groups.start(ALICE, "s1", ALICE, BOB));
    give(Groups.attend(ALICE, "s1", CAROL));
    give(
        ImmutableRecordContribution.copyOf(
                (RecordContribution)
                    Groups.say(
                        CAROL,
                        "s1",
                        ContributionKind.SHARING,
                        "What helped me this week was a walk."))
            .withAct(ContributionAct.SHARING));
    MemberId holder = state.session(SessionId.of("s1")).flatMap(Session::facilitator).orElse(ALICE);
    MemberId other = holder.equals(ALICE) ? BOB : ALICE;
    give(Groups.handOver(holder, "s1", other));
    give(Groups.closeSession(other, "s1"));
  }

  /** The group sets a retention for contribution text, and the session's text expires. */
  private void retention() {
    adopt(
        "retention",
        Groups.governance(
            state.governance(),
            state.governance().patch().contributionRetention(Duration.ofDays(30)).build()));
    clock.advance(Duration.ofDays(31));
    give(ImmutableCheckDeadlines.builder().actor(BOB).build());
  }

  /**
   * A poll answered (once changed), closed by its opener and seeding a proposal; another closed by
   * a deadline check.
   */
  private void polls() {
    Instant closes = clock.instant().plus(Duration.ofDays(7));
    give(Groups.openPoll(ALICE, "evening", PollKind.RANKED_CHOICE, closes, "Tue", "Thu", "Sat"));
    give(Groups.answer(BOB, "evening", 1, 0));
    give(Groups.answer(BOB, "evening", 2));
    give(Groups.answer(ALICE, "evening", 2, 1));
    give(Groups.closePoll(ALICE, "evening"));
    give(
        ImmutableDraftProposal.copyOf(
                (DraftProposal) Groups.draft(ALICE, "saturdays", Groups.logistics("Saturdays")))
            .withSeededBy(PollId.of("evening")));
    give(Groups.openPoll(BOB, "mood", PollKind.SCORE, closes, "calm", "busy"));
    give(Groups.score(CAROL, "mood", 4, 1));
    clock.advance(Duration.ofDays(8));
    give(ImmutableCheckDeadlines.builder().actor(CAROL).build());
  }

  /**
   * A role defined, its selection opened, nominations made, revealed and one changed, the group's
   * assignment adopted, and the term ended by a deadline check.
   */
  private void roles() {
    adopt(
        "roles",
        Groups.governance(
            state.governance(),
            state.governance().patch().addRoles(Roles.representative()).build()));
    give(Roles.openSelection(ALICE));
    give(Roles.nominate(ALICE, BOB));
    give(Roles.nominate(BOB, ALICE));
    give(Roles.reveal(CAROL));
    give(Roles.nominate(BOB, BOB));
    adopt("representative", Roles.assign(BOB));
    clock.advance(Roles.TERM.plusDays(1));
    give(Roles.check(ALICE));
  }

  /**
   * A proxy granted, used on an open proposal and revoked; action items agreed from a decision and
   * from a session, accepted, done, declined, and one found overdue by a deadline check.
   */
  private void delegation() {
    give(
        GrantProxy.builder()
            .actor(BOB)
            .holder(ALICE)
            .endsAt(clock.instant().plus(Duration.ofDays(10)))
            .build());
    give(Groups.draft(ALICE, "by-proxy", Groups.logistics("Wednesdays at 7")));
    give(Groups.open(ALICE, "by-proxy"));
    give(
        TakeStance.builder()
            .actor(ALICE)
            .proposalId(ProposalId.of("by-proxy"))
            .kind(StanceKind.AGREE)
            .onBehalfOf(BOB)
            .build());
    give(RevokeProxy.builder().actor(BOB).build());
    give(Groups.withdraw(ALICE, "by-proxy"));
    ActionItemId clinic = ActionItemId.of("call-clinic");
    give(
        AgreeActionItem.builder()
            .actor(ALICE)
            .itemId(clinic)
            .title("Call the clinic about the room")
            .fromProposal(ProposalId.of("logistics"))
            .owner(BOB)
            .dueAt(clock.instant().plus(Duration.ofDays(2)))
            .build());
    give(AcceptActionItem.builder().actor(BOB).itemId(clinic).build());
    ActionItemId tea = ActionItemId.of("tea");
    give(
        AgreeActionItem.builder()
            .actor(ALICE)
            .itemId(tea)
            .title("Bring tea")
            .fromSession(SessionId.of("s1"))
            .owner(CAROL)
            .build());
    give(ReleaseActionItem.builder().actor(CAROL).itemId(tea).build());
    ActionItemId room = ActionItemId.of("room");
    give(
        AgreeActionItem.builder()
            .actor(BOB)
            .itemId(room)
            .title("Book the room")
            .fromSession(SessionId.of("s1"))
            .owner(BOB)
            .build());
    give(CompleteActionItem.builder().actor(BOB).itemId(room).build());
    clock.advance(Duration.ofDays(3));
  }

  /**
   * A hostile contribution flagged by three peers, held, and its hold kept by the facilitator; once
   * the group reviews its holds, another held and its hold kept by the group's decision; a member
   * paused by a decision, and the pause ended early by another; a second pause ended by a deadline
   * check.
   */
  private void care() {
    give(Groups.schedule(ALICE, "s2", clock.instant().plus(Duration.ofDays(1))));
    give(Groups.start(ALICE, "s2", ALICE, BOB, CAROL, DANA));
    give(Groups.say(CAROL, "s2", ContributionKind.OTHER, "Nobody asked you, Bob."));
    MemberId holder = state.session(SessionId.of("s2")).flatMap(Session::facilitator).orElse(ALICE);
    for (MemberId m : List.of(ALICE, BOB, CAROL, DANA)) {
      if (!m.equals(holder)) {
        give(Care.flag(m, "s2", 1));
      }
    }
    give(Care.review(holder, "s2", 1, true));
    give(Groups.say(CAROL, "s2", ContributionKind.OTHER, "And you should keep quiet, Alice."));
    adopt(
        "group-reviews",
        Groups.governance(
            state.governance(),
            state.governance().patch().holdReviewer(HoldReviewer.GROUP).flagThreshold(1).build()));
    give(Care.flag(BOB, "s2", 2));
    adopt("hold-review", Care.groupReview("s2", 2, CAROL, true));
    give(Groups.closeSession(holder, "s2"));
    adopt("pause", Care.pause(DANA, clock.instant().plus(Duration.ofDays(30)), "Hostile posts."));
    adopt("appeal", Care.endPause(DANA));
    adopt("pause-again", Care.pause(DANA, clock.instant().plus(Duration.ofDays(7)), "Again."));
    clock.advance(Duration.ofDays(8));
    give(ImmutableCheckDeadlines.builder().actor(BOB).build());
  }

  /** Drafts, opens, has every member of the electorate agree to, and closes a proposal. */
  private void adopt(String id, ProposalContent content) {
    give(Groups.draft(ALICE, id, content));
    give(Groups.open(ALICE, id));
    agreeAll(id, content);
    give(Groups.close(ALICE, id));
  }

  /** Has every member of a proposal's electorate agree to it. */
  private void agreeAll(String id, ProposalContent content) {
    List<MemberId> electorate =
        state.proposal(ProposalId.of(id)).map(Proposal::electorate).orElse(List.of());
    for (Member m : state.members().values()) {
      if (m.isActivePeer()
          && !content.subjects().contains(m.id())
          && (electorate.isEmpty() || electorate.contains(m.id()))) {
        give(Groups.stance(m.id(), id, StanceKind.AGREE, ""));
      }
    }
  }

  /** Decides a command, and folds its events one by one; notes what fails. */
  void give(GroupCommand command) {
    String type = ModelCompletenessTest.typeName(GroupCommand.class, command);
    CommandResult result;
    try {
      result = engine.decide(state, command);
    } catch (IllegalArgumentException ex) {
      problems.add(type + ": deciding it failed: " + ex.getMessage());
      steps.add(new Step(command, List.of()));
      return;
    }
    if (result.rejection().isPresent()) {
      problems.add(type + ": the story's command was rejected: " + result.rejection().get());
      steps.add(new Step(command, List.of()));
      return;
    }
    GroupState next = state;
    for (GroupEvent e : result.events()) {
      try {
        next = engine.evolve(next, e);
      } catch (IllegalArgumentException ex) {
        problems.add(
            ModelCompletenessTest.typeName(GroupEvent.class, e)
                + ": folding it failed: "
                + ex.getMessage());
        steps.add(new Step(command, List.of()));
        return;
      }
    }
    state = next;
    log.addAll(result.events());
    steps.add(new Step(command, result.events()));
    clock.advance(Duration.ofMinutes(1));
  }
}
