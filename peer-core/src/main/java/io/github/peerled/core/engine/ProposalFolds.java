package io.github.peerled.core.engine;

import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.ImmutableComment;
import io.github.peerled.core.decision.ImmutableObjection;
import io.github.peerled.core.decision.ImmutableProposal;
import io.github.peerled.core.decision.ImmutableStance;
import io.github.peerled.core.decision.Objection;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.ObjectionStatus;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Review;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.DeadlineExtended;
import io.github.peerled.core.event.ObjectionIntegrated;
import io.github.peerled.core.event.ObjectionWithdrawn;
import io.github.peerled.core.event.ProposalClosingSoon;
import io.github.peerled.core.event.ProposalCommented;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.event.ProposalExpired;
import io.github.peerled.core.event.ProposalOpened;
import io.github.peerled.core.event.ProposalRevised;
import io.github.peerled.core.event.ProposalWithdrawn;
import io.github.peerled.core.event.ReviewDue;
import io.github.peerled.core.event.StanceTaken;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The folds of a proposal's life, from its draft to its end (withdrawn, decided or expired), with
 * the deadlines recorded on the way (closing soon, review due), one small method per event, in the
 * order of that life. {@link Evolver} dispatches to them, and has checked the event first where its
 * dispatch says so; like every fold, each looks up everything it needs before it changes anything,
 * so an event that does not fit throws {@link IllegalStateException} and changes nothing.
 *
 * <p>Not thread-safe: confined to the thread that folds, with the buffer it is given.
 */
final class ProposalFolds {
  private ProposalFolds() {}

  static void proposalDrafted(FoldBuffer buffer, ProposalDrafted d) {
    List<FoldBuffer.ProposalSlot> list = buffer.proposals();
    for (FoldBuffer.ProposalSlot slot : list) {
      if (slot.proposal.id().equals(d.proposalId())) {
        throw new IllegalStateException("proposal " + d.proposalId() + " exists already");
      }
    }
    if (buffer.pastProposalsView().containsKey(d.proposalId())) {
      throw new IllegalStateException("proposal " + d.proposalId() + " exists already (closed)");
    }
    list.add(
        new FoldBuffer.ProposalSlot(
            ImmutableProposal.builder()
                .id(d.proposalId())
                .title(d.title())
                .rationale(d.rationale())
                .proposer(d.actor())
                .content(d.content())
                .draftedAt(d.at())
                .seededBy(d.seededBy())
                .build()));
  }

  static void proposalCommented(FoldBuffer buffer, ProposalCommented c) {
    FoldBuffer.ProposalSlot slot = buffer.activeProposal(c.proposalId());
    slot.proposal =
        ImmutableProposal.builder()
            .from(slot.current())
            .addComment(
                ImmutableComment.builder()
                    .author(c.actor())
                    .text(c.text())
                    .recommendation(c.recommendation())
                    .at(c.at())
                    .build())
            .build();
  }

  static void proposalOpened(FoldBuffer buffer, ProposalOpened o) {
    FoldBuffer.ProposalSlot slot = buffer.activeProposal(o.proposalId());
    slot.proposal =
        ImmutableProposal.copyOf(slot.proposal)
            .withOpenedAt(o.at())
            .withElectorate(o.electorate())
            .withProcedure(o.procedure());
    slot.voters = null;
  }

  /**
   * A stance binds to the proposal's current revision. An objection is numbered and recorded as
   * open; any other stance withdraws its author's open objections, if they have any.
   */
  static void stanceTaken(FoldBuffer buffer, StanceTaken t) {
    FoldBuffer.ProposalSlot slot = buffer.activeProposal(t.proposalId());
    Optional<MemberId> grantor = t.onBehalfOf();
    if (grantor.isPresent()) {
      ProxyFolds.checkStance(buffer, t, grantor.get(), slot.current(), slot.voters());
    } else {
      EventChecks.stance(buffer, t, slot.proposal, slot.voters());
    }
    MemberId member = grantor.isPresent() ? grantor.get() : t.actor();
    int revision = slot.proposal.revision();
    Stance stance =
        ImmutableStance.builder()
            .member(member)
            .kind(t.kind())
            .reason(t.reason())
            .revision(revision)
            .at(t.at())
            .proxy(grantor.isPresent() ? Optional.of(t.actor()) : Optional.empty())
            .build();
    if (t.kind() == StanceKind.OBJECT) {
      Proposal p = slot.current();
      List<Objection> objections = new ArrayList<>(p.objections());
      objections.add(
          ImmutableObjection.builder()
              .id(ObjectionId.of(objections.size() + 1))
              .author(t.actor())
              .revision(revision)
              .reason(t.reason().orElse(""))
              .ground(t.ground())
              .raisedAt(t.at())
              .build());
      slot.proposal = ImmutableProposal.copyOf(p).withObjections(objections);
    } else if (hasOpenObjection(slot.proposal, member)) {
      Proposal p = slot.current();
      List<Objection> objections = new ArrayList<>(p.objections().size());
      for (Objection o : p.objections()) {
        objections.add(
            o.isOpen() && o.author().equals(member)
                ? resolved(o, ObjectionStatus.WITHDRAWN, t.at())
                : o);
      }
      slot.proposal = ImmutableProposal.copyOf(p).withObjections(objections);
    }
    slot.putStance(stance);
  }

  /** Indexed, so that the frequent stance without objections allocates no iterator. */
  private static boolean hasOpenObjection(Proposal p, MemberId author) {
    List<Objection> objections = p.objections();
    for (int i = 0; i < objections.size(); i++) {
      Objection o = objections.get(i);
      if (o.isOpen() && o.author().equals(author)) {
        return true;
      }
    }
    return false;
  }

