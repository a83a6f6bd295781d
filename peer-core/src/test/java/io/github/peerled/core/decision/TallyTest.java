package io.github.peerled.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pure count, with exact numbers. */
class TallyTest {
  private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");

  /** Members m1..mN. */
  private static List<MemberId> electorate(int n) {
    List<MemberId> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(MemberId.of("m" + i));
    }
    return out;
  }

  /** Stances by kind letter: a(gree), c(oncern), b (abstain), o(bject), '.' for silence. */
  private static Map<MemberId, Stance> stances(String kinds) {
    Map<MemberId, Stance> out = new LinkedHashMap<>();
    for (int i = 0; i < kinds.length(); i++) {
      char c = kinds.charAt(i);
      if (c == '.') {
        continue;
      }
      StanceKind kind =
          switch (c) {
            case 'a' -> StanceKind.AGREE;
            case 'c' -> StanceKind.CONCERN;
            case 'b' -> StanceKind.ABSTAIN;
            case 'o' -> StanceKind.OBJECT;
            default -> throw new IllegalArgumentException("unknown stance letter " + c);
          };
      MemberId m = MemberId.of("m" + (i + 1));
      out.put(m, ImmutableStance.builder().member(m).kind(kind).at(AT).build());
    }
    return out;
  }

  private static Tally count(DecisionProcedure p, String kinds) {
    return Tally.count(p, electorate(kinds.length()), stances(kinds), Optional.empty());
  }

  private static DecisionProcedure quorum(DecisionMethod method, double quorum) {
    return ImmutableDecisionProcedure.builder().method(method).quorum(quorum).build();
  }

  @Test
  void should_count_each_kind_of_stance_and_the_silent() {
    Tally t = count(DecisionProcedure.consent(), "acb.o.a");

    assertThat(t.method()).isEqualTo(DecisionMethod.CONSENT);
    assertThat(t.electorate()).isEqualTo(7);
    assertThat(t.agree()).isEqualTo(2);
    assertThat(t.concern()).isEqualTo(1);
    assertThat(t.abstain()).isEqualTo(1);
    assertThat(t.object()).isEqualTo(1);
    assertThat(t.silent()).isEqualTo(2);
    assertThat(t.participated()).isEqualTo(5);
    assertThat(t.quorumRequired()).isEqualTo(4);
    assertThat(t.quorumMet()).isTrue();
    assertThat(t.tie()).isFalse();
    assertThat(t.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(t.explanation()).isEqualTo("1 member(s) objected");
  }

  @Test
  void should_ignore_stances_of_anyone_outside_the_electorate() {
    Map<MemberId, Stance> stances = new LinkedHashMap<>(stances("a"));
    MemberId advisor = MemberId.of("dr-evans");
    stances.put(
        advisor,
        ImmutableStance.builder()
            .member(advisor)
            .kind(StanceKind.OBJECT)
            .reason("As your doctor I disagree.")
            .at(AT)
            .build());

    Tally t = Tally.count(DecisionProcedure.consent(), electorate(2), stances, Optional.empty());

    assertThat(t.electorate()).isEqualTo(2);
    assertThat(t.agree()).isEqualTo(1);
    assertThat(t.object()).isZero();
    assertThat(t.silent()).isEqualTo(1);
    assertThat(t.participated()).isEqualTo(1);
    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void should_round_the_quorum_up_without_floating_point_surprises() {
    assertThat(count(quorum(DecisionMethod.CONSENT, 2.0 / 3.0), "aa.").quorumRequired())
        .isEqualTo(2);
    assertThat(count(quorum(DecisionMethod.CONSENT, 0.7), "aaaaaaa...").quorumRequired())
        .isEqualTo(7);
    assertThat(count(quorum(DecisionMethod.CONSENT, 0.5), "aa...").quorumRequired()).isEqualTo(3);
    assertThat(count(quorum(DecisionMethod.CONSENT, 1.0), "aaaa").quorumRequired()).isEqualTo(4);
    assertThat(count(quorum(DecisionMethod.CONSENT, 0.0), "...").quorumRequired()).isZero();
  }

  @Test
  void should_not_meet_a_zero_quorum_when_nobody_took_part() {
    Tally t = count(quorum(DecisionMethod.CONSENT, 0.0), "...");

    assertThat(t.participated()).isZero();
    assertThat(t.quorumMet()).isFalse();
    assertThat(t.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(t.explanation()).isEqualTo("quorum not met: 0 of 3 took part, 0 needed");
  }

  @Test
  void should_count_abstentions_toward_quorum() {
    Tally t = count(DecisionProcedure.consent(), "bba..");

    assertThat(t.participated()).isEqualTo(3);
    assertThat(t.quorumRequired()).isEqualTo(3);
    assertThat(t.quorumMet()).isTrue();
    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void should_report_quorum_not_met_before_any_method() {
    Tally t = count(DecisionProcedure.majority(), "aa...");

    assertThat(t.quorumMet()).isFalse();
    assertThat(t.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(t.explanation()).isEqualTo("quorum not met: 2 of 5 took part, 3 needed");
  }

  @Test
  void should_count_the_silent_as_agreeing_only_if_the_procedure_says_so() {
    DecisionProcedure p =
        ImmutableDecisionProcedure.builder()
            .method(DecisionMethod.MAJORITY)
            .silenceIsConsent(true)
            .build();

    Tally t = count(p, "oo...");

    assertThat(t.silenceCountedAsConsent()).isTrue();
    assertThat(t.participated()).isEqualTo(5);
    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(t.explanation()).isEqualTo("3 agreed, 2 objected");
  }

  @Test
  void should_require_someone_to_agree_for_consensus() {
    Tally t = count(DecisionProcedure.consensus(), "bbb");

    assertThat(t.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(t.explanation()).isEqualTo("nobody agreed");
  }

  @Test
  void should_count_a_concern_as_agreeing_for_consensus() {
    Tally t = count(DecisionProcedure.consensus(), "ccb");

    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(t.explanation()).isEqualTo("everyone who took a stance agreed");
  }

  @Test
  void should_leave_abstentions_out_of_a_majority() {
    Tally t = count(DecisionProcedure.majority(), "acobbb");

    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(t.explanation()).isEqualTo("2 agreed, 1 objected");
  }

  @Test
  void should_not_adopt_by_the_tie_rule_when_nobody_agreed_or_objected() {
    DecisionProcedure p =
        ImmutableDecisionProcedure.builder()
            .method(DecisionMethod.MAJORITY)
            .tieRule(TieRule.ADOPTED)
            .build();

    Tally t = count(p, "bbb");

    assertThat(t.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(t.tie()).isFalse();
    assertThat(t.explanation()).isEqualTo("nobody agreed or objected");
  }

  @Test
  void should_compute_the_supermajority_threshold_on_those_who_agreed_or_objected() {
    DecisionProcedure twoThirds = DecisionProcedure.supermajority(2.0 / 3.0);
    assertThat(count(twoThirds, "aaobb").explanation()).isEqualTo("2 of 3 agreed, 2 needed");
    assertThat(count(twoThirds, "aaobb").outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(count(twoThirds, "acoob").explanation()).isEqualTo("2 of 4 agreed, 3 needed");
    assertThat(count(twoThirds, "acoob").outcome()).isEqualTo(Outcome.NOT_ADOPTED);

    DecisionProcedure unanimous = DecisionProcedure.supermajority(1.0);
    assertThat(count(unanimous, "aaab").outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(count(unanimous, "aaao").explanation()).isEqualTo("3 of 4 agreed, 4 needed");
    assertThat(count(unanimous, "bbb").outcome()).isEqualTo(Outcome.NOT_ADOPTED);
  }

  @Test
  void should_follow_the_proposer_under_the_advice_process() {
    DecisionProcedure advice = DecisionProcedure.adviceProcess();
    List<MemberId> five = electorate(5);

    Tally adopt = Tally.count(advice, five, stances("ooo.."), Optional.of(true));
    Tally reject = Tally.count(advice, five, stances("aaa.."), Optional.of(false));
    Tally none = Tally.count(advice, five, stances("aaa.."), Optional.empty());

    assertThat(adopt.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(adopt.explanation())
        .isEqualTo("the proposer decided to adopt it after 3 member(s) gave advice");
    assertThat(reject.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(none.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
  }

  @Test
  void should_not_let_the_proposer_decide_without_having_consulted_a_quorum() {
    Tally t =
        Tally.count(
            DecisionProcedure.adviceProcess(), electorate(5), stances("a...."), Optional.of(true));

    assertThat(t.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(t.explanation()).isEqualTo("quorum not met: 1 of 5 took part, 3 needed");
  }
}
