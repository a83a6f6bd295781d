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
import io.github.peerled.core.group.Member;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who may give which command: a deny-wins chain. Every rule is asked; the first denial rejects the
 * command, and no rule can allow what another denies. Capabilities come from standing (peer or
 * outsider) and from being a founder; what each command asks for is its {@link Entry}, and every
 * command type has one.
 */
final class Permissions {
  private Permissions() {}

  /**
   * What a command asks of whoever gives it.
   *
   * @param action the words for what the command does, as in "only peers may ..."
   * @param peersOnly whether only peers (founding members, members, newcomers) may give it
   * @param foundersOnly whether only the group's founders may give it
   */
  record Entry(String action, boolean peersOnly, boolean foundersOnly) {}

  private static final Entry FOUND = new Entry("found a group", false, false);
  private static final Entry REVISE_FOUNDING = new Entry("found the group", true, true);
  private static final Entry ENDORSE_FOUNDING = REVISE_FOUNDING;
  private static final Entry JOIN = new Entry("join the group", false, false);
  private static final Entry LEAVE = new Entry("leave the group", false, false);
  private static final Entry DRAFT = new Entry("propose a binding change", true, false);
  private static final Entry OPEN = new Entry("open a proposal", true, false);
  private static final Entry STANCE = new Entry("take a stance that counts", true, false);
  private static final Entry COMMENT = new Entry("comment on a proposal", false, false);
  private static final Entry WITHDRAW = new Entry("withdraw a proposal", true, false);
  private static final Entry CLOSE = new Entry("close a decision", true, false);
  private static final Entry SCHEDULE = new Entry("schedule a session", true, false);
  private static final Entry FACILITATE = new Entry("facilitate", true, false);
  private static final Entry START = new Entry("start a session", true, false);
  private static final Entry ATTEND = new Entry("record attendance", false, false);
  private static final Entry CONTRIBUTE = new Entry("contribute to a session", false, false);
  private static final Entry CLOSE_SESSION = new Entry("close a session", true, false);
  private static final Entry CHECK_DEADLINES =
      new Entry("check the group's deadlines", true, false);
  private static final Entry FORGET = new Entry("be forgotten", false, false);
  private static final Entry REVISE = new Entry("revise a proposal", true, false);
  private static final Entry RESOLVE_OBJECTION = new Entry("resolve an objection", true, false);
  private static final Entry OPEN_POLL = new Entry("open a poll", true, false);
  private static final Entry ANSWER_POLL = new Entry("answer a poll", false, false);
  private static final Entry CLOSE_POLL = new Entry("close a poll", true, false);
  private static final Entry OPEN_SELECTION = new Entry("open a selection", true, false);
  private static final Entry NOMINATE = new Entry("nominate for a role", true, false);
  private static final Entry REVEAL_NOMINATIONS = new Entry("reveal nominations", true, false);
  private static final Entry GRANT_PROXY = new Entry("grant a proxy", true, false);
  private static final Entry REVOKE_PROXY = new Entry("revoke a proxy", false, false);
  private static final Entry AGREE_ACTION = new Entry("agree an action item", true, false);
  private static final Entry OWN_ACTION = new Entry("take on an action item", false, false);
  private static final Entry FLAG = new Entry("flag a contribution", false, false);
  private static final Entry REVIEW_HOLD = new Entry("review a hold", true, false);

  /** One link of the chain: a denial, or null for no objection. */
  @FunctionalInterface
  interface Rule {
    @Nullable Rejection deny(
        GroupState state, @Nullable Member actor, GroupCommand command, Entry entry);
  }

  static final Rule MUST_HAVE_JOINED =
      (s, m, c, e) -> m == null ? Rejections.notAMember(c.actor()) : null;

  static final Rule MUST_NOT_HAVE_LEFT =
      (s, m, c, e) -> m != null && !m.isActive() ? Rejections.hasLeft(c.actor()) : null;

  static final Rule DECISIONS_STAY_WITH_PEERS =
      (s, m, c, e) ->
          m == null || m.standing().isPeer() || !e.peersOnly()
              ? null
              : Rejections.notAPeer(c.actor(), e.action());

