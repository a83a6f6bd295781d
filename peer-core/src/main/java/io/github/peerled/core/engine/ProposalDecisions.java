package io.github.peerled.core.engine;

import io.github.peerled.core.command.CommentOnProposal;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.command.WithdrawProposal;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceChange;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.HoldReview;
import io.github.peerled.core.decision.LeadershipChange;
import io.github.peerled.core.decision.MembershipChange;
import io.github.peerled.core.decision.Poll;
import io.github.peerled.core.decision.PollStatus;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.decision.Reconsideration;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.ImmutableProposalCommented;
import io.github.peerled.core.event.ImmutableProposalDrafted;
import io.github.peerled.core.event.ImmutableProposalOpened;
import io.github.peerled.core.event.ImmutableProposalWithdrawn;
import io.github.peerled.core.event.ImmutableStanceTaken;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Role;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.internal.ClosingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides drafting, opening, stances, comments and withdrawal of proposals, and checks what a
 * proposal would change. Pure: the instant is passed in.
 */
final class ProposalDecisions {
  private ProposalDecisions() {}

  static CommandResult draft(Stamp stamp, DraftProposal d) {
    GroupState s = stamp.state;
    if (s.guidelinesInForce().isEmpty()) {
      return CommandResult.rejected(Rejections.noGuidelinesYet("a proposal"));
    }
    if (s.proposal(d.proposalId()).isPresent()) {
      return CommandResult.rejected(Rejections.idInUse("proposal", d.proposalId()));
    }
    if (d.title().isBlank()) {
      return CommandResult.rejected(Rejections.blank("title"));
    }
    Rejection bad = checkContent(s, d.proposalId(), d.content());
    if (bad == null && d.content() instanceof MembershipChange m) {
      bad = CareDecisions.checkContent(s, m, stamp.now);
    }
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    if (d.seededBy().isPresent()) {
      Poll seed = s.polls().get(d.seededBy().get());
      if (seed == null) {
        return CommandResult.rejected(Rejections.unknownPoll(d.seededBy().get()));
      }
      if (seed.closedAt().isEmpty()) {
        return CommandResult.rejected(
            Rejections.pollInWrongState(seed.id(), seed.statusAt(stamp.now), PollStatus.CLOSED));
      }
    }
    stamp.events.add(
        ImmutableProposalDrafted.builder()
            .from(stamp.next())
            .proposalId(d.proposalId())
            .title(d.title())
            .rationale(d.rationale())
            .content(d.content())
            .seededBy(d.seededBy())
            .build());
    return stamp.done();
  }

  static @Nullable Rejection checkContent(GroupState s, ProposalId id, ProposalContent content) {
    if (content instanceof GovernanceChange g && g.base().isEmpty()) {
      return Rejections.invalid(
          "a governance change needs its base: the governance settings in force it was drafted on");
    }
    Rejection stale = staleBase(s, id, content);
    if (stale != null) {
      return stale;
    }
    if (content instanceof GuidelineAmendment a) {
      try {
        applyChanges(s, a);
      } catch (IllegalArgumentException ex) {
        return Rejections.invalid(String.valueOf(ex.getMessage()));
      }
    } else if (content instanceof MembershipChange m) {
      Member target = s.members().get(m.member());
      if (target == null) {
        return Rejections.unknownMember(m.member());
      }
      if (!target.isActive()) {
        return Rejections.inactiveMember(m.member());
      }
      if (m.standing().isPresent() && m.standing().get() == target.standing()) {
        return Rejections.invalid(m.member() + " already has that standing");
      }
    } else if (content instanceof LeadershipChange l) {
      for (MemberId m : l.mentorsToAdd()) {
        Member target = s.members().get(m);
        if (target == null) {
          return Rejections.unknownMember(m);
        }
        if (!target.isActivePeer()) {
          return Rejections.invalid(m + " is not an active peer; mentors are peers");
        }
      }
      for (MemberId m : l.mentorsToRemove()) {
        Member target = s.members().get(m);
        if (target == null) {
          return Rejections.unknownMember(m);
        }
        if (!target.roles().contains(Role.MENTOR)) {
          return Rejections.invalid(m + " is not a mentor");
        }
      }
      if (l.assignment().isPresent()) {
        return SelectionDecisions.checkAssignment(s, l.assignment().get());
      }
    } else if (content instanceof HoldReview h) {
      return HoldReviews.checkContent(s, h);
    }
    return null;
  }

