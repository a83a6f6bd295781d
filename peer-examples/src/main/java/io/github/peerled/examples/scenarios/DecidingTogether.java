package io.github.peerled.examples.scenarios;

import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.IntegrateObjection;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.ReviseProposal;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.BallotSecrecy;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.MembershipChange;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.AddClause;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of the demo's story about deciding together: an objection integrated by a revision
 * instead of stopping the proposal, and a decision about a member taken with stances hidden from
 * the members until the close. Not thread-safe: it tells through the story's {@link Telling}.
 */
final class DecidingTogether {
  private final Telling telling;

  DecidingTogether(Telling telling) {
    this.telling = telling;
  }

  /**
   * The founders' settings: the defaults, except that a decision about a member is taken with
   * stances hidden from the members until the close.
   */
  static GovernanceSettings governance() {
    return GovernanceSettings.custom()
        .putProcedure(
            DecisionKind.MEMBERSHIP,
            DecisionProcedure.builder()
                .from(DecisionProcedure.consent())
                .ballots(BallotSecrecy.HIDDEN_UNTIL_CLOSE)
                .build())
        .build();
  }

  /** The clause a guideline amendment adds after "everyone-counts". */
  static GuidelineAmendment addAfterEveryoneCounts(String id, String text) {
    return GuidelineAmendment.builder()
        .baseVersion(1)
        .addChange(
            AddClause.builder()
                .clause(Clause.of(id, text))
                .after(ClauseId.of("everyone-counts"))
                .build())
        .build();
  }

  /**
   * Bob's objection to the open proposal is integrated: its proposer revises it, Bob says the
   * revision integrates his objection and agrees, and those who agreed to the first revision
   * reconfirm.
   */
  void integrateObjection(ProposalId p, MemberId proposer, List<MemberId> reconfirming) {
    MemberId bob = DiabetesGroupStory.BOB;
    String clause = "The facilitator invites those who have not spoken yet; anyone may pass.";
    telling.apply(
        ReviseProposal.builder()
            .actor(proposer)
            .proposalId(p)
            .content(addAfterEveryoneCounts("quiet-voices", clause))
            .addAddresses(ObjectionId.of(1))
            .build(),
        s ->
            telling.tell(
                telling.name(proposer)
                    + " revises it to address objection 1 (revision "
                    + s.proposal(p).orElseThrow().revision()
                    + "): "
                    + clause));
    telling.apply(
        IntegrateObjection.builder().actor(bob).proposalId(p).objection(ObjectionId.of(1)).build(),
        s -> telling.tell("Bob says the revision integrates his objection, and agrees."));
    telling.apply(
        TakeStance.builder().actor(bob).proposalId(p).kind(StanceKind.AGREE).build(), s -> {});
    List<String> names = new ArrayList<>();
    for (MemberId m : reconfirming) {
      telling.apply(
          TakeStance.builder().actor(m).proposalId(p).kind(StanceKind.AGREE).build(), s -> {});
      names.add(telling.name(m));
    }
    telling.tell(
        listed(names)
            + " reconfirm their stances on revision 2; those on revision 1 no longer count.");
  }

  /** The group welcomes Dana as a member, its stances hidden from the members until the close. */
  void hiddenUntilClose() {
    telling.chapter("6. A decision about a member: stances hidden until the close");
    telling.clock().set(Instant.parse("2026-03-10T19:00:00Z"));
    MemberId alice = DiabetesGroupStory.ALICE;
    MemberId dana = DiabetesGroupStory.DANA;
    ProposalId p = ProposalId.of("dana-peer");
    telling.apply(
        DraftProposal.builder()
            .actor(alice)
            .proposalId(p)
            .title("Welcome Dana as a member")
            .rationale("Dana has come to every session since she joined.")
            .content(MembershipChange.builder().member(dana).standing(Standing.MEMBER).build())
            .build(),
        s -> {});
    telling.apply(
        OpenProposal.builder().actor(alice).proposalId(p).build(),
        s ->
            telling.tell(
                "Alice proposes to welcome Dana as a member. The founders chose that decisions"
                    + " about a member are taken with stances hidden until the close."));
    telling.apply(stance(DiabetesGroupStory.BOB, p, StanceKind.AGREE), s -> {});
    telling.apply(stance(DiabetesGroupStory.CAROL, p, StanceKind.CONCERN), s -> {});
    telling.apply(
        stance(DiabetesGroupStory.FRANK, p, StanceKind.AGREE),
        s -> telling.tell("Bob, Carol and Frank take their stances."));
    telling.tell("What a member sees while it is open: " + seen(telling.state(), p));
    telling.apply(stance(alice, p, StanceKind.AGREE), s -> {});
    telling.clock().advance(Duration.ofHours(1));
    telling.apply(
        CloseProposal.builder().actor(alice).proposalId(p).build(),
        s -> {
          Tally tally = telling.lastOf(ProposalDecided.class).tally();
          telling.tell(
              "Everyone in the electorate took part, so Alice closes it: "
                  + tally.outcome()
                  + "; "
                  + telling.name(dana)
                  + " is now a "
                  + words(s.member(dana).orElseThrow().standing())
                  + ".");
        });
    telling.tell("What a member sees after the close: " + seen(telling.state(), p));
  }

  /** The stances on a proposal as the member view shows them. */
  private String seen(GroupState state, ProposalId id) {
    Proposal p = state.asSeenByMembers().proposal(id).orElseThrow();
    if (p.stances().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (MemberId m : p.participants()) {
        names.add(telling.name(m));
      }
      return listed(names) + " took part; how they stand is hidden.";
    }
    List<String> stances = new ArrayList<>();
    for (Stance s : p.currentStances()) {
      stances.add(telling.name(s.member()) + " " + words(s.kind()));
    }
    return String.join(", ", stances) + ".";
  }

  /** Names as a sentence lists them: "Bob, Carol and Frank". */
  private static String listed(List<String> names) {
    int last = names.size() - 1;
    return last < 1
        ? String.join("", names)
        : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
  }

  private static TakeStance stance(MemberId who, ProposalId p, StanceKind kind) {
    var b = TakeStance.builder().actor(who).proposalId(p).kind(kind);
    if (kind == StanceKind.CONCERN) {
      b.reason("Let us ask Dana first whether she wants it.");
    }
    return b.build();
  }

  private static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