  static final Rule FOUNDING_IS_FOR_FOUNDERS =
      (s, m, c, e) ->
          e.foundersOnly() && !s.founders().contains(c.actor())
              ? Rejections.notAFounder(c.actor())
              : null;

  static final List<Rule> CHAIN =
      List.of(
          MUST_HAVE_JOINED,
          MUST_NOT_HAVE_LEFT,
          DECISIONS_STAY_WITH_PEERS,
          FOUNDING_IS_FOR_FOUNDERS);

  static @Nullable Rejection check(GroupState state, GroupCommand command) {
    Member actor = state.members().get(command.actor());
    Entry entry = entry(command);
    for (Rule rule : CHAIN) {
      Rejection denied = rule.deny(state, actor, command, entry);
      if (denied != null) {
        return denied;
      }
    }
    return null;
  }

  /**
   * Returns what a command asks of whoever gives it, the frequent commands tested first.
   *
   * @throws IllegalArgumentException for a command type without an entry
   */
  static Entry entry(GroupCommand c) {
    if (c instanceof RecordContribution) {
      return CONTRIBUTE;
    } else if (c instanceof TakeStance) {
      return STANCE;
    } else if (c instanceof CommentOnProposal) {
      return COMMENT;
    } else if (c instanceof RecordAttendance) {
      return ATTEND;
    } else if (c instanceof DraftProposal) {
      return DRAFT;
    } else if (c instanceof OpenProposal) {
      return OPEN;
    } else if (c instanceof CloseProposal) {
      return CLOSE;
    } else if (c instanceof WithdrawProposal) {
      return WITHDRAW;
    } else if (c instanceof ScheduleSession) {
      return SCHEDULE;
    } else if (c instanceof VolunteerToFacilitate || c instanceof HandOverFacilitation) {
      return FACILITATE;
    } else if (c instanceof StartSession) {
      return START;
    } else if (c instanceof CloseSession) {
      return CLOSE_SESSION;
    } else if (c instanceof LeaveGroup) {
      return LEAVE;
    } else if (c instanceof JoinGroup) {
      return JOIN;
    } else if (c instanceof FoundGroup) {
      return FOUND;
    } else if (c instanceof ReviseFoundingDraft) {
      return REVISE_FOUNDING;
    } else if (c instanceof EndorseFoundingGuidelines) {
      return ENDORSE_FOUNDING;
    } else if (c instanceof CheckDeadlines) {
      return CHECK_DEADLINES;
    } else if (c instanceof ForgetMember) {
      return FORGET;
    } else if (c instanceof ReviseProposal) {
      return REVISE;
    } else if (c instanceof IntegrateObjection || c instanceof WithdrawObjection) {
      return RESOLVE_OBJECTION;
    } else if (c instanceof OpenPoll) {
      return OPEN_POLL;
    } else if (c instanceof AnswerPoll) {
      return ANSWER_POLL;
    } else if (c instanceof ClosePoll) {
      return CLOSE_POLL;
    } else if (c instanceof OpenSelection) {
      return OPEN_SELECTION;
    } else if (c instanceof NominateForRole) {
      return NOMINATE;
    } else if (c instanceof RevealNominations) {
      return REVEAL_NOMINATIONS;
    } else if (c instanceof GrantProxy) {
      return GRANT_PROXY;
    } else if (c instanceof RevokeProxy) {
      return REVOKE_PROXY;
    } else if (c instanceof AgreeActionItem) {
      return AGREE_ACTION;
    } else if (c instanceof AcceptActionItem
        || c instanceof CompleteActionItem
        || c instanceof ReleaseActionItem) {
      return OWN_ACTION;
    } else if (c instanceof FlagContribution) {
      return FLAG;
    } else if (c instanceof ReviewHold) {
      return REVIEW_HOLD;
    }
    throw new IllegalArgumentException(
        "no permission entry for command type " + c.getClass().getName());
  }
}
