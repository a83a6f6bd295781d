package io.github.peerled.core.engine;

import io.github.peerled.core.command.AcceptActionItem;
import io.github.peerled.core.command.AgreeActionItem;
import io.github.peerled.core.command.AnswerPoll;
import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.ClosePoll;
import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.command.CloseSession;
import io.github.peerled.core.command.CommentOnProposal;
import io.github.peerled.core.command.CompleteActionItem;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.EndorseFoundingGuidelines;
import io.github.peerled.core.command.FlagContribution;
import io.github.peerled.core.command.ForgetMember;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GrantProxy;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.HandOverFacilitation;
import io.github.peerled.core.command.IntegrateObjection;
import io.github.peerled.core.command.JoinGroup;
import io.github.peerled.core.command.LeaveGroup;
import io.github.peerled.core.command.NominateForRole;
import io.github.peerled.core.command.OpenPoll;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.OpenSelection;
import io.github.peerled.core.command.RecordAttendance;
import io.github.peerled.core.command.RecordContribution;
import io.github.peerled.core.command.ReleaseActionItem;
import io.github.peerled.core.command.RevealNominations;
import io.github.peerled.core.command.ReviewHold;
import io.github.peerled.core.command.ReviseFoundingDraft;
import io.github.peerled.core.command.ReviseProposal;
import io.github.peerled.core.command.RevokeProxy;
import io.github.peerled.core.command.ScheduleSession;
import io.github.peerled.core.command.StartSession;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.command.VolunteerToFacilitate;
import io.github.peerled.core.command.WithdrawObjection;
import io.github.peerled.core.command.WithdrawProposal;
import java.time.Instant;

/**
 * Decides commands into events or rejections. Pure: the instant is passed in. This class only
 * dispatches: it checks the limits, that the group is founded and that the actor may give the
 * command ({@link Permissions}), then hands the command to the decisions of its area ({@link
 * FoundingDecisions}, {@link ProposalDecisions}, {@link ClosingDecisions}, {@link
 * SessionDecisions}, {@link Deadlines}, {@link RevisionDecisions}). The frequent commands are
 * tested first.
 */
final class Decider {
  private Decider() {}

  /**
   * Decides a command against a state.
   *
   * @throws IllegalArgumentException for a command type no area decides
   */
  static CommandResult decide(GroupState s, GroupCommand c, Instant now, Limits limits) {
    Rejection overLimit = CommandLimits.check(s, c, limits);
    if (overLimit != null) {
      return CommandResult.rejected(overLimit);
    }
    Stamp stamp = new Stamp(s, c.actor(), now);
    if (c instanceof FoundGroup f) {
      return FoundingDecisions.found(stamp, f);
    }
    if (!s.isFounded()) {
      return CommandResult.rejected(Rejections.notFounded());
    }
    if (c instanceof JoinGroup j) {
      return FoundingDecisions.join(stamp, j);
    }
    if (c instanceof ForgetMember) {
      return FoundingDecisions.forget(stamp);
    }
    Rejection denied = Permissions.check(s, c);
    if (denied != null) {
      return CommandResult.rejected(denied);
    }
    Rejection paused = CareDecisions.pausedMayNot(s, c, now);
    if (paused != null) {
      return CommandResult.rejected(paused);
    }
    if (c instanceof RecordContribution r) {
      return SessionDecisions.contribute(stamp, r);
    } else if (c instanceof TakeStance t) {
      return ProposalDecisions.stance(stamp, t);
    } else if (c instanceof CommentOnProposal cp) {
      return ProposalDecisions.comment(stamp, cp);
    } else if (c instanceof RecordAttendance ra) {
      return SessionDecisions.attend(stamp, ra);
    } else if (c instanceof DraftProposal d) {
      return ProposalDecisions.draft(stamp, d);
    } else if (c instanceof OpenProposal o) {
      return ProposalDecisions.open(stamp, o);
    } else if (c instanceof CloseProposal cl) {
      return ClosingDecisions.close(stamp, cl);
    } else if (c instanceof WithdrawProposal w) {
      return ProposalDecisions.withdraw(stamp, w);
    } else if (c instanceof ScheduleSession ss) {
      return SessionDecisions.schedule(stamp, ss);
    } else if (c instanceof VolunteerToFacilitate v) {
      return SessionDecisions.volunteer(stamp, v);
    } else if (c instanceof StartSession st) {
      return SessionDecisions.start(stamp, st);
    } else if (c instanceof HandOverFacilitation h) {
      return SessionDecisions.handOver(stamp, h);
    } else if (c instanceof CloseSession cs) {
      return SessionDecisions.closeSession(stamp, cs);
    } else if (c instanceof LeaveGroup) {
      return FoundingDecisions.leave(stamp);
    } else if (c instanceof ReviseFoundingDraft r) {
      return FoundingDecisions.revise(stamp, r);
    } else if (c instanceof EndorseFoundingGuidelines en) {
      return FoundingDecisions.endorse(stamp, en);
    } else if (c instanceof CheckDeadlines cd) {
      return Deadlines.check(stamp, cd);
    } else if (c instanceof ReviseProposal rp) {
      return RevisionDecisions.revise(stamp, rp);
    } else if (c instanceof IntegrateObjection io) {
      return RevisionDecisions.integrate(stamp, io);
    } else if (c instanceof WithdrawObjection wo) {
      return RevisionDecisions.withdraw(stamp, wo);
    } else if (c instanceof OpenPoll op) {
      return PollDecisions.open(stamp, op);
    } else if (c instanceof AnswerPoll ap) {
      return PollDecisions.answer(stamp, ap);
    } else if (c instanceof ClosePoll cp) {
      return PollDecisions.close(stamp, cp);
    } else if (c instanceof OpenSelection os) {
      return SelectionDecisions.open(stamp, os);
    } else if (c instanceof NominateForRole nr) {
      return SelectionDecisions.nominate(stamp, nr);
    } else if (c instanceof RevealNominations rn) {
      return SelectionDecisions.reveal(stamp, rn);
    } else if (c instanceof GrantProxy gp) {
      return ProxyDecisions.grant(stamp, gp);
    } else if (c instanceof RevokeProxy rp) {
      return ProxyDecisions.revoke(stamp, rp);
    } else if (c instanceof AgreeActionItem ai) {
      return ActionItemDecisions.agree(stamp, ai);
    } else if (c instanceof AcceptActionItem ai) {
      return ActionItemDecisions.accept(stamp, ai);
    } else if (c instanceof CompleteActionItem ai) {
      return ActionItemDecisions.complete(stamp, ai);
    } else if (c instanceof ReleaseActionItem ai) {
      return ActionItemDecisions.release(stamp, ai);
    } else if (c instanceof FlagContribution fc) {
      return CareDecisions.flag(stamp, fc);
    } else if (c instanceof ReviewHold rh) {
      return CareDecisions.review(stamp, rh);
    }
    throw new IllegalArgumentException("unknown command type " + c.getClass().getName());
  }
}
