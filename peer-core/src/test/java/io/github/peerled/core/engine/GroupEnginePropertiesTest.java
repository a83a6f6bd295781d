package io.github.peerled.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.command.StartSession;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.Objection;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.event.DeadlineExtended;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.event.GuidelineVersionScheduled;
import io.github.peerled.core.event.ObjectionIntegrated;
import io.github.peerled.core.event.ObjectionWithdrawn;
import io.github.peerled.core.event.ProposalClosingSoon;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalExpired;
import io.github.peerled.core.event.ProposalOpened;
import io.github.peerled.core.event.ProposalRevised;
import io.github.peerled.core.event.ReviewDue;
import io.github.peerled.core.event.SessionStarted;
import io.github.peerled.core.event.StanceTaken;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.leadership.LeadershipState;
import io.github.peerled.core.leadership.RotationPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Stateful properties: random command sequences against the engine, with invariants checked after
 * every step. The seed is fixed, so a failure reproduces; QuickTheories shrinks it to a short
 * sequence.
 */
class GroupEnginePropertiesTest {
  private static final long SEED = 20260105L;

  /** How often something happened across all runs, so that the properties are not vacuous. */
  private final Map<Kind, Integer> seen = new EnumMap<>(Kind.class);

  private enum Kind {
    ACCEPTED,
    REJECTED,
    DECIDED,
    ADOPTED,
    QUORUM_NOT_MET,
    NEW_VERSION,
    SESSION_STARTED,
    LIMIT_GAVE_WAY,
    OUTSIDER_REFUSED,
    CLOSING_SOON,
    EXPIRED,
    REVIEW_DUE,
    DISAGREE_TAKEN,
    DISAGREE_REFUSED,
    REVISED,
    OBJECTION_RESOLVED,
    DEADLINE_EXTENDED,
    VERSION_SCHEDULED,
    VERSION_REVIEW_DUE
  }

  private void saw(Kind k) {
    seen.merge(k, 1, Integer::sum);
  }

  @Test
  void should_keep_every_invariant_over_random_command_sequences() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .withShrinkCycles(200)
        .forAll(RandomGroups.scenarios(20, 80))
        .checkAssert(
            sc -> {
              GroupFixture f = RandomGroups.run(sc, this::checkStep);
              assertThat(f.engine.replay(Groups.GROUP, f.log))
                  .as("replay of the whole log equals the live state")
                  .isEqualTo(f.state);
            });

