package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;
import static io.github.peerled.core.engine.Roles.REPRESENTATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.RoleTermStarted;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.leadership.RoleDefinition;
import io.github.peerled.core.leadership.RoleTenure;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random sequences of selections, nominations, decisions, other decisions and deadline checks keep
 * the promises of roles: a role never counts twice in a tally and gives no veto, only members who
 * may hold it ever hold it, one holder at a time, and every term ends.
 */
class RolesPropertiesTest {
  private static final List<MemberId> PEOPLE = List.of(ALICE, BOB, CAROL, DANA, DR_EVANS, GUEST);

  record Step(int action, int actor, int other, int days) {}

  record Case(boolean advisorsEligible, int maxTerms, List<Step> steps) {}

  private final Set<String> seen = new HashSet<>();
  private int proposals;

  static Gen<Step> steps() {
    return integers()
        .between(0, 6)
        .zip(
            integers().between(0, PEOPLE.size() - 1),
            integers().between(0, PEOPLE.size() - 1),
            integers().between(1, 120),
            Step::new);
  }

  static Gen<Case> cases() {
    return integers()
        .between(0, 1)
        .zip(
            integers().between(1, 2),
            lists().of(steps()).ofSizeBetween(5, 30),
            (adv, max, steps) -> new Case(adv == 1, max, steps));
  }

  @Test
  void should_keep_roles_to_duties_and_end_every_term_over_random_sequences() {
    qt().withFixedSeed(20261203L).withExamples(60).forAll(cases()).checkAssert(this::run);

    assertThat(seen)
        .as("the random sequences exercise selections, terms and tallies")
        .contains(
            "term started",
            "term ended",
            "holder in a tally",
            "outsider refused",
            "consecutive term");
  }

  private void run(Case c) {
    RoleDefinition role =
        RoleDefinition.builder()
            .from(Roles.representative())
            .advisorsEligible(c.advisorsEligible())
            .maxConsecutiveTerms(c.maxTerms())
            .build();
    GovernanceSettings g =
        Roles.withRoles(role)
            .patch()
            .putProcedure(DecisionKind.LOGISTICS, DecisionProcedure.majority())
            .build();
    GroupFixture f =
        GroupFixture.given(Groups.founded(g))
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
            .and(Groups.join(GUEST, Standing.GUEST, 1));
    for (Step s : c.steps()) {
      MemberId actor = PEOPLE.get(s.actor());
      MemberId other = PEOPLE.get(s.other());
      switch (s.action()) {
        case 0 -> f.when(Roles.openSelection(actor));
        case 1 -> {
          Member nominee = f.state.member(other).orElseThrow();
          boolean outsider =
              nominee.standing() == Standing.GUEST
                  || (nominee.standing() == Standing.ADVISOR && !c.advisorsEligible());
          boolean accepted = f.when(Roles.nominate(actor, other)).result().isAccepted();
          if (outsider) {
            assertThat(accepted)
                .as("%s nominated though they may not hold the role", other)
                .isFalse();
            seen.add("outsider refused");
          }
        }
        case 2 -> f.when(Roles.reveal(actor));
        case 3 -> decide(f, Roles.assign(other), other);
        case 4 -> {
          f.after(Duration.ofDays(s.days()));
          f.when(Roles.check(actor));
        }
        case 5 -> decide(f, Groups.logistics("Evening " + s.days()), null);
        default -> {
          // a whole selection of one member, so that a holder is often selected again
          f.when(Roles.openSelection(actor));
          f.when(Roles.nominate(actor, other));
          f.when(Roles.reveal(actor));
          decide(f, Roles.assign(other), other);
        }
      }
      checkHolder(f.state, c);
    }
    // a term always ends: after its length a deadline check leaves the role vacant
    f.after(Roles.TERM.plusDays(1));
    f.when(Roles.check(ALICE));
    assertThat(f.state.tenure(REPRESENTATIVE).flatMap(RoleTenure::holder))
        .as("a term that never ended")
        .isEmpty();
    assertThat(f.state.nextDeadline()).isEmpty();
  }

  /** Drafts, opens, has every active peer but the subject take a stance, and closes a proposal. */
  private void decide(
      GroupFixture f,
      io.github.peerled.core.decision.ProposalContent content,
      @Nullable MemberId subject) {
    proposals++;
    String id = "p" + proposals;
    if (!f.when(Groups.draft(ALICE, id, content)).result().isAccepted()
        || !f.when(Groups.open(ALICE, id)).result().isAccepted()) {
      return;
    }
    Optional<MemberId> holder = f.state.tenure(REPRESENTATIVE).flatMap(RoleTenure::holder);
    for (Member m : f.state.members().values()) {
      if (m.isActivePeer() && !m.id().equals(subject)) {
        StanceKind kind =
            holder.isPresent() && holder.get().equals(m.id()) && subject == null
                ? StanceKind.DISAGREE
                : StanceKind.AGREE;
        f.when(Groups.stance(m.id(), id, kind, "As I see it."));
      }
    }
    Proposal open = f.state.proposal(ProposalId.of(id)).orElseThrow();
    GroupFixture.Then then = f.when(Groups.close(ALICE, id));
    for (GroupEvent e : then.result().events()) {
      if (e instanceof ProposalDecided d) {
        Tally t = d.tally();
        int stances = t.agree() + t.concern() + t.abstain() + t.object() + t.disagree();
        assertThat(stances).as("every stance counted once").isEqualTo(t.participated());
        assertThat(t.participated()).as("nobody counts twice").isLessThanOrEqualTo(t.electorate());
        // nobody leaves here, so the electorate frozen at the opening is the one counted
        assertThat(t.electorate())
            .as("each member of the electorate counts once, a role holder too")
            .isEqualTo(open.electorate().size());
        assertThat(stances)
            .as("one stance counted per member who took one, a role holder too")
            .isEqualTo(
                (int)
                    open.currentStances().stream()
                        .map(Stance::member)
                        .filter(open.electorate()::contains)
                        .distinct()
                        .count());
        if (holder.isPresent() && subject == null) {
          seen.add("holder in a tally");
          // the holder disagreed alone: the majority still carries it, no veto
          assertThat(t.outcome()).isEqualTo(io.github.peerled.core.decision.Outcome.ADOPTED);
        }
      } else if (e instanceof RoleTermStarted started) {
        seen.add("term started");
        if (started.consecutiveTerms() > 1) {
          seen.add("consecutive term");
        }
      }
    }
  }

  private void checkHolder(GroupState s, Case c) {
    Optional<RoleTenure> tenure = s.tenure(REPRESENTATIVE);
    if (tenure.isEmpty()) {
      return;
    }
    if (tenure.get().holder().isEmpty()) {
      seen.add("term ended");
      return;
    }
    Member m = s.member(tenure.get().holder().get()).orElseThrow();
    assertThat(m.standing()).isNotEqualTo(Standing.GUEST);
    if (!c.advisorsEligible()) {
      assertThat(m.standing()).isNotEqualTo(Standing.ADVISOR);
    }
    // alice, bob and carol are always eligible, so the consecutive-term limit never gives way
    assertThat(tenure.get().consecutiveTerms()).isBetween(1, c.maxTerms());
  }
}
