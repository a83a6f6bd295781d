package io.github.peerled.core.engine;

import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceChange;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.HoldReview;
import io.github.peerled.core.decision.ImmutableGovernanceSettings;
import io.github.peerled.core.decision.LeadershipChange;
import io.github.peerled.core.decision.LogisticsChange;
import io.github.peerled.core.decision.MembershipChange;
import io.github.peerled.core.decision.Objection;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.decision.Reconsideration;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.event.ImmutableGovernanceSettingsChanged;
import io.github.peerled.core.event.ImmutableGuidelineVersionAdopted;
import io.github.peerled.core.event.ImmutableGuidelineVersionScheduled;
import io.github.peerled.core.event.ImmutableMeetingPlanChanged;
import io.github.peerled.core.event.ImmutableMemberLeft;
import io.github.peerled.core.event.ImmutableProposalDecided;
import io.github.peerled.core.event.ImmutableRoleAssigned;
import io.github.peerled.core.event.ImmutableRoleRevoked;
import io.github.peerled.core.event.ImmutableScheduledVersionCancelled;
import io.github.peerled.core.event.ImmutableStandingChanged;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Role;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.internal.ClosingRules;
import io.github.peerled.core.leadership.RotationPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides the close of a proposal: the tally, and for an adopted one the events that carry out what
 * it changes. The rules themselves (when, by whom, the count) are {@link ClosingRules}, which the
 * simulation applies too. Pure: the instant is passed in.
 */
final class ClosingDecisions {
  private ClosingDecisions() {}

  static CommandResult close(Stamp stamp, CloseProposal c) {
    GroupState s = stamp.state;
    Optional<Proposal> found = s.proposal(c.proposalId());
    if (found.isEmpty()) {
      return CommandResult.rejected(Rejections.unknownProposal(c.proposalId()));
    }
    Proposal p = found.get();
    ProposalStatus status = p.statusAt(stamp.now);
    if (status != ProposalStatus.OPEN) {
      return CommandResult.rejected(
          Rejections.proposalInWrongState(p.id(), status, ProposalStatus.OPEN));
    }
    DecisionProcedure procedure = p.procedure().orElseThrow();
    if (!ClosingRules.mayClose(procedure, p.proposer().equals(stamp.actor))) {
      return CommandResult.rejected(
          Rejections.onlyProposer(stamp.actor, p.id(), "decide it under the advice process"));
    }
    if (ClosingRules.closerDecides(procedure)) {
      if (c.adopt().isEmpty()) {
        return CommandResult.rejected(
            Rejections.invalid(
                "under the advice process the proposer closes with their decision (adopt true or"
                    + " false)"));
      }
    } else if (c.adopt().isPresent()) {
      return CommandResult.rejected(
          Rejections.invalid(
              "only under the advice process does the closer give a decision; here the tally"
                  + " decides"));
    }
    if (c.outcomeStatement().isPresent() && c.outcomeStatement().get().isBlank()) {
      return CommandResult.rejected(Rejections.blank("outcomeStatement"));
    }
    if (c.reviewAt().isPresent() && !c.reviewAt().get().isAfter(stamp.now)) {
      return CommandResult.rejected(
          Rejections.invalid(
              "$.reviewAt: a decision is reviewed after it is taken; "
                  + c.reviewAt().get()
                  + " is not after the close at "
                  + stamp.now));
    }
    Rejection review = versionReviewTooEarly(stamp, p, c);
    if (review != null) {
      return CommandResult.rejected(review);
    }
    Instant openedAt = p.openedAt().orElseThrow();
    if (ClosingRules.tooEarlyToClose(stamp.now, openedAt, procedure, p::everyoneTookAStance)) {
      return CommandResult.rejected(
          Rejections.tooEarlyToClose(p.id(), ClosingRules.discussedUntil(openedAt, procedure)));
    }
    List<MemberId> counted = countedAtClose(s, p);
    Tally tally =
        ClosingRules.withOpenObjections(
            Tally.count(procedure, counted, p.currentStances(), c.adopt()),
            openObjections(p, counted));
    List<Clause> newClauses = List.of();
    if (tally.outcome() == Outcome.ADOPTED) {
      Rejection stale = ProposalDecisions.staleBase(s, p.id(), p.content());
      if (stale != null) {
        return CommandResult.rejected(stale);
      }
    }
    if (tally.outcome() == Outcome.ADOPTED && p.content() instanceof GuidelineAmendment a) {
      try {
        newClauses = ProposalDecisions.applyChanges(s, a);
      } catch (IllegalArgumentException ex) {
        return CommandResult.rejected(Rejections.invalid(String.valueOf(ex.getMessage())));
      }
    }
    stamp.events.add(
        ImmutableProposalDecided.builder()
            .from(stamp.next())
            .proposalId(p.id())
            .tally(tally)
            .outcomeStatement(c.outcomeStatement())
            .reviewAt(c.reviewAt())
            .build());
    if (tally.outcome() == Outcome.ADOPTED) {
      consequences(stamp, p, newClauses, c.reviewAt());
    }
    return stamp.done();
  }

