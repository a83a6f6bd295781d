package io.github.peerled.core.engine;

import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.command.CloseSession;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.EndorseFoundingGuidelines;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.HandOverFacilitation;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.ReviseFoundingDraft;
import io.github.peerled.core.command.ScheduleSession;
import io.github.peerled.core.command.StartSession;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.command.VolunteerToFacilitate;
import io.github.peerled.core.command.WithdrawProposal;
import io.github.peerled.core.group.Member;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who may give which command: a deny-wins chain. Every rule is asked; the first denial rejects the
 * command, and no rule can allow what another denies. Capabilities come from standing (peer or
 * outsider) and from being a founder.
 */
final class Permissions {
  private Permissions() {}

  /** One link of the chain: a denial, or null for no objection. */
  @FunctionalInterface
  interface Rule {
    @Nullable Rejection deny(GroupState state, @Nullable Member actor, GroupCommand command);
  }

  static final Rule MUST_HAVE_JOINED =
      (s, m, c) -> m == null ? Rejections.notAMember(c.actor()) : null;

  static final Rule MUST_NOT_HAVE_LEFT =
      (s, m, c) -> m != null && !m.isActive() ? Rejections.hasLeft(c.actor()) : null;

  static final Rule DECISIONS_STAY_WITH_PEERS =
      (s, m, c) -> {
        if (m == null || m.standing().isPeer()) {
          return null;
        }
        String what = peerOnlyAction(c);
        return what == null ? null : Rejections.notAPeer(c.actor(), what);
      };

  static final Rule FOUNDING_IS_FOR_FOUNDERS =
      (s, m, c) ->
          (c instanceof ReviseFoundingDraft || c instanceof EndorseFoundingGuidelines)
                  && !s.founders().contains(c.actor())
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
    for (Rule rule : CHAIN) {
      Rejection denied = rule.deny(state, actor, command);
      if (denied != null) {
        return denied;
      }
    }
    return null;
  }

  /** The words for a command only peers may give, or null if anyone in the group may. */
  private static @Nullable String peerOnlyAction(GroupCommand c) {
    if (c instanceof TakeStance) {
      return "take a stance that counts";
    } else if (c instanceof DraftProposal) {
      return "propose a binding change";
    } else if (c instanceof OpenProposal) {
      return "open a proposal";
    } else if (c instanceof CloseProposal) {
      return "close a decision";
    } else if (c instanceof WithdrawProposal) {
      return "withdraw a proposal";
    } else if (c instanceof ScheduleSession) {
      return "schedule a session";
    } else if (c instanceof VolunteerToFacilitate || c instanceof HandOverFacilitation) {
      return "facilitate";
    } else if (c instanceof StartSession) {
      return "start a session";
    } else if (c instanceof CloseSession) {
      return "close a session";
    } else if (c instanceof ReviseFoundingDraft || c instanceof EndorseFoundingGuidelines) {
      return "found the group";
    }
    return null;
  }
}
