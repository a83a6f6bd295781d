package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peerled.core.command.AnswerPoll;
import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.BallotSecrecy;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.PollKind;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random sequences of poll commands, stances on a proposal with hidden or anonymous ballots, clock
 * moves, closes and deadline checks: the replay of the log equals the live state and a rejected
 * command changes nothing (both checked by {@link GroupFixture} at every step), no outsider's
 * answer counts, and the member view never shows a hidden ballot before the close, nor an anonymous
 * one.
 */
class PollsAndSecrecyPropertiesTest {
  private static final List<MemberId> PEOPLE = List.of(ALICE, BOB, CAROL, DANA, DR_EVANS, GUEST);
  private static final StanceKind[] STANCES = {
    StanceKind.AGREE, StanceKind.DISAGREE, StanceKind.ABSTAIN, StanceKind.CONCERN
  };

  private static final List<BallotSecrecy> SECRECY =
      List.of(BallotSecrecy.OPEN, BallotSecrecy.HIDDEN_UNTIL_CLOSE, BallotSecrecy.ANONYMOUS);
  private static final List<PollKind> KINDS =
      List.of(
          PollKind.SENSE_CHECK,
          PollKind.TIME,
          PollKind.SIMPLE_CHOICE,
          PollKind.RANKED_CHOICE,
          PollKind.SCORE);

  record Step(int action, int actor, int a, int b) {}

  record Case(int secrecy, boolean advisorsAnswer, int kind, List<Step> steps) {}

  private final Set<String> seen = new HashSet<>();

  static Gen<Step> steps() {
    return integers()
        .between(0, 6)
        .zip(
            integers().between(0, PEOPLE.size() - 1),
            integers().between(0, 3),
            integers().between(0, 6),
            Step::new);
  }

  static Gen<Case> cases() {
    return integers()
        .between(0, 2)
        .zip(
            integers().between(0, 1),
            integers().between(0, KINDS.size() - 1),
            lists().of(steps()).ofSizeBetween(5, 40),
            (s, adv, k, steps) -> new Case(s, adv == 1, k, steps));
  }

  @Test
  void should_keep_polls_and_secret_ballots_sound_over_random_sequences() {
    qt().withFixedSeed(20261203L).withExamples(200).forAll(cases()).checkAssert(this::run);

    assertThat(seen)
        .as("the random sequences exercise polls and secrecy")
        .contains(
            "answer accepted",
            "outsider refused",
            "poll closed",
            "hidden while open",
            "objection hidden");
  }

  private void run(Case c) {
    BallotSecrecy secrecy = SECRECY.get(c.secrecy());
    PollKind kind = KINDS.get(c.kind());
    GovernanceSettings g =
        GovernanceSettings.custom()
            .advisorsMayAnswerPolls(c.advisorsAnswer())
            .putProcedure(
                DecisionKind.LOGISTICS,
                DecisionProcedure.builder()
                    .from(DecisionProcedure.majority())
                    .ballots(secrecy)
                    .build())
            .build();
    GroupFixture f =
        GroupFixture.given(Groups.founded(g))
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
            .and(Groups.join(GUEST, Standing.GUEST, 1))
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
            .and(Groups.open(ALICE, "p1"))
            .and(
                Groups.openPoll(
                    BOB, "q", kind, Groups.START.plus(Duration.ofDays(5)), "Mon", "Wed", "Fri"));
    for (Step s : c.steps()) {
      GroupState before = f.state;
      if (s.action() == 3) {
        f.after(Duration.ofDays(s.a() + 1L));
      }
      GroupCommand command = command(s, kind);
      GroupFixture.Then then = f.when(command);
      if (command instanceof AnswerPoll) {
        Member m = before.members().get(command.actor());
        boolean outsider =
            m == null
                || m.standing() == Standing.GUEST
                || (m.standing() == Standing.ADVISOR && !c.advisorsAnswer());
        if (then.result().isAccepted()) {
          seen.add("answer accepted");
          assertThat(outsider).as("an outsider's answer counted: %s", command).isFalse();
        } else if (outsider) {
          seen.add("outsider refused");
        }
      }
      if (then.state().poll(PollId.of("q")).orElseThrow().closedAt().isPresent()) {
        seen.add("poll closed");
      }
      checkView(then.state(), secrecy);
    }
  }

  private void checkView(GroupState s, BallotSecrecy secrecy) {
    GroupState view = s.asSeenByMembers();
    for (Proposal p : s.activeProposals()) {
      Proposal seenP = view.proposal(p.id()).orElseThrow();
      assertThat(seenP.participants()).containsExactlyInAnyOrderElementsOf(p.participants());
      if (secrecy != BallotSecrecy.OPEN) {
        assertThat(seenP.stances()).as("a ballot readable before the close").isEmpty();
        assertThat(seenP.objections()).as("an objection naming its hidden author").isEmpty();
        if (!p.stances().isEmpty()) {
          seen.add("hidden while open");
        }
        if (!p.objections().isEmpty()) {
          seen.add("objection hidden");
        }
      }
    }
    for (Proposal p : s.pastProposals().values()) {
      if (secrecy == BallotSecrecy.ANONYMOUS) {
        assertThat(view.proposal(p.id()).orElseThrow().stances())
            .as("an anonymous ballot readable after the close")
            .isEmpty();
        assertThat(view.proposal(p.id()).orElseThrow().objections())
            .as("an anonymous objector named after the close")
            .isEmpty();
      }
    }
  }

  private static GroupCommand command(Step s, PollKind kind) {
    MemberId who = PEOPLE.get(s.actor());
    return switch (s.action()) {
      case 0 ->
          s.b() == 6
              ? Groups.object(who, "p1", "Tuesdays clash with my shifts.")
              : Groups.stance(who, "p1", STANCES[s.a()], "");
      case 1 ->
          kind == PollKind.SCORE
              ? Groups.score(who, "q", s.a(), s.b() % 6, (s.a() + s.b()) % 6)
              : Groups.answer(who, "q", s.a() % 3);
      case 2 -> Groups.answer(who, "q", s.a(), s.b());
      case 3 -> CheckDeadlines.builder().actor(who).build();
      case 4 -> Groups.closePoll(who, "q");
      case 5 -> Groups.close(who, "p1");
      default -> Groups.answer(who, "q", s.b() % 3);
    };
  }
}