  /**
   * Refuses the review date of a guideline amendment that would be reviewed before the version it
   * makes takes effect (after the procedure's effect delay): the date becomes the version's review
   * date, whatever the tally, so the closer learns it before the count and not from it.
   */
  private static @Nullable Rejection versionReviewTooEarly(
      Stamp stamp, Proposal p, CloseProposal c) {
    if (c.reviewAt().isEmpty() || !(p.content() instanceof GuidelineAmendment)) {
      return null;
    }
    Duration delay = p.procedure().map(DecisionProcedure::effectDelay).orElse(Duration.ZERO);
    Instant effective = stamp.now.plus(delay);
    if (c.reviewAt().get().isAfter(effective)) {
      return null;
    }
    return Rejections.invalid(
        "$.reviewAt: the guideline version this amendment makes would take effect at "
            + effective
            + " and is reviewed after that; "
            + c.reviewAt().get()
            + " is not after it");
  }

  /**
   * The members of a proposal's electorate who count at its close: those still active peers. The
   * electorate is frozen at the opening; who has since left or been made an advisor or guest counts
   * neither by stance nor by silence.
   */
  private static List<MemberId> countedAtClose(GroupState s, Proposal p) {
    List<MemberId> counted = new ArrayList<>(p.electorate().size());
    for (MemberId m : p.electorate()) {
      Member member = s.members().get(m);
      if (member != null && member.isActivePeer()) {
        counted.add(m);
      }
    }
    return counted;
  }

  /** How many objections of the members who count at the close are still open. */
  private static int openObjections(Proposal p, List<MemberId> counted) {
    int open = 0;
    for (Objection o : p.objections()) {
      if (o.isOpen() && counted.contains(o.author())) {
        open++;
      }
    }
    return open;
  }

  private static void consequences(
      Stamp stamp, Proposal p, List<Clause> newClauses, Optional<Instant> reviewAt) {
    GroupState s = stamp.state;
    ProposalContent content = p.content();
    if (content instanceof GuidelineAmendment) {
      Duration delay = p.procedure().map(DecisionProcedure::effectDelay).orElse(Duration.ZERO);
      GuidelineVersion version =
          ImmutableGuidelineVersion.builder()
              .number(s.guidelines().currentNumber() + 1)
              .clauses(newClauses)
              .adoptedBy(p.id())
              .effectiveAt(stamp.now.plus(delay))
              .reviewAt(reviewAt)
              .build();
      if (delay.isZero()) {
        stamp.events.add(
            ImmutableGuidelineVersionAdopted.builder().from(stamp.next()).version(version).build());
      } else {
        stamp.events.add(
            ImmutableGuidelineVersionScheduled.builder()
                .from(stamp.next())
                .version(version)
                .build());
      }
    } else if (content instanceof Reconsideration) {
      s.scheduledGuidelines()
          .ifPresent(
              v ->
                  stamp.events.add(
                      ImmutableScheduledVersionCancelled.builder()
                          .from(stamp.next())
                          .version(v.number())
                          .decidedBy(p.id())
                          .build()));
    } else if (content instanceof LogisticsChange l) {
      stamp.events.add(
          ImmutableMeetingPlanChanged.builder()
              .from(stamp.next())
              .meeting(l.meeting())
              .decidedBy(p.id())
              .build());
    } else if (content instanceof MembershipChange m) {
      Member target = s.members().get(m.member());
      if (target == null || !target.isActive()) {
        return; // the member left meanwhile: nothing left to change
      }
      if (m.remove()) {
        stamp.events.add(
            ImmutableMemberLeft.builder()
                .from(stamp.next())
                .member(m.member())
                .removedBy(p.id())
                .reason(m.reason())
                .build());
      } else if (m.standing().isPresent() && m.standing().get() != target.standing()) {
        stamp.events.add(
            ImmutableStandingChanged.builder()
                .from(stamp.next())
                .member(m.member())
                .standing(m.standing().get())
                .decidedBy(p.id())
                .build());
      }
      CareDecisions.consequences(stamp, m, p.id());
    } else if (content instanceof HoldReview h) {
      HoldReviews.consequences(stamp, h, p.id());
    } else if (content instanceof LeadershipChange l) {
      if (l.rotation().isPresent()) {
        RotationPolicy rotation = l.rotation().get();
        GovernanceSettings settings =
            ImmutableGovernanceSettings.copyOf(s.governance()).withRotation(rotation);
        governanceChanged(stamp, settings, p);
      }
      for (MemberId m : l.mentorsToAdd()) {
        Member target = s.members().get(m);
        if (target != null && target.isActivePeer() && !target.roles().contains(Role.MENTOR)) {
          stamp.events.add(
              ImmutableRoleAssigned.builder()
                  .from(stamp.next())
                  .member(m)
                  .role(Role.MENTOR)
                  .decidedBy(p.id())
                  .build());
        }
      }
      for (MemberId m : l.mentorsToRemove()) {
        Member target = s.members().get(m);
        if (target != null && target.roles().contains(Role.MENTOR)) {
          stamp.events.add(
              ImmutableRoleRevoked.builder()
                  .from(stamp.next())
                  .member(m)
                  .role(Role.MENTOR)
                  .decidedBy(p.id())
                  .build());
        }
      }
      if (l.assignment().isPresent()) {
        SelectionDecisions.carryOut(stamp, l.assignment().get(), p.id());
      }
    } else if (content instanceof GovernanceChange g) {
      governanceChanged(stamp, g.settings(), p);
    } else {
      throw new IllegalArgumentException(
          "unknown proposal content type " + content.getClass().getName());
    }
  }

  private static void governanceChanged(Stamp stamp, GovernanceSettings settings, Proposal p) {
    stamp.events.add(
        ImmutableGovernanceSettingsChanged.builder()
            .from(stamp.next())
            .settings(settings)
            .decidedBy(p.id())
            .build());
  }
}