  private static Objection resolved(Objection o, ObjectionStatus status, Instant at) {
    return ImmutableObjection.copyOf(o).withStatus(status).withResolvedAt(at);
  }

  /**
   * The proposal takes the revision's title, rationale and content; its stances stay, bound to the
   * revisions they were taken on.
   */
  static void proposalRevised(FoldBuffer buffer, ProposalRevised r) {
    FoldBuffer.ProposalSlot slot = buffer.activeProposal(r.proposalId());
    Proposal p = slot.current();
    if (p.openedAt().isEmpty()) {
      throw new IllegalStateException("proposal " + p.id() + " was never opened");
    }
    if (r.revision() != p.revision() + 1) {
      throw new IllegalStateException(
          "proposal " + p.id() + " is at revision " + p.revision() + ", not " + (r.revision() - 1));
    }
    boolean anyPeer = p.procedure().map(DecisionProcedure::anyPeerMayRevise).orElse(false);
    if (!anyPeer && !p.proposer().equals(r.actor())) {
      throw new IllegalStateException(
          "only the proposer of " + p.id() + ", " + p.proposer() + ", may revise it");
    }
    slot.proposal =
        ImmutableProposal.copyOf(p)
            .withRevision(r.revision())
            .withTitle(r.title())
            .withRationale(r.rationale())
            .withContent(r.content());
  }

  static void objectionIntegrated(FoldBuffer buffer, ObjectionIntegrated i) {
    resolve(buffer, i.proposalId(), i.objection(), i.actor(), ObjectionStatus.INTEGRATED, i.at());
  }

  static void objectionWithdrawn(FoldBuffer buffer, ObjectionWithdrawn w) {
    resolve(buffer, w.proposalId(), w.objection(), w.actor(), ObjectionStatus.WITHDRAWN, w.at());
  }

  private static void resolve(
      FoldBuffer buffer,
      ProposalId id,
      ObjectionId number,
      MemberId actor,
      ObjectionStatus status,
      Instant at) {
    FoldBuffer.ProposalSlot slot = buffer.activeProposal(id);
    Proposal p = slot.current();
    Objection o =
        p.objection(number)
            .orElseThrow(
                () -> new IllegalStateException("proposal " + id + " has no objection " + number));
    if (!o.author().equals(actor)) {
      throw new IllegalStateException(
          "only the author of objection " + number + " to " + id + " may resolve it");
    }
    if (!o.isOpen()) {
      throw new IllegalStateException("objection " + number + " to " + id + " is resolved");
    }
    List<Objection> objections = new ArrayList<>(p.objections());
    objections.set(number.number() - 1, resolved(o, status, at));
    slot.proposal = ImmutableProposal.copyOf(p).withObjections(objections);
  }

  static void deadlineExtended(FoldBuffer buffer, DeadlineExtended x) {
    FoldBuffer.ProposalSlot slot = buffer.activeProposal(x.proposalId());
    Proposal p = slot.current();
    if (p.openedAt().isEmpty() || p.deadlineExtendedTo().isPresent()) {
      throw new IllegalStateException(
          "proposal " + p.id() + " is not open, or its deadline moved already");
    }
    if (!x.deadline().isAfter(x.previousDeadline())
        || !x.previousDeadline().equals(p.expiresAt().orElseThrow())) {
      throw new IllegalStateException(
          "proposal " + p.id() + " cannot move its deadline from " + x.previousDeadline());
    }
    slot.proposal = ImmutableProposal.copyOf(p).withDeadlineExtendedTo(x.deadline());
  }

  static void proposalWithdrawn(FoldBuffer buffer, ProposalWithdrawn w) {
    FoldBuffer.ProposalSlot slot = buffer.activeProposal(w.proposalId());
    buffer.finish(slot, ImmutableProposal.copyOf(slot.current()).withWithdrawnAt(w.at()));
  }

  static void proposalDecided(FoldBuffer buffer, ProposalDecided d) {
    FoldBuffer.ProposalSlot slot = buffer.activeProposal(d.proposalId());
    buffer.finish(
        slot,
        ImmutableProposal.copyOf(slot.current())
            .withClosedAt(d.at())
            .withTally(d.tally())
            .withOutcomeStatement(d.outcomeStatement())
            .withReviewAt(d.reviewAt()));
    if (d.reviewAt().isPresent()) {
      ImmutableGroupState s = buffer.published();
      List<Review> reviews = new ArrayList<>(s.pendingReviews());
      reviews.add(Review.ofProposal(d.proposalId(), d.reviewAt().get()));
      buffer.publish(s.withPendingReviews(reviews));
    }
  }

  static void proposalClosingSoon(FoldBuffer buffer, ProposalClosingSoon cs) {
    FoldBuffer.ProposalSlot slot = buffer.activeProposal(cs.proposalId());
    slot.proposal = ImmutableProposal.copyOf(slot.current()).withClosingSoonNoticedAt(cs.at());
  }

  static void proposalExpired(FoldBuffer buffer, ProposalExpired x) {
    FoldBuffer.ProposalSlot slot = buffer.activeProposal(x.proposalId());
    buffer.finish(slot, ImmutableProposal.copyOf(slot.current()).withExpiredAt(x.at()));
  }

  static void reviewDue(FoldBuffer buffer, ReviewDue r) {
    ImmutableGroupState s = buffer.published();
    List<Review> reviews = new ArrayList<>(s.pendingReviews());
    reviews.remove(r.review());
    buffer.publish(s.withPendingReviews(reviews));
  }
}
