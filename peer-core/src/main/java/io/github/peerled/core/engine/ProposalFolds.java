package io.github.peerled.core.engine;

import io.github.peerled.core.decision.ImmutableComment;
import io.github.peerled.core.decision.ImmutableProposal;
import io.github.peerled.core.decision.ImmutableStance;
import io.github.peerled.core.decision.Review;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.event.ProposalClosingSoon;
import io.github.peerled.core.event.ProposalCommented;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.event.ProposalExpired;
import io.github.peerled.core.event.ProposalOpened;
import io.github.peerled.core.event.ProposalWithdrawn;
import io.github.peerled.core.event.ReviewDue;
import io.github.peerled.core.event.StanceTaken;
import java.util.ArrayList;
import java.util.List;

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

  static void stanceTaken(FoldBuffer buffer, StanceTaken t) {
    FoldBuffer.ProposalSlot slot = buffer.activeProposal(t.proposalId());
    EventChecks.stance(buffer, t, slot.proposal, slot.voters());
    Stance stance =
        ImmutableStance.builder()
            .member(t.actor())
            .kind(t.kind())
            .reason(t.reason())
            .at(t.at())
            .build();
    slot.putStance(stance);
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
