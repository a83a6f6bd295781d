package io.github.peerled.core.engine;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.NominationChanged;
import io.github.peerled.core.event.NominationMade;
import io.github.peerled.core.event.NominationsRevealed;
import io.github.peerled.core.event.RoleTermEnded;
import io.github.peerled.core.event.RoleTermStarted;
import io.github.peerled.core.event.SelectionOpened;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.leadership.ImmutableRoleSelection;
import io.github.peerled.core.leadership.ImmutableRoleTenure;
import io.github.peerled.core.leadership.RoleName;
import io.github.peerled.core.leadership.RoleSelection;
import io.github.peerled.core.leadership.RoleTenure;
import io.github.peerled.core.leadership.SelectionStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The folds of a role's selection and terms: opened, nominated, revealed, changed; a term started
 * (closing the selection) and ended. They change the group's selections and role tenures and
 * nothing else. {@link Evolver} dispatches to them after {@link SelectionEventChecks} has checked
 * the event.
 *
 * <p>Not thread-safe: confined to the thread that folds, with the buffer it is given.
 */
final class SelectionFolds {
  private SelectionFolds() {}

  /**
   * Folds one of this topic's events into the buffer.
   *
   * @return false if the event is not one of this topic's, and nothing was folded
   */
  static boolean fold(FoldBuffer buffer, GroupEvent event) {
    if (event instanceof SelectionOpened so) {
      selectionOpened(buffer, so);
    } else if (event instanceof NominationMade nm) {
      nominationMade(buffer, nm);
    } else if (event instanceof NominationsRevealed nr) {
      nominationsRevealed(buffer, nr);
    } else if (event instanceof NominationChanged nc) {
      nominationChanged(buffer, nc);
    } else if (event instanceof RoleTermStarted ts) {
      roleTermStarted(buffer, ts);
    } else if (event instanceof RoleTermEnded te) {
      roleTermEnded(buffer, te);
    } else {
      return false;
    }
    return true;
  }

  static void selectionOpened(FoldBuffer buffer, SelectionOpened o) {
    putSelection(
        buffer,
        ImmutableRoleSelection.builder()
            .role(o.role())
            .openedBy(o.actor())
            .openedAt(o.at())
            .status(SelectionStatus.NOMINATING)
            .build());
  }

  static void nominationMade(FoldBuffer buffer, NominationMade n) {
    nominate(buffer, n.role(), n.actor(), n.nominee());
  }

  static void nominationChanged(FoldBuffer buffer, NominationChanged n) {
    nominate(buffer, n.role(), n.actor(), n.nominee());
  }

  static void nominationsRevealed(FoldBuffer buffer, NominationsRevealed r) {
    RoleSelection sel = selection(buffer, r.role());
    putSelection(
        buffer,
        ImmutableRoleSelection.copyOf(sel)
            .withStatus(SelectionStatus.CHANGE_ROUND)
            .withFallback(r.fallback()));
  }

  static void roleTermStarted(FoldBuffer buffer, RoleTermStarted t) {
    ImmutableGroupState s = buffer.published();
    RoleTenure before = s.roleTenures().get(t.role());
    long ordinal = (before == null ? 0 : before.terms()) + 1;
    Map<MemberId, Long> lastTerm = new LinkedHashMap<>();
    if (before != null) {
      lastTerm.putAll(before.lastTerm());
    }
    lastTerm.put(t.member(), ordinal);
    RoleTenure after =
        ImmutableRoleTenure.builder()
            .role(t.role())
            .holder(t.member())
            .termEndsAt(t.endsAt())
            .lastHolder(t.member())
            .consecutiveTerms(t.consecutiveTerms())
            .lastTerm(lastTerm)
            .terms(ordinal)
            .build();
    Map<RoleName, RoleTenure> tenures = new LinkedHashMap<>(s.roleTenures());
    tenures.put(t.role(), after);
    Map<RoleName, RoleSelection> selections = new LinkedHashMap<>(s.selections());
    selections.remove(t.role());
    buffer.publish(s.withRoleTenures(tenures).withSelections(selections));
  }

  static void roleTermEnded(FoldBuffer buffer, RoleTermEnded e) {
    ImmutableGroupState s = buffer.published();
    RoleTenure before = tenure(buffer, e.role());
    Map<RoleName, RoleTenure> tenures = new LinkedHashMap<>(s.roleTenures());
    tenures.put(
        e.role(),
        ImmutableRoleTenure.copyOf(before)
            .withHolder(Optional.empty())
            .withTermEndsAt(Optional.empty()));
    buffer.publish(s.withRoleTenures(tenures));
  }

  static RoleSelection selection(FoldBuffer buffer, RoleName role) {
    RoleSelection sel = buffer.published().selections().get(role);
    if (sel == null) {
      throw new IllegalStateException("no selection of role " + role + " is open");
    }
    return sel;
  }

  static RoleTenure tenure(FoldBuffer buffer, RoleName role) {
    RoleTenure t = buffer.published().roleTenures().get(role);
    if (t == null) {
      throw new IllegalStateException("nobody ever held role " + role);
    }
    return t;
  }

  private static void nominate(FoldBuffer buffer, RoleName role, MemberId by, MemberId nominee) {
    RoleSelection sel = selection(buffer, role);
    Map<MemberId, MemberId> nominations = new LinkedHashMap<>(sel.nominations());
    nominations.put(by, nominee);
    List<MemberId> nominators = new ArrayList<>(sel.nominators());
    if (!nominators.contains(by)) {
      nominators.add(by);
    }
    putSelection(
        buffer,
        ImmutableRoleSelection.copyOf(sel).withNominations(nominations).withNominators(nominators));
  }

  private static void putSelection(FoldBuffer buffer, RoleSelection sel) {
    ImmutableGroupState s = buffer.published();
    Map<RoleName, RoleSelection> selections = new LinkedHashMap<>(s.selections());
    selections.put(sel.role(), sel);
    buffer.publish(s.withSelections(selections));
  }
}
