package io.github.peerled.core.engine;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.NominationChanged;
import io.github.peerled.core.event.NominationMade;
import io.github.peerled.core.event.NominationsRevealed;
import io.github.peerled.core.event.RoleTermEnded;
import io.github.peerled.core.event.RoleTermStarted;
import io.github.peerled.core.event.SelectionOpened;
import io.github.peerled.core.leadership.RoleSelection;
import io.github.peerled.core.leadership.RoleTenure;
import io.github.peerled.core.leadership.RoleTermEnd;
import io.github.peerled.core.leadership.SelectionStatus;
import java.util.Optional;

/**
 * The part of {@link EventChecks} that checks the events of roles and their selections against the
 * state folded so far: peers open, nominate and reveal; each nominates once before the reveal; the
 * reveal shows the nominations made; a term starts by an adopted decision, lasts at least until it
 * is succeeded, and ends once. A failed check throws {@link IllegalStateException} with the reason,
 * before anything changes.
 */
final class SelectionEventChecks {
  private SelectionEventChecks() {}

  /** Whether this class checks the event. */
  static boolean covers(GroupEvent e) {
    return e instanceof SelectionOpened
        || e instanceof NominationMade
        || e instanceof NominationsRevealed
        || e instanceof NominationChanged
        || e instanceof RoleTermStarted
        || e instanceof RoleTermEnded;
  }

  static void check(FoldBuffer s, GroupEvent e) {
    if (e instanceof SelectionOpened o) {
      EventChecks.actor(s, e, EventChecks.Need.PEER, "open a selection");
      if (s.folded().selections().containsKey(o.role())) {
        throw EventChecks.fail("the selection of role " + o.role() + " is open already");
      }
    } else if (e instanceof NominationMade n) {
      EventChecks.actor(s, e, EventChecks.Need.PEER, "nominate");
      EventChecks.member(s, n.nominee(), EventChecks.Need.MEMBER, "be nominated");
      RoleSelection sel = selection(s, n.role());
      if (sel.status() != SelectionStatus.NOMINATING) {
        throw EventChecks.fail("the nominations for role " + n.role() + " were revealed already");
      }
      if (sel.nominations().containsKey(e.actor())) {
        throw EventChecks.fail(e.actor() + " nominated for role " + n.role() + " already");
      }
    } else if (e instanceof NominationsRevealed r) {
      EventChecks.actor(s, e, EventChecks.Need.PEER, "reveal nominations");
      RoleSelection sel = selection(s, r.role());
      if (sel.status() != SelectionStatus.NOMINATING) {
        throw EventChecks.fail("the nominations for role " + r.role() + " were revealed already");
      }
      if (!sel.nominations().equals(r.nominations())) {
        throw EventChecks.fail(
            "the reveal of role " + r.role() + " does not show the nominations made");
      }
    } else if (e instanceof NominationChanged n) {
      EventChecks.actor(s, e, EventChecks.Need.PEER, "nominate");
      EventChecks.member(s, n.nominee(), EventChecks.Need.MEMBER, "be nominated");
      RoleSelection sel = selection(s, n.role());
      if (sel.status() != SelectionStatus.CHANGE_ROUND) {
        throw EventChecks.fail("a nomination for role " + n.role() + " changed before the reveal");
      }
      if (!Optional.ofNullable(sel.nominations().get(e.actor())).equals(n.previous())) {
        throw EventChecks.fail(
            "the nomination " + e.actor() + " changed for role " + n.role() + " is not theirs");
      }
    } else if (e instanceof RoleTermStarted t) {
      EventChecks.actor(s, e, EventChecks.Need.PEER, "carry out a decision");
      if (!s.isAdopted(t.decidedBy())) {
        throw EventChecks.fail(
            "it carries out proposal " + t.decidedBy() + ", which the log never adopted");
      }
      EventChecks.member(s, t.member(), EventChecks.Need.MEMBER, "hold a role");
      selection(s, t.role());
      if (t.consecutiveTerms() < 1 || !t.endsAt().isAfter(e.at())) {
        throw EventChecks.fail("a term in role " + t.role() + " that is over before it starts");
      }
      RoleTenure before = s.folded().roleTenures().get(t.role());
      if (before != null && before.holder().isPresent()) {
        throw EventChecks.fail(
            "a term in role " + t.role() + " starts while " + before.holder().get() + "'s runs");
      }
    } else if (e instanceof RoleTermEnded x) {
      RoleTenure t = s.folded().roleTenures().get(x.role());
      if (t == null
          || !t.holder().equals(Optional.of(x.member()))
          || !t.termEndsAt().equals(Optional.of(x.endsAt()))) {
        throw EventChecks.fail(
            "it ends a term of " + x.member() + " in role " + x.role() + " that is not running");
      }
      if (x.reason() == RoleTermEnd.TERM_ENDED && e.at().isBefore(x.endsAt())) {
        throw EventChecks.fail(
            "the term of " + x.member() + " in role " + x.role() + " ended before " + x.endsAt());
      }
    }
  }

  private static RoleSelection selection(
      FoldBuffer s, io.github.peerled.core.leadership.RoleName role) {
    RoleSelection sel = s.folded().selections().get(role);
    if (sel == null) {
      throw EventChecks.fail("no selection of role " + role + " is open");
    }
    return sel;
  }
}
