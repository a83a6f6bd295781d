package io.github.peerled.core.engine;

import io.github.peerled.core.command.NominateForRole;
import io.github.peerled.core.command.OpenSelection;
import io.github.peerled.core.command.RevealNominations;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.ImmutableNominationChanged;
import io.github.peerled.core.event.ImmutableNominationMade;
import io.github.peerled.core.event.ImmutableNominationsRevealed;
import io.github.peerled.core.event.ImmutableRoleTermEnded;
import io.github.peerled.core.event.ImmutableRoleTermStarted;
import io.github.peerled.core.event.ImmutableSelectionOpened;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.leadership.RoleAssignment;
import io.github.peerled.core.leadership.RoleDefinition;
import io.github.peerled.core.leadership.RoleName;
import io.github.peerled.core.leadership.RoleSelection;
import io.github.peerled.core.leadership.RoleTenure;
import io.github.peerled.core.leadership.RoleTermEnd;
import io.github.peerled.core.leadership.SelectionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The roles a group defines: opening a selection, nominating (once before the reveal, changed in
 * the change round), the reveal with its fallback when nobody stands, what adopting an assignment
 * carries out (the term starts, a running one ends), and the end of a term at a deadline check. Who
 * may hold a role is {@link #ineligible}; a role never weighs in a tally, which reads stances only.
 * Pure: the instant is passed in.
 */
final class SelectionDecisions {
  private SelectionDecisions() {}

  static CommandResult open(Stamp stamp, OpenSelection c) {
    GroupState s = stamp.state;
    RoleDefinition def = s.governance().role(c.role()).orElse(null);
    if (def == null) {
      return CommandResult.rejected(unknownRole(s, c.role()));
    }
    RoleSelection open = s.selections().get(c.role());
    if (open != null) {
      return CommandResult.rejected(
          Rejections.wrongState(
              "the selection of role " + c.role() + " is open already",
              open.status(),
              SelectionStatus.NONE));
    }
    stamp.events.add(ImmutableSelectionOpened.builder().from(stamp.next()).role(c.role()).build());
    return stamp.done();
  }

  static CommandResult nominate(Stamp stamp, NominateForRole c) {
    GroupState s = stamp.state;
    Selecting found = selecting(s, c.role());
    if (found == null) {
      return CommandResult.rejected(notSelecting(s, c.role()));
    }
    RoleDefinition def = found.def();
    RoleSelection sel = found.sel();
    String why = ineligible(s, def, c.nominee(), stamp.now);
    if (why != null) {
      return CommandResult.rejected(Rejections.invalid("$.nominee: " + why));
    }
    MemberId previous = sel.nominations().get(c.actor());
    if (sel.status() == SelectionStatus.NOMINATING) {
      if (previous != null) {
        return CommandResult.rejected(
            Rejections.wrongState(
                c.actor()
                    + " nominated for role "
                    + c.role()
                    + " already; a nomination may change after the reveal",
                SelectionStatus.NOMINATING,
                SelectionStatus.CHANGE_ROUND));
      }
      stamp.events.add(
          ImmutableNominationMade.builder()
              .from(stamp.next())
              .role(c.role())
              .nominee(c.nominee())
              .build());
      return stamp.done();
    }
    if (c.nominee().equals(previous)) {
      return CommandResult.rejected(
          Rejections.invalid(
              c.actor() + " nominates " + c.nominee() + " for role " + c.role() + " already"));
    }
    stamp.events.add(
        ImmutableNominationChanged.builder()
            .from(stamp.next())
            .role(c.role())
            .nominee(c.nominee())
            .previous(Optional.ofNullable(previous))
            .build());
    return stamp.done();
  }

  static CommandResult reveal(Stamp stamp, RevealNominations c) {
    GroupState s = stamp.state;
    Selecting found = selecting(s, c.role());
    if (found == null) {
      return CommandResult.rejected(notSelecting(s, c.role()));
    }
    RoleDefinition def = found.def();
    RoleSelection sel = found.sel();
    if (sel.status() != SelectionStatus.NOMINATING) {
      return CommandResult.rejected(
          Rejections.wrongState(
              "the nominations for role " + c.role() + " were revealed already",
              sel.status(),
              SelectionStatus.NOMINATING));
    }
    Optional<MemberId> fallback =
        sel.nominations().isEmpty() ? fallback(s, def, stamp.now) : Optional.empty();
    stamp.events.add(
        ImmutableNominationsRevealed.builder()
            .from(stamp.next())
            .role(c.role())
            .nominations(sel.nominations())
            .fallback(fallback)
            .build());
    return stamp.done();
  }

  /**
   * Checks a proposed assignment when it is drafted, revised or opened: the role is defined, its
   * selection revealed, the member may hold it, and the consecutive-term limit allows it unless
   * nobody else is eligible. Whether a newcomer's period has ended is checked at the close.
   */
  static @Nullable Rejection checkAssignment(GroupState s, RoleAssignment a) {
    Selecting found = selecting(s, a.role());
    if (found == null) {
      return notSelecting(s, a.role());
    }
    RoleDefinition def = found.def();
    RoleSelection sel = found.sel();
    if (sel.status() != SelectionStatus.CHANGE_ROUND) {
      return Rejections.wrongState(
          "the nominations for role " + a.role() + " must be revealed before the group decides",
          sel.status(),
          SelectionStatus.CHANGE_ROUND);
    }
    String why = ineligible(s, def, a.member(), null);
    if (why != null) {
      return Rejections.invalid("$.content.assignment.member: " + why);
    }
    if (overLimit(s, def, a.member())) {
      List<MemberId> others = new ArrayList<>(eligible(s, def, null));
      others.remove(a.member());
      if (!others.isEmpty()) {
        return Rejections.invalid(
            a.member()
                + " has held role "
                + a.role()
                + " for "
                + def.maxConsecutiveTerms()
                + " terms in a row, the most the group allows while anyone else is eligible");
      }
    }
    return null;
  }

  /**
   * Carries out an adopted assignment: ends the running term, if any, and starts the member's.
   * Nothing happens if the role or its selection is gone, or the member may no longer hold it.
   */
  static void carryOut(Stamp stamp, RoleAssignment a, ProposalId by) {
    GroupState s = stamp.state;
    Selecting found = selecting(s, a.role());
    if (found == null || ineligible(s, found.def(), a.member(), stamp.now) != null) {
      return;
    }
    RoleDefinition def = found.def();
    RoleTenure tenure = s.roleTenures().get(a.role());
    int consecutive = 1;
    if (tenure != null) {
      Optional<MemberId> holder = tenure.holder();
      Optional<Instant> endsAt = tenure.termEndsAt();
      if (holder.isPresent() && endsAt.isPresent()) {
        endTerm(stamp, a.role(), holder.get(), endsAt.get(), RoleTermEnd.SUCCEEDED);
      }
      if (tenure.lastHolder().equals(Optional.of(a.member()))) {
        consecutive = tenure.consecutiveTerms() + 1;
      }
    }
    stamp.events.add(
        ImmutableRoleTermStarted.builder()
            .from(stamp.next())
            .role(a.role())
            .member(a.member())
            .endsAt(stamp.now.plus(def.term()))
            .consecutiveTerms(consecutive)
            .decidedBy(by)
            .build());
  }

  /** Records the end of every term that has run its length by {@code asOf}, each once. */
  static void endTerms(Stamp stamp, Instant asOf) {
    for (RoleTenure t : stamp.state.roleTenures().values()) {
      Optional<MemberId> holder = t.holder();
      Optional<Instant> endsAt = t.termEndsAt();
      if (holder.isPresent() && endsAt.isPresent() && !asOf.isBefore(endsAt.get())) {
        endTerm(stamp, t.role(), holder.get(), endsAt.get(), RoleTermEnd.TERM_ENDED);
      }
    }
  }

  /** Records the end of a holder's term, for a reason. */
  private static void endTerm(
      Stamp stamp, RoleName role, MemberId holder, Instant endsAt, RoleTermEnd reason) {
    stamp.events.add(
        ImmutableRoleTermEnded.builder()
            .from(stamp.next())
            .role(role)
            .member(holder)
            .endsAt(endsAt)
            .reason(reason)
            .build());
  }

  /** When the next term ends; null when no role is held. */
  static @Nullable Instant nextDue(GroupState s) {
    Instant next = null;
    for (RoleTenure t : s.roleTenures().values()) {
      Optional<Instant> endsAt = t.termEndsAt();
      if (t.holder().isPresent() && endsAt.isPresent()) {
        if (next == null || endsAt.get().isBefore(next)) {
          next = endsAt.get();
        }
      }
    }
    return next;
  }

  /**
   * Why a member may not hold a role, or null if they may: active, a peer or (if the role allows)
   * an advisor, never a guest, and past their newcomer period unless the role allows newcomers.
   *
   * @param now the instant for the newcomer period; null to leave it unchecked
   */
  static @Nullable String ineligible(
      GroupState s, RoleDefinition def, MemberId id, @Nullable Instant now) {
    Member m = s.members().get(id);
    if (m == null) {
      return id + " is not a member of the group";
    }
    if (!m.isActive()) {
      return id + " has left the group";
    }
    if (m.standing() == Standing.GUEST) {
      return id + " is a guest; guests never hold roles";
    }
    if (m.standing() == Standing.ADVISOR && !def.advisorsEligible()) {
      return id
          + " is an advisor; advisors hold role "
          + def.name()
          + " only if the group allows it (advisorsEligible)";
    }
    if (now != null
        && !def.newcomersEligible()
        && m.isNewcomerAt(now, s.governance().newcomerPeriod())) {
      return id
          + " is a newcomer until "
          + m.joinedAt().plus(s.governance().newcomerPeriod())
          + "; role "
          + def.name()
          + " is not open to newcomers (newcomersEligible)";
    }
    return null;
  }

  /** The members who may hold a role, in the order they joined. */
  static List<MemberId> eligible(GroupState s, RoleDefinition def, @Nullable Instant now) {
    List<MemberId> out = new ArrayList<>();
    for (Member m : s.members().values()) {
      if (ineligible(s, def, m.id(), now) == null) {
        out.add(m.id());
      }
    }
    return out;
  }

  /**
   * Rotation's fallback when nobody stands: round robin (who held the role least recently, never
   * counting as least recently, ties to the earlier joiner) among the eligible members, or among
   * every active peer when none is eligible; the latest holder is left out at the consecutive-term
   * limit unless nobody else is a candidate.
   */
  static Optional<MemberId> fallback(GroupState s, RoleDefinition def, Instant now) {
    List<MemberId> pool = eligible(s, def, now);
    if (pool.isEmpty()) {
      for (Member m : s.members().values()) {
        if (m.isActivePeer()) {
          pool.add(m.id());
        }
      }
    }
    if (pool.isEmpty()) {
      return Optional.empty();
    }
    RoleTenure tenure = s.roleTenures().get(def.name());
    List<MemberId> candidates = pool;
    if (tenure != null && overLimit(s, def, tenure.lastHolder().orElse(null))) {
      List<MemberId> without = new ArrayList<>(pool);
      without.remove(tenure.lastHolder().orElseThrow());
      if (!without.isEmpty()) {
        candidates = without;
      }
    }
    MemberId best = candidates.get(0);
    long bestTerm = lastTerm(tenure, best);
    for (MemberId m : candidates) {
      long term = lastTerm(tenure, m);
      if (term < bestTerm) {
        best = m;
        bestTerm = term;
      }
    }
    return Optional.of(best);
  }

  private static long lastTerm(@Nullable RoleTenure tenure, MemberId m) {
    return tenure == null ? 0L : tenure.lastTerm().getOrDefault(m, 0L);
  }

  /** Whether a member has held the role as many terms in a row as the role allows. */
  private static boolean overLimit(GroupState s, RoleDefinition def, @Nullable MemberId member) {
    RoleTenure tenure = s.roleTenures().get(def.name());
    return member != null
        && tenure != null
        && tenure.lastHolder().equals(Optional.of(member))
        && tenure.consecutiveTerms() >= def.maxConsecutiveTerms();
  }

  /**
   * A role the group defines, with its open selection.
   *
   * @param def the role's definition
   * @param sel its selection
   */
  private record Selecting(RoleDefinition def, RoleSelection sel) {}

  /**
   * The role's definition and its open selection; null when the group defines no such role or no
   * selection of it is open ({@link #notSelecting} says which).
   */
  private static @Nullable Selecting selecting(GroupState s, RoleName role) {
    RoleDefinition def = s.governance().role(role).orElse(null);
    RoleSelection sel = s.selections().get(role);
    return def == null || sel == null ? null : new Selecting(def, sel);
  }

  /** Why {@link #selecting} found nothing: the role is unknown, or no selection of it is open. */
  private static Rejection notSelecting(GroupState s, RoleName role) {
    return s.governance().role(role).isEmpty() ? unknownRole(s, role) : noSelection(role);
  }

  private static Rejection unknownRole(GroupState s, RoleName role) {
    StringJoiner names = new StringJoiner(", ");
    s.governance().roles().forEach(r -> names.add(r.name().value()));
    return Rejections.invalid(
        "$.role: the group defines no role "
            + role
            + (names.length() == 0
                ? "; it defines none yet (GovernanceSettings.roles)"
                : "; its roles are " + names));
  }

  private static Rejection noSelection(RoleName role) {
    return Rejections.wrongState(
        "no selection of role " + role + " is open; open one first",
        SelectionStatus.NONE,
        SelectionStatus.NOMINATING,
        SelectionStatus.CHANGE_ROUND);
  }
}
