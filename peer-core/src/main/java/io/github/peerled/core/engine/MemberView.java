package io.github.peerled.core.engine;

import io.github.peerled.core.decision.BallotSecrecy;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.ImmutableProposal;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.leadership.ImmutableRoleSelection;
import io.github.peerled.core.leadership.RoleName;
import io.github.peerled.core.leadership.RoleSelection;
import io.github.peerled.core.leadership.SelectionStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state as members may read it: the ballots of proposals whose procedure hides them are left
 * out, their participation kept ({@link Proposal#hiddenStances()}). Under {@link
 * BallotSecrecy#HIDDEN_UNTIL_CLOSE} the stances of a draft or open proposal are hidden, those of a
 * finished one shown; under {@link BallotSecrecy#ANONYMOUS} they are always hidden, and the tally
 * alone says how the group stood. The objections go with the stances: each names its author, so it
 * would tell who objected; a proposal whose ballots are hidden shows none (the group's own state
 * keeps them, and their authors still integrate or withdraw them by number). The nominations of a
 * selection are hidden until the reveal, who has nominated kept ({@link
 * RoleSelection#nominators()}).
 */
final class MemberView {
  private MemberView() {}

  static GroupState of(GroupState s) {
    boolean changed = false;
    List<Proposal> active = new ArrayList<>(s.activeProposals().size());
    for (Proposal p : s.activeProposals()) {
      Proposal seen = hidden(p, true);
      changed |= seen != p;
      active.add(seen);
    }
    Map<ProposalId, Proposal> past = new LinkedHashMap<>();
    for (Map.Entry<ProposalId, Proposal> e : s.pastProposals().entrySet()) {
      Proposal seen = hidden(e.getValue(), false);
      changed |= seen != e.getValue();
      past.put(e.getKey(), seen);
    }
    Map<RoleName, RoleSelection> selections = new LinkedHashMap<>();
    boolean hidesNominations = false;
    for (Map.Entry<RoleName, RoleSelection> e : s.selections().entrySet()) {
      RoleSelection sel = e.getValue();
      if (sel.status() == SelectionStatus.NOMINATING && !sel.nominations().isEmpty()) {
        sel = ImmutableRoleSelection.copyOf(sel).withNominations(Map.of());
        hidesNominations = true;
      }
      selections.put(e.getKey(), sel);
    }
    if (!changed && !hidesNominations) {
      return s;
    }
    ImmutableGroupState seen = ImmutableGroupState.copyOf(s);
    if (changed) {
      seen = seen.withActiveProposals(active).withPastProposals(past);
    }
    return hidesNominations ? seen.withSelections(selections) : seen;
  }

  private static Proposal hidden(Proposal p, boolean underWay) {
    Optional<DecisionProcedure> procedure = p.procedure();
    if (procedure.isEmpty() || p.stances().isEmpty()) {
      return p;
    }
    BallotSecrecy secrecy = procedure.get().ballots();
    boolean hide =
        secrecy == BallotSecrecy.ANONYMOUS
            || (secrecy == BallotSecrecy.HIDDEN_UNTIL_CLOSE && underWay);
    if (!hide) {
      return p;
    }
    return ImmutableProposal.copyOf(p)
        .withHiddenStances(p.participants())
        .withStances(List.of())
        .withObjections(List.of());
  }
}
