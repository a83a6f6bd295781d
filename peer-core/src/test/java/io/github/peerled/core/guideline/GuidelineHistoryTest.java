package io.github.peerled.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.peerled.core.decision.ProposalId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuidelineHistoryTest {
  private static final Instant T1 = Instant.parse("2026-01-05T18:30:00Z");
  private static final Instant T2 = T1.plus(Duration.ofDays(30));
  private static final Instant T3 = T2.plus(Duration.ofDays(30));

  private static final Clause A = Clause.of("a", "What is said here stays here.");
  private static final Clause B = Clause.of("b", "We share, not advise.");
  private static final Clause C = Clause.of("c", "Everyone counts.");
  private static final Clause D = Clause.of("d", "We take a break midway.");

  private static GuidelineVersion version(int number, Instant at, Clause... clauses) {
    ImmutableGuidelineVersion.Builder b =
        ImmutableGuidelineVersion.builder().number(number).effectiveAt(at).addClauses(clauses);
    if (number > 1) {
      b.adoptedBy(ProposalId.of("p" + number));
    }
    return b.build();
  }

  private static GuidelineHistory history() {
    return GuidelineHistory.empty()
        .with(version(1, T1, A, B, C))
        .with(version(2, T2, A, Clause.of("b", "We share our own experience."), D, C))
        .with(version(3, T3, C, A, D));
  }

  private static ClauseId id(String id) {
    return ClauseId.of(id);
  }

  @Test
  void should_keep_every_version_in_order_and_know_the_current_one() {
    GuidelineHistory h = history();

    assertThat(h.versions()).extracting(GuidelineVersion::number).containsExactly(1, 2, 3);
    assertThat(h.currentNumber()).isEqualTo(3);
    assertThat(h.current()).contains(h.versions().get(2));
    assertThat(h.version(2).orElseThrow().adoptedBy()).contains(ProposalId.of("p2"));
    assertThat(h.version(0)).isEmpty();
    assertThat(h.version(4)).isEmpty();
    assertThat(GuidelineHistory.empty().current()).isEmpty();
    assertThat(GuidelineHistory.empty().currentNumber()).isZero();
  }

  @Test
  void should_refuse_a_version_that_is_not_the_next_one() {
    GuidelineHistory h = GuidelineHistory.empty().with(version(1, T1, A));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> h.with(version(3, T2, A)))
        .withMessage("the next guideline version is 2, not 3");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> h.with(version(1, T2, A)))
        .withMessage("the next guideline version is 2, not 1");
  }

  @Test
  void should_refuse_a_history_that_skips_a_number_or_goes_back_in_time() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                ImmutableGuidelineHistory.builder()
                    .addVersions(version(1, T1, A), version(3, T2, A))
                    .build())
        .withMessage("guideline versions must be numbered 1, 2, 3, ...; found 3 at position 2");
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                ImmutableGuidelineHistory.builder()
                    .addVersions(version(1, T2, A), version(2, T1, A))
                    .build())
        .withMessage("guideline version 2 takes effect before version 1");
  }

  @Test
  void should_tell_which_version_was_in_force_at_an_instant() {
    GuidelineHistory h = history();

    assertThat(h.inForceAt(T1.minusSeconds(1))).isEmpty();
    assertThat(h.inForceAt(T1).orElseThrow().number()).isEqualTo(1);
    assertThat(h.inForceAt(T2.minusSeconds(1)).orElseThrow().number()).isEqualTo(1);
    assertThat(h.inForceAt(T2).orElseThrow().number()).isEqualTo(2);
    assertThat(h.inForceAt(T3.plus(Duration.ofDays(365))).orElseThrow().number()).isEqualTo(3);
  }

  @Test
  void should_take_the_newest_of_versions_taking_effect_at_the_same_instant() {
    GuidelineHistory h =
        GuidelineHistory.empty().with(version(1, T1, A)).with(version(2, T1, A, B));

    assertThat(h.inForceAt(T1).orElseThrow().number()).isEqualTo(2);
  }

  @Test
  void should_diff_added_amended_and_removed_clauses() {
    GuidelineDiff d = history().diff(1, 2);

    assertThat(d.fromVersion()).isEqualTo(1);
    assertThat(d.toVersion()).isEqualTo(2);
    assertThat(d.entries())
        .extracting(e -> e.kind() + " " + e.clauseId())
        .containsExactly("AMENDED b", "ADDED d");
    ClauseChange amended = d.entries().get(0);
    assertThat(amended.before()).contains(B);
    assertThat(amended.after().orElseThrow().text()).isEqualTo("We share our own experience.");
    assertThat(d.entries().get(1).before()).isEmpty();
    assertThat(d.entries().get(1).after()).contains(D);
  }

  @Test
  void should_diff_moved_and_removed_clauses() {
    GuidelineDiff d = history().diff(2, 3);

    assertThat(d.entries())
        .extracting(e -> e.kind() + " " + e.clauseId())
        .containsExactly("MOVED c", "REMOVED b");
    ClauseChange removed = d.entries().get(1);
    assertThat(removed.after()).isEmpty();
    assertThat(removed.before().orElseThrow().text()).isEqualTo("We share our own experience.");
  }

  @Test
  void should_not_call_a_clause_moved_when_only_additions_shift_it() {
    GuidelineDiff d = GuidelineDiff.between(version(1, T1, A, B), version(2, T2, D, A, C, B));

    assertThat(d.entries())
        .extracting(e -> e.kind() + " " + e.clauseId())
        .containsExactly("ADDED d", "ADDED c");
  }

  @Test
  void should_call_only_the_clause_that_moved_moved() {
    // given four clauses, the first moved to the end
    GuidelineVersion before = version(1, T1, A, B, C, D);
    GuidelineVersion after = version(2, T2, B, C, D, A);

    // when / then
    assertThat(GuidelineDiff.between(before, after).entries())
        .extracting(e -> e.kind() + " " + e.clauseId())
        .containsExactly("MOVED a");
    assertThat(GuidelineDiff.between(after, before).entries())
        .extracting(e -> e.kind() + " " + e.clauseId())
        .containsExactly("MOVED a");
    assertThat(GuidelineDiff.between(before, version(2, T2, D, C, B, A)).entries())
        .as("a reversal keeps one clause in place")
        .hasSize(3)
        .allSatisfy(e -> assertThat(e.kind()).isEqualTo(ClauseChange.Kind.MOVED));
  }

  @Test
  void should_give_an_empty_diff_between_a_version_and_itself() {
    assertThat(history().diff(2, 2).entries()).isEmpty();
  }

  @Test
  void should_refuse_to_diff_a_version_that_does_not_exist() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> history().diff(1, 4))
        .withMessage("there is no guideline version 4");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> history().diff(0, 1))
        .withMessage("there is no guideline version 0");
  }

  @Test
  void should_add_a_clause_at_the_end_or_after_another() {
    List<Clause> v = List.of(A, B);

    assertThat(ImmutableAddClause.builder().clause(C).build().applyTo(v)).containsExactly(A, B, C);
    assertThat(ImmutableAddClause.builder().clause(C).after(id("a")).build().applyTo(v))
        .containsExactly(A, C, B);
    assertThat(v).containsExactly(A, B);
  }

  @Test
  void should_refuse_to_add_a_clause_with_an_id_in_use_or_after_an_unknown_clause() {
    List<Clause> v = List.of(A, B);

    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> ImmutableAddClause.builder().clause(Clause.of("a", "Again.")).build().applyTo(v))
        .withMessage("a clause with id a already exists");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableAddClause.builder().clause(C).after(id("x")).build().applyTo(v))
        .withMessage("there is no clause x in the guidelines this change is based on");
  }

  @Test
  void should_amend_a_clause_text_or_rule() {
    RuleBinding everyoneCounts =
        ImmutableRuleBinding.builder()
            .ruleId("everyone-counts")
            .putParameter("unansweredAfter", "PT10M")
            .build();
    List<Clause> v = List.of(A, C);

    List<Clause> bound =
        ImmutableAmendClause.builder().clauseId(id("c")).rule(everyoneCounts).build().applyTo(v);
    assertThat(bound.get(1).rule()).contains(everyoneCounts);
    assertThat(bound.get(1).text()).isEqualTo(C.text());

    List<Clause> unbound =
        ImmutableAmendClause.builder()
            .clauseId(id("c"))
            .text("Nobody is left hanging.")
            .removeRule(true)
            .build()
            .applyTo(bound);
    assertThat(unbound.get(1)).isEqualTo(Clause.of("c", "Nobody is left hanging."));
  }

  @Test
  void should_refuse_an_amendment_of_an_unknown_clause_or_one_that_changes_nothing() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ImmutableAmendClause.builder()
                    .clauseId(id("x"))
                    .text("New.")
                    .build()
                    .applyTo(List.of(A)))
        .withMessage("there is no clause x in the guidelines this change is based on");
    assertThatIllegalStateException()
        .isThrownBy(() -> ImmutableAmendClause.builder().clauseId(id("a")).build())
        .withMessage("an amendment of clause a changes nothing");
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                ImmutableAmendClause.builder()
                    .clauseId(id("a"))
                    .rule(RuleBinding.of("sharing-not-advice"))
                    .removeRule(true)
                    .build())
        .withMessage("an amendment of clause a cannot both set and remove its rule");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableAmendClause.builder().clauseId(id("a")).text(" ").build())
        .withMessage(
            "the new text of clause a must hold at least one character that is not a space");
  }

  @Test
  void should_remove_a_clause_and_refuse_to_remove_an_unknown_one() {
    assertThat(ImmutableRemoveClause.builder().clauseId(id("b")).build().applyTo(List.of(A, B, C)))
        .containsExactly(A, C);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> ImmutableRemoveClause.builder().clauseId(id("x")).build().applyTo(List.of(A)))
        .withMessage("there is no clause x in the guidelines this change is based on");
  }

  @Test
  void should_reorder_every_clause_and_refuse_an_incomplete_order() {
    assertThat(
            ImmutableReorderClauses.builder()
                .addOrder(id("c"), id("a"), id("b"))
                .build()
                .applyTo(List.of(A, B, C)))
        .containsExactly(C, A, B);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ImmutableReorderClauses.builder()
                    .addOrder(id("c"))
                    .build()
                    .applyTo(List.of(A, B, C)))
        .withMessage("the new order leaves out clause(s) a, b");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ImmutableReorderClauses.builder()
                    .addOrder(id("a"), id("b"), id("x"))
                    .build()
                    .applyTo(List.of(A, B)))
        .withMessage("there is no clause x in the guidelines this change is based on");
  }

  @Test
  void should_refuse_a_version_with_two_clauses_of_one_id() {
    assertThatIllegalStateException()
        .isThrownBy(() -> version(1, T1, A, Clause.of("a", "Twice.")))
        .withMessage("guideline version 1 has two clauses with id a");
  }
}