  /**
   * A conflict if the content was drafted on guidelines or governance settings no longer in force:
   * adopting it would undo what was decided meanwhile.
   */
  static @Nullable Rejection staleBase(GroupState s, ProposalId id, ProposalContent content) {
    Optional<GuidelineVersion> scheduled = s.scheduledGuidelines();
    if (content instanceof Reconsideration r) {
      return scheduled.isPresent()
              && scheduled.get().adoptedBy().equals(Optional.of(r.proposalId()))
          ? null
          : Rejections.nothingScheduledBy(id, r.proposalId());
    }
    if (content instanceof GuidelineAmendment && scheduled.isPresent()) {
      return Rejections.versionScheduled(
          id, scheduled.get().number(), scheduled.get().effectiveAt());
    }
    if (content instanceof GuidelineAmendment a) {
      int current = s.guidelines().currentNumber();
      return a.baseVersion() == current ? null : Rejections.staleBase(id, a.baseVersion(), current);
    }
    if (content instanceof GovernanceChange g) {
      Optional<GovernanceSettings> base = g.base();
      return base.isPresent() && base.get().equals(s.governance())
          ? null
          : Rejections.staleGovernance(id, base, s.governance());
    }
    return null;
  }

  static List<Clause> applyChanges(GroupState s, GuidelineAmendment a) {
    List<Clause> clauses = s.guidelinesInForce().map(GuidelineVersion::clauses).orElse(List.of());
    for (GuidelineChange change : a.changes()) {
      clauses = change.applyTo(clauses);
    }
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("the guidelines would have no clause left");
    }
    return clauses;
  }

  static CommandResult open(Stamp stamp, OpenProposal o) {
    GroupState s = stamp.state;
    Optional<Proposal> found = s.proposal(o.proposalId());
    if (found.isEmpty()) {
      return CommandResult.rejected(Rejections.unknownProposal(o.proposalId()));
    }
    Proposal p = found.get();
    if (!p.proposer().equals(stamp.actor)) {
      return CommandResult.rejected(Rejections.onlyProposer(stamp.actor, p.id(), "open it"));
    }
    ProposalStatus status = p.statusAt(stamp.now);
    if (status != ProposalStatus.DRAFT) {
      return CommandResult.rejected(
          Rejections.proposalInWrongState(p.id(), status, ProposalStatus.DRAFT));
    }
    Rejection stale = staleBase(s, p.id(), p.content());
    if (stale != null) {
      return CommandResult.rejected(stale);
    }
    Rejection reviewed = HoldReviews.checkOpen(s, p.content());
    if (reviewed != null) {
      return CommandResult.rejected(reviewed);
    }
    List<MemberId> electorate = new ArrayList<>();
    for (Member m : s.members().values()) {
      if (m.isActivePeer()
          && !HoldReviews.isParty(s, p.content(), m.id())
          && s.pauseOf(m.id(), stamp.now).isEmpty()) { // a paused member takes no stance
        electorate.add(m.id());
      }
    }
    if (electorate.isEmpty()) {
      return CommandResult.rejected(
          Rejections.invalid("nobody in the group could take a stance on " + p.id()));
    }
    DecisionProcedure procedure = s.governance().procedureFor(p.content().decisionKind());
    stamp.events.add(
        ImmutableProposalOpened.builder()
            .from(stamp.next())
            .proposalId(p.id())
            .electorate(electorate)
            .procedure(procedure)
            .build());
    return stamp.done();
  }

  static CommandResult stance(Stamp stamp, TakeStance t) {
    GroupState s = stamp.state;
    Proposal p = activeProposal(s, t.proposalId());
    if (p == null) {
      Optional<Proposal> past = s.proposal(t.proposalId());
      return CommandResult.rejected(
          past.isPresent()
              ? Rejections.proposalInWrongState(
                  t.proposalId(), past.get().statusAt(stamp.now), ProposalStatus.OPEN)
              : Rejections.unknownProposal(t.proposalId()));
    }
    ProposalStatus status = p.statusAt(stamp.now);
    if (status != ProposalStatus.OPEN) {
      return CommandResult.rejected(
          Rejections.proposalInWrongState(p.id(), status, ProposalStatus.OPEN));
    }
    Optional<MemberId> grantor = t.onBehalfOf();
    if (grantor.isPresent()) {
      Rejection byProxy = ProxyDecisions.stance(stamp, t, grantor.get(), p);
      if (byProxy != null) {
        return CommandResult.rejected(byProxy);
      }
    } else if (!p.electorate().contains(stamp.actor)) {
      return CommandResult.rejected(Rejections.notInElectorate(stamp.actor, p.id()));
    }
    if (t.kind() == StanceKind.OBJECT && (t.reason().isEmpty() || t.reason().get().isBlank())) {
      return CommandResult.rejected(Rejections.objectionNeedsReason());
    }
    DecisionProcedure procedure = p.procedure().orElseThrow(); // an open proposal has one
    if (!ClosingRules.allows(procedure, t.kind())) {
      return CommandResult.rejected(Rejections.disagreeNotCounted(procedure.method()));
    }
    if (t.ground().isPresent() && t.kind() != StanceKind.OBJECT) {
      return CommandResult.rejected(Rejections.groundOnlyForObjection());
    }
    Optional<String> test = procedure.objectionTest();
    if (t.kind() == StanceKind.OBJECT && test.isPresent() && t.ground().isEmpty()) {
      return CommandResult.rejected(Rejections.objectionNeedsGround(test.get()));
    }
    stamp.events.add(
        ImmutableStanceTaken.builder()
            .from(stamp.next())
            .proposalId(p.id())
            .kind(t.kind())
            .reason(t.reason())
            .ground(t.ground())
            .onBehalfOf(grantor)
            .build());
    RevisionDecisions.lateDecision(stamp, p, procedure, grantor.orElse(stamp.actor));
    return stamp.done();
  }

  static CommandResult comment(Stamp stamp, CommentOnProposal c) {
    GroupState s = stamp.state;
    Proposal p = activeProposal(s, c.proposalId());
    if (p == null) {
      Optional<Proposal> past = s.proposal(c.proposalId());
      return CommandResult.rejected(
          past.isPresent()
              ? Rejections.proposalInWrongState(
                  c.proposalId(),
                  past.get().statusAt(stamp.now),
                  ProposalStatus.DRAFT,
                  ProposalStatus.OPEN)
              : Rejections.unknownProposal(c.proposalId()));
    }
    ProposalStatus status = p.statusAt(stamp.now);
    if (status.isFinal()) {
      return CommandResult.rejected(
          Rejections.proposalInWrongState(
              p.id(), status, ProposalStatus.DRAFT, ProposalStatus.OPEN));
    }
    if (c.text().isBlank()) {
      return CommandResult.rejected(Rejections.blank("text"));
    }
    stamp.events.add(
        ImmutableProposalCommented.builder()
            .from(stamp.next())
            .proposalId(p.id())
            .text(c.text())
            .recommendation(c.recommendation())
            .build());
    return stamp.done();
  }

  static CommandResult withdraw(Stamp stamp, WithdrawProposal w) {
    GroupState s = stamp.state;
    Optional<Proposal> found = s.proposal(w.proposalId());
    if (found.isEmpty()) {
      return CommandResult.rejected(Rejections.unknownProposal(w.proposalId()));
    }
    Proposal p = found.get();
    if (!p.proposer().equals(stamp.actor)) {
      return CommandResult.rejected(Rejections.onlyProposer(stamp.actor, p.id(), "withdraw it"));
    }
    ProposalStatus status = p.statusAt(stamp.now);
    if (status.isFinal()) {
      return CommandResult.rejected(
          Rejections.proposalInWrongState(
              p.id(), status, ProposalStatus.DRAFT, ProposalStatus.OPEN));
    }
    stamp.events.add(
        ImmutableProposalWithdrawn.builder().from(stamp.next()).proposalId(p.id()).build());
    return stamp.done();
  }

  static @Nullable Proposal activeProposal(GroupState s, ProposalId id) {
    for (Proposal p : s.activeProposals()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }
}
