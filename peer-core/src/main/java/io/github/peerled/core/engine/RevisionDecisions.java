package io.github.peerled.core.engine;

import io.github.peerled.core.command.IntegrateObjection;
import io.github.peerled.core.command.ReviseProposal;
import io.github.peerled.core.command.WithdrawObjection;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.MembershipChange;
import io.github.peerled.core.decision.Objection;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.event.ImmutableDeadlineExtended;
import io.github.peerled.core.event.ImmutableObjectionIntegrated;
import io.github.peerled.core.event.ImmutableObjectionWithdrawn;
import io.github.peerled.core.event.ImmutableProposalRevised;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.internal.ClosingRules;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides the revision of an open proposal, the resolution of an objection by its author, and the
 * late-decision extension of a deadline that a stance may bring. Pure: the instant is passed in.
 */
final class RevisionDecisions {
  private RevisionDecisions() {}

  static CommandResult revise(Stamp stamp, ReviseProposal r) {
    GroupState s = stamp.state;
    Optional<Proposal> found = s.proposal(r.proposalId());
    if (found.isEmpty()) {
      return CommandResult.rejected(Rejections.unknownProposal(r.proposalId()));
    }
    Proposal p = found.get();
    ProposalStatus status = p.statusAt(stamp.now);
    if (status != ProposalStatus.OPEN) {
      return CommandResult.rejected(
          Rejections.proposalInWrongState(p.id(), status, ProposalStatus.OPEN));
    }
    DecisionProcedure procedure = p.procedure().orElseThrow(); // an open proposal has one
    if (!p.proposer().equals(stamp.actor) && !procedure.anyPeerMayRevise()) {
      return CommandResult.rejected(Rejections.onlyProposer(stamp.actor, p.id(), "revise it"));
    }
    if (r.title().isPresent() && r.title().get().isBlank()) {
      return CommandResult.rejected(Rejections.blank("title"));
    }
    if (r.content().decisionKind() != p.content().decisionKind()
        || !r.content().subjects().equals(p.content().subjects())
        || !HoldReviews.sameHold(p.content(), r.content())) {
      return CommandResult.rejected(Rejections.revisionChangesDecision(p.id()));
    }
    Set<ObjectionId> addressed = new HashSet<>();
    for (ObjectionId number : r.addresses()) {
      Optional<Objection> o = p.objection(number);
      if (o.isEmpty() || !o.get().isOpen() || !addressed.add(number)) {
        return CommandResult.rejected(Rejections.addressesNoOpenObjection(p.id(), number));
      }
    }
    Rejection bad = ProposalDecisions.checkContent(s, p.id(), r.content());
    if (bad == null && r.content() instanceof MembershipChange m) {
      bad = CareDecisions.checkContent(s, m, stamp.now);
    }
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    stamp.events.add(
        ImmutableProposalRevised.builder()
            .from(stamp.next())
            .proposalId(p.id())
            .revision(p.revision() + 1)
            .title(r.title().orElse(p.title()))
            .rationale(r.rationale().orElse(p.rationale()))
            .content(r.content())
            .addresses(r.addresses())
            .build());
    return stamp.done();
  }

  static CommandResult integrate(Stamp stamp, IntegrateObjection c) {
    Rejection bad = checkResolution(stamp, c.proposalId(), c.objection());
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    stamp.events.add(
        ImmutableObjectionIntegrated.builder()
            .from(stamp.next())
            .proposalId(c.proposalId())
            .objection(c.objection())
            .build());
    return stamp.done();
  }

  static CommandResult withdraw(Stamp stamp, WithdrawObjection c) {
    Rejection bad = checkResolution(stamp, c.proposalId(), c.objection());
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    stamp.events.add(
        ImmutableObjectionWithdrawn.builder()
            .from(stamp.next())
            .proposalId(c.proposalId())
            .objection(c.objection())
            .build());
    return stamp.done();
  }

  /** Whether the actor may resolve the objection now: theirs, open, on an open proposal. */
  private static @Nullable Rejection checkResolution(
      Stamp stamp, ProposalId id, ObjectionId number) {
    Optional<Proposal> found = stamp.state.proposal(id);
    if (found.isEmpty()) {
      return Rejections.unknownProposal(id);
    }
    Proposal p = found.get();
    ProposalStatus status = p.statusAt(stamp.now);
    if (status != ProposalStatus.OPEN) {
      return Rejections.proposalInWrongState(p.id(), status, ProposalStatus.OPEN);
    }
    Optional<Objection> o = p.objection(number);
    if (o.isEmpty()) {
      return Rejections.unknownObjection(id, number);
    }
    if (!o.get().author().equals(stamp.actor)) {
      return Rejections.notObjectionAuthor(stamp.actor, id, number, o.get().author());
    }
    if (!o.get().isOpen()) {
      return Rejections.objectionResolved(id, number, o.get().status());
    }
    return null;
  }

  /**
   * Adds a {@code DeadlineExtended} after the stance just decided if it first reaches quorum within
   * the procedure's late-decision window before the deadline, and the deadline has not moved yet.
   * Costs nothing unless the procedure has a window and the stance falls in it. The stance is
   * {@code taker}'s: the actor's own, or taken for them by proxy.
   */
  static void lateDecision(Stamp stamp, Proposal p, DecisionProcedure procedure, MemberId taker) {
    if (procedure.lateQuorumWindow().isZero()
        || procedure.lateQuorumExtension().isZero()
        || procedure.silenceIsConsent()
        || p.deadlineExtendedTo().isPresent()) {
      return;
    }
    Instant deadline = p.expiresAt().orElseThrow(); // an open proposal has one
    if (stamp.now.isBefore(deadline.minus(procedure.lateQuorumWindow()))) {
      return;
    }
    int counted = 0;
    int took = 0;
    boolean actorTook = false;
    for (MemberId m : p.electorate()) {
      Member member = stamp.state.members().get(m);
      if (member == null || !member.isActivePeer()) {
        continue;
      }
      counted++;
      Optional<Stance> st = p.stanceOf(m);
      if (st.isPresent() && st.get().revision() == p.revision()) {
        took++;
        actorTook |= m.equals(taker);
      }
    }
    int needed = Math.max(1, ClosingRules.quorumRequired(procedure, counted));
    if (actorTook || took + 1 != needed) {
      return; // quorum was met before, or this stance does not reach it
    }
    stamp.events.add(
        ImmutableDeadlineExtended.builder()
            .from(stamp.next())
            .proposalId(p.id())
            .previousDeadline(deadline)
            .deadline(deadline.plus(procedure.lateQuorumExtension()))
            .build());
  }
}
