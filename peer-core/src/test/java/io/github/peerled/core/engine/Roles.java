package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.NominateForRole;
import io.github.peerled.core.command.OpenSelection;
import io.github.peerled.core.command.RevealNominations;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ImmutableLeadershipChange;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.leadership.RoleAssignment;
import io.github.peerled.core.leadership.RoleDefinition;
import io.github.peerled.core.leadership.RoleName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Commands and settings for the roles a group defines, for the tests of selections and terms. */
final class Roles {
  private Roles() {}

  static final RoleName REPRESENTATIVE = RoleName.of("representative");
  static final Duration TERM = Duration.ofDays(90);

  static RoleDefinition representative() {
    return RoleDefinition.builder()
        .name(REPRESENTATIVE)
        .duties("Speaks for the group at the knowledge network's monthly call.")
        .term(TERM)
        .build();
  }

  static GovernanceSettings withRoles(RoleDefinition... roles) {
    return GovernanceSettings.custom().addRoles(roles).build();
  }

  static GroupCommand openSelection(MemberId who) {
    return OpenSelection.builder().actor(who).role(REPRESENTATIVE).build();
  }

  static GroupCommand nominate(MemberId who, MemberId nominee) {
    return NominateForRole.builder().actor(who).role(REPRESENTATIVE).nominee(nominee).build();
  }

  static GroupCommand reveal(MemberId who) {
    return RevealNominations.builder().actor(who).role(REPRESENTATIVE).build();
  }

  static GroupCommand check(MemberId who) {
    return CheckDeadlines.builder().actor(who).build();
  }

  static ProposalContent assign(MemberId member) {
    return ImmutableLeadershipChange.builder()
        .assignment(RoleAssignment.of(REPRESENTATIVE, member))
        .build();
  }

  /**
   * Drafts, opens, has the founders and dana (but not the one it is about) agree to, and closes an
   * assignment of the representative role to a member.
   */
  static List<GroupCommand> selected(String id, MemberId member) {
    List<GroupCommand> out = new ArrayList<>();
    out.add(Groups.draft(ALICE, id, assign(member)));
    out.add(Groups.open(ALICE, id));
    for (MemberId m : List.of(ALICE, BOB, CAROL, Groups.DANA)) {
      if (!m.equals(member)) {
        out.add(Groups.stance(m, id, StanceKind.AGREE, ""));
      }
    }
    out.add(Groups.close(ALICE, id));
    return out;
  }

  /** A full selection of a member: opened, nominated by alice, revealed, decided. */
  static List<GroupCommand> selectionOf(String id, MemberId member) {
    List<GroupCommand> out = new ArrayList<>();
    out.add(openSelection(ALICE));
    out.add(nominate(ALICE, member));
    out.add(reveal(ALICE));
    out.addAll(selected(id, member));
    return out;
  }
}