    assertThat(seen).as("the random sequences exercise the engine").containsKeys(Kind.values());
    assertThat(seen.get(Kind.DECIDED)).isGreaterThan(100);
    assertThat(seen.get(Kind.NEW_VERSION)).isGreaterThan(20);
    assertThat(seen.get(Kind.SESSION_STARTED)).isGreaterThan(100);
  }

  private void checkStep(RandomGroups.StepResult step) {
    GroupState before = step.before();
    GroupState after = step.fixture().state;
    CommandResult result = step.result();
    Instant now = step.fixture().clock.instant();

    if (!result.isAccepted()) {
      saw(Kind.REJECTED);
      assertThat(result.events()).isEmpty();
      assertThat(after).as("a rejected command changes nothing").isSameAs(before);
      Standing standing = before.member(step.command().actor()).map(Member::standing).orElse(null);
      if ((standing == Standing.ADVISOR || standing == Standing.GUEST)
          && result.rejection().orElseThrow().message().contains("advisors and guests")) {
        saw(Kind.OUTSIDER_REFUSED);
      }
      if (step.command() instanceof TakeStance t
          && t.kind() == StanceKind.DISAGREE
          && result.rejection().orElseThrow().message().contains("does not count votes")) {
        DecisionMethod method =
            before.proposal(t.proposalId()).flatMap(Proposal::procedure).orElseThrow().method();
        assertThat(method)
            .as("a plain disagree is refused only where votes are not counted")
            .isIn(DecisionMethod.CONSENT, DecisionMethod.CONSENSUS, DecisionMethod.ADVICE_PROCESS);
        saw(Kind.DISAGREE_REFUSED);
      }
      return;
    }
    saw(Kind.ACCEPTED);

    GroupState s = before;
    for (GroupEvent e : result.events()) {
      assertThat(e.sequence()).as("events are numbered on").isEqualTo(s.version() + 1);
      assertThat(e.groupId()).isEqualTo(Groups.GROUP);
      assertThat(e.at()).isEqualTo(now);
      checkEvent(s, step, e, now);
      s = step.fixture().engine.evolve(s, e);
    }
    assertThat(s).isEqualTo(after);

    checkGuidelinesNeverLost(before, after);
    assertThat(after.pendingReviews())
        .as("a review is pending once, never twice")
        .doesNotHaveDuplicates();
    if (step.command() instanceof CheckDeadlines check) {
      checkDeadlinesOnce(step, check, now);
    }
    if (after.version() % 7 == 0) {
      assertThat(step.fixture().engine.replay(Groups.GROUP, step.fixture().log))
          .as("replay of the log so far equals the live state")
          .isEqualTo(after);
    }
  }

  private void checkEvent(GroupState s, RandomGroups.StepResult step, GroupEvent e, Instant now) {
    if (e instanceof StanceTaken t) {
      Member m = s.member(t.actor()).orElseThrow();
      assertThat(m.isActivePeer()).as("only active peers take stances: %s", m).isTrue();
      Proposal p = s.proposal(t.proposalId()).orElseThrow();
      assertThat(p.electorate()).contains(t.actor());
      if (t.kind() == StanceKind.DISAGREE) {
        assertThat(p.procedure().orElseThrow().method())
            .as("a plain disagree is taken only where votes are counted")
            .isIn(DecisionMethod.MAJORITY, DecisionMethod.SUPERMAJORITY);
        saw(Kind.DISAGREE_TAKEN);
      }
    } else if (e instanceof ProposalOpened o) {
      Proposal p = s.proposal(o.proposalId()).orElseThrow();
      for (MemberId id : o.electorate()) {
        Member m = s.member(id).orElseThrow();
        assertThat(m.isActivePeer())
            .as("no advisor, guest or former member in an electorate: %s", m)
            .isTrue();
      }
      for (MemberId subject : p.content().subjects()) {
        assertThat(o.electorate()).doesNotContain(subject);
      }
      Set<MemberId> everyPeer = new HashSet<>();
      for (Member m : s.members().values()) {
        if (m.isActivePeer() && !p.content().subjects().contains(m.id())) {
          everyPeer.add(m.id());
        }
      }
      assertThat(o.electorate()).containsExactlyInAnyOrderElementsOf(everyPeer);
    } else if (e instanceof ProposalDecided d) {
      checkTally(s.proposal(d.proposalId()).orElseThrow(), step, d.tally());
    } else if (e instanceof GuidelineVersionAdopted g) {
      saw(Kind.NEW_VERSION);
      assertThat(g.version().number())
          .as("guideline versions go up by one")
          .isEqualTo(s.guidelines().currentNumber() + 1);
      if (step.command() instanceof CheckDeadlines) {
        assertThat(s.scheduledGuidelines())
            .as("a deadline check adopts the scheduled version")
            .contains(g.version());
        assertThat(g.version().effectiveAt()).isBeforeOrEqualTo(asOf(step, now));
      } else {
        assertThat(g.version().effectiveAt()).isEqualTo(now);
      }
    } else if (e instanceof GuidelineVersionScheduled g) {
      saw(Kind.VERSION_SCHEDULED);
      assertThat(s.scheduledGuidelines()).as("one version is scheduled at a time").isEmpty();
      assertThat(g.version().number()).isEqualTo(s.guidelines().currentNumber() + 1);
      assertThat(g.version().effectiveAt()).isAfter(now);
    } else if (e instanceof ProposalRevised r) {
      saw(Kind.REVISED);
      Proposal p = s.proposal(r.proposalId()).orElseThrow();
      assertThat(p.statusAt(now)).isEqualTo(ProposalStatus.OPEN);
      assertThat(r.revision()).isEqualTo(p.revision() + 1);
      assertThat(s.member(r.actor()).orElseThrow().isActivePeer()).as("only peers revise").isTrue();
      if (!p.procedure().orElseThrow().anyPeerMayRevise()) {
        assertThat(r.actor()).isEqualTo(p.proposer());
      }
      assertThat(r.content().decisionKind()).isEqualTo(p.content().decisionKind());
      assertThat(r.content().subjects()).isEqualTo(p.content().subjects());
    } else if (e instanceof ObjectionIntegrated || e instanceof ObjectionWithdrawn) {
      saw(Kind.OBJECTION_RESOLVED);
      ProposalId id =
          e instanceof ObjectionIntegrated i
              ? i.proposalId()
              : ((ObjectionWithdrawn) e).proposalId();
      ObjectionId number =
          e instanceof ObjectionIntegrated i ? i.objection() : ((ObjectionWithdrawn) e).objection();
      Objection o = s.proposal(id).orElseThrow().objection(number).orElseThrow();
      assertThat(o.author()).as("only its author resolves an objection").isEqualTo(e.actor());
      assertThat(o.isOpen()).isTrue();
    } else if (e instanceof DeadlineExtended x) {
      saw(Kind.DEADLINE_EXTENDED);
      Proposal p = s.proposal(x.proposalId()).orElseThrow();
      assertThat(p.deadlineExtendedTo()).as("a deadline moves once").isEmpty();
      DecisionProcedure procedure = p.procedure().orElseThrow();
      assertThat(now).isAfterOrEqualTo(x.previousDeadline().minus(procedure.lateQuorumWindow()));
      assertThat(x.deadline())
          .isEqualTo(x.previousDeadline().plus(procedure.lateQuorumExtension()));
    } else if (e instanceof SessionStarted st) {
      saw(Kind.SESSION_STARTED);
      checkFacilitator(s, (StartSession) step.command(), st, now);
    } else if (e instanceof ProposalClosingSoon cs) {
      saw(Kind.CLOSING_SOON);
      Proposal p = s.proposal(cs.proposalId()).orElseThrow();
      assertThat(p.statusAt(asOf(step, now)))
          .as("only an open proposal closes soon")
          .isEqualTo(ProposalStatus.OPEN);
      assertThat(cs.undecided()).isEqualTo(s.undecided(p.id()));
    } else if (e instanceof ProposalExpired x) {
      saw(Kind.EXPIRED);
      Proposal p = s.proposal(x.proposalId()).orElseThrow();
      assertThat(p.statusAt(asOf(step, now)))
          .as("only a lapsed proposal expires")
          .isEqualTo(ProposalStatus.EXPIRED);
      assertThat(p.tally()).isEmpty();
      assertThat(x.undecided()).isEqualTo(s.undecided(p.id()));
    } else if (e instanceof ReviewDue r) {
      saw(Kind.REVIEW_DUE);
      assertThat(s.pendingReviews()).contains(r.review());
      assertThat(r.review().dueAt()).isBeforeOrEqualTo(asOf(step, now));
      if (r.review().version().isPresent()) {
        saw(Kind.VERSION_REVIEW_DUE);
        GuidelineVersion inForce = s.guidelinesInForce().orElseThrow();
        assertThat(r.review().version())
            .as("a version reviewed is in force")
            .contains(inForce.number());
        assertThat(inForce.reviewAt()).contains(r.review().dueAt());
      }
    }
  }

  /** The instant a deadline check checks at. */
  private static Instant asOf(RandomGroups.StepResult step, Instant now) {
    return ((CheckDeadlines) step.command()).asOf().orElse(now);
  }

  /**
   * After an accepted deadline check, nothing due by its instant is left unrecorded: the same check
   * again is refused and changes nothing, and the next deadline lies after its instant.
   */
  private static void checkDeadlinesOnce(
      RandomGroups.StepResult step, CheckDeadlines check, Instant now) {
    GroupState after = step.fixture().state;
    Instant asOf = check.asOf().orElse(now);
    GroupEngine.Applied again = step.fixture().engine.apply(after, check);
    assertThat(again.result().rejection())
        .as("the same deadline check twice records nothing new")
        .isPresent();
    assertThat(again.state()).isSameAs(after);
    after.nextDeadline().ifPresent(next -> assertThat(next).as("the next deadline").isAfter(asOf));
  }

  private void checkTally(Proposal p, RandomGroups.StepResult step, Tally tally) {
    saw(Kind.DECIDED);
    assertThat(p.stances().stream().map(Stance::member).toList())
        .as("every stance recorded belongs to the electorate")
        .isSubsetOf(p.electorate());
    for (MemberId m : p.stances().stream().map(Stance::member).toList()) {
      assertThat(step.before().member(m).orElseThrow().standing())
          .as("no advisor or guest stance counts")
          .isNotIn(Standing.ADVISOR, Standing.GUEST);
    }
    List<MemberId> counted = new ArrayList<>();
    for (MemberId m : p.electorate()) {
      if (step.before().member(m).orElseThrow().isActivePeer()) {
        counted.add(m); // standing at the close counts: who left or was made an outsider does not
      }
    }
    Map<MemberId, Stance> current = new java.util.HashMap<>();
    for (Stance st : p.stances()) {
      if (st.revision() == p.revision()) {
        current.put(st.member(), st); // only the stances on the current revision count
      }
    }
    int openObjections = 0;
    for (Objection o : p.objections()) {
      if (o.isOpen() && counted.contains(o.author())) {
        openObjections++;
      }
    }
    Expected expected =
        Expected.of(
            p.procedure().orElseThrow(),
            counted,
            current,
            ((CloseProposal) step.command()).adopt(),
            openObjections);
    assertThat(tally.electorate()).isEqualTo(counted.size());
    assertThat(tally.agree()).isEqualTo(expected.agree);
    assertThat(tally.concern()).isEqualTo(expected.concern);
    assertThat(tally.abstain()).isEqualTo(expected.abstain);
    assertThat(tally.object()).isEqualTo(expected.object);
    assertThat(tally.disagree()).isEqualTo(expected.disagree);
    assertThat(tally.silent()).isEqualTo(expected.silent);
    assertThat(tally.participated()).isEqualTo(expected.participated);
    assertThat(tally.quorumRequired()).as("quorum required").isEqualTo(expected.quorumRequired);
    assertThat(tally.quorumMet()).isEqualTo(expected.quorumMet);
    assertThat(tally.outcome()).as(tally.explanation()).isEqualTo(expected.outcome);
    if (!tally.quorumMet()) {
      saw(Kind.QUORUM_NOT_MET);
    }
    if (tally.outcome() == Outcome.ADOPTED) {
      saw(Kind.ADOPTED);
    }
  }

  private void checkFacilitator(GroupState s, StartSession start, SessionStarted st, Instant now) {
    RotationPolicy policy = s.governance().rotation();
    Set<MemberId> present = new HashSet<>(start.attendees());
    List<MemberId> eligible = new ArrayList<>();
    List<MemberId> everyPeer = new ArrayList<>();
    for (Member m : s.members().values()) {
      if (!m.isActivePeer() || (!present.isEmpty() && !present.contains(m.id()))) {
        continue;
      }
      everyPeer.add(m.id());
      boolean inNewcomerPeriod =
          m.standing() == Standing.NEWCOMER
              && now.isBefore(m.joinedAt().plus(s.governance().newcomerPeriod()));
      if (policy.newcomersEligible() || !inNewcomerPeriod) {
        eligible.add(m.id());
      }
    }
    List<MemberId> pool = eligible.isEmpty() ? everyPeer : eligible;
    assertThat(pool)
        .as("the facilitator is an active peer who is present")
        .contains(st.facilitator());
    st.coFacilitator().ifPresent(co -> assertThat(everyPeer).contains(co));

    LeadershipState l = s.leadership();
    boolean again = l.lastFacilitator().map(st.facilitator()::equals).orElse(false);
    if (again && l.streak() >= policy.maxConsecutiveTurns()) {
      saw(Kind.LIMIT_GAVE_WAY);
      assertThat(pool)
          .as(
              "%s facilitated %s sessions in a row (limit %s) although others were eligible",
              st.facilitator(), l.streak() + 1, policy.maxConsecutiveTurns())
          .containsOnly(st.facilitator());
    }
  }

  private static void checkGuidelinesNeverLost(GroupState before, GroupState after) {
    List<GuidelineVersion> old = before.guidelines().versions();
    List<GuidelineVersion> now = after.guidelines().versions();
    assertThat(now.size()).isBetween(old.size(), old.size() + 1);
    assertThat(now.subList(0, old.size())).as("no version is ever lost").isEqualTo(old);
    for (int i = 0; i < now.size(); i++) {
      assertThat(now.get(i).number()).isEqualTo(i + 1);
    }
  }

  /** The tally as the rules state it, computed independently of {@link Tally#count}. */
  private static final class Expected {
    int agree;
    int concern;
    int abstain;
    int object;
    int disagree;
    int silent;
    int participated;
    int quorumRequired;
    boolean quorumMet;
    Outcome outcome = Outcome.NOT_ADOPTED;

    static Expected of(
        DecisionProcedure p,
        List<MemberId> electorate,
        Map<MemberId, Stance> stances,
        Optional<Boolean> proposerDecision,
        int openObjections) {
      Expected x = new Expected();
      for (MemberId m : electorate) {
        Stance st = stances.get(m);
        if (st == null) {
          x.silent++;
          continue;
        }
        switch (st.kind()) {
          case AGREE -> x.agree++;
          case CONCERN -> x.concern++;
          case ABSTAIN -> x.abstain++;
          case OBJECT -> x.object++;
          case DISAGREE -> x.disagree++;
        }
      }
      int n = electorate.size();
      x.participated = p.silenceIsConsent() ? n : n - x.silent;
      x.quorumRequired = ceil(p.quorum(), n);
      x.quorumMet = x.participated > 0 && x.participated >= x.quorumRequired;
      int yes = x.agree + x.concern + (p.silenceIsConsent() ? x.silent : 0);
      int no = x.object + x.disagree;
      boolean adopted =
          x.quorumMet
              && switch (p.method()) {
                case CONSENT -> no == 0 && openObjections == 0;
                case CONSENSUS -> no == 0 && yes > 0 && openObjections == 0;
                case MAJORITY ->
                    yes > no
                        || (yes == no
                            && yes > 0
                            && p.tieRule() == io.github.peerled.core.decision.TieRule.ADOPTED);
                case SUPERMAJORITY -> yes + no > 0 && yes >= ceil(p.threshold(), yes + no);
                case ADVICE_PROCESS -> proposerDecision.orElse(false);
              };
      x.outcome = adopted ? Outcome.ADOPTED : Outcome.NOT_ADOPTED;
      return x;
    }

    /** The smallest whole number at least {@code fraction * n}, in decimal arithmetic. */
    private static int ceil(double fraction, int n) {
      return BigDecimal.valueOf(fraction)
          .multiply(BigDecimal.valueOf(n))
          .setScale(0, RoundingMode.CEILING)
          .intValueExact();
    }
  }
}
