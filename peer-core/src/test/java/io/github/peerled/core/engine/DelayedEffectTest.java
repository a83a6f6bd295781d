package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Reconsideration;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.event.GuidelineVersionScheduled;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ScheduledVersionCancelled;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.GuidelineVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A guideline version adopted to take effect later: scheduled, put in force by a deadline check, or
 * cancelled before then by a reconsideration.
 */
class DelayedEffectTest {
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final Duration DELAY = Duration.ofDays(7);

  /** Guidelines decided by consent, a version taking effect a week after its adoption. */
  private static GroupFixture founded() {
    DecisionProcedure delayed =
        DecisionProcedure.builder().from(DecisionProcedure.consent()).effectDelay(DELAY).build();
    GovernanceSettings settings =
        GovernanceSettings.custom().putProcedure(DecisionKind.GUIDELINES, delayed).build();
    return GroupFixture.given(Groups.founded(settings));
  }

  /** Adopts p1, which adds a clause "breaks", and returns the instant of its adoption. */
  private static Instant adoptBreaks(GroupFixture f) {
    List<GroupCommand> all =
        new ArrayList<>(Groups.adopted("p1", Groups.addClause(1, "breaks", "Breaks.")));
    f.and(all.subList(0, all.size() - 1));
    Instant at = f.clock.instant();
    f.when(all.get(all.size() - 1))
        .thenEvents(ProposalDecided.class, GuidelineVersionScheduled.class);
    return at;
  }

  @Test
  void should_schedule_an_adopted_version_to_take_effect_later() {
    GroupFixture f = founded();

    Instant adopted = adoptBreaks(f);

    GuidelineVersion scheduled = f.state.scheduledGuidelines().orElseThrow();
    assertThat(scheduled.number()).isEqualTo(2);
    assertThat(scheduled.effectiveAt()).isEqualTo(adopted.plus(DELAY));
    assertThat(scheduled.adoptedBy()).contains(P1);
    assertThat(f.state.guidelineVersionNumber()).as("version 1 stays in force").isEqualTo(1);
    assertThat(
            f.state.guidelinesAt(adopted.plus(DELAY).minusSeconds(1)).map(GuidelineVersion::number))
        .contains(1);
    assertThat(f.state.guidelinesAt(adopted.plus(DELAY)).map(GuidelineVersion::number)).contains(2);
    assertThat(f.state.nextDeadline()).contains(adopted.plus(DELAY));
  }

  @Test
  void should_put_the_scheduled_version_in_force_at_a_deadline_check() {
    GroupFixture f = founded();
    Instant adopted = adoptBreaks(f);
    f.after(Duration.ofDays(3));
    f.when(CheckDeadlines.builder().actor(BOB).build()).thenRejected(RejectionReason.WRONG_STATE);
    f.after(Duration.ofDays(5));

    GuidelineVersionAdopted g =
        f.when(CheckDeadlines.builder().actor(BOB).build())
            .thenEvents(GuidelineVersionAdopted.class)
            .event(0, GuidelineVersionAdopted.class);

    assertThat(g.version().effectiveAt()).isEqualTo(adopted.plus(DELAY));
    assertThat(f.state.guidelineVersionNumber()).isEqualTo(2);
    assertThat(f.state.guidelinesInForce().orElseThrow().clause(ClauseId.of("breaks"))).isPresent();
    assertThat(f.state.scheduledGuidelines()).isEmpty();
    assertThat(
            f.state
                .guidelines()
                .inForceAt(adopted.plus(DELAY).minusSeconds(1))
                .map(GuidelineVersion::number))
        .contains(1);
  }

  @Test
  void should_refuse_another_amendment_while_a_version_is_scheduled() {
    GroupFixture f = founded();
    Instant adopted = adoptBreaks(f);

    f.when(Groups.draft(BOB, "p2", Groups.addClause(1, "tea", "We bring tea.")))
        .thenRejected(Rejections.versionScheduled(ProposalId.of("p2"), 2, adopted.plus(DELAY)));
  }

  @Test
  void should_cancel_a_scheduled_version_by_an_adopted_reconsideration() {
    GroupFixture f = founded();
    adoptBreaks(f);
    List<GroupCommand> all = new ArrayList<>(Groups.adopted("r1", Reconsideration.of(P1)));
    f.and(all.subList(0, all.size() - 1));

    ScheduledVersionCancelled c =
        f.when(all.get(all.size() - 1))
            .thenEvents(ProposalDecided.class, ScheduledVersionCancelled.class)
            .event(1, ScheduledVersionCancelled.class);

    assertThat(c.version()).isEqualTo(2);
    assertThat(c.decidedBy()).isEqualTo(ProposalId.of("r1"));
    assertThat(f.state.scheduledGuidelines()).isEmpty();
    assertThat(f.state.nextDeadline()).isEmpty();
    f.after(DELAY);
    f.when(CheckDeadlines.builder().actor(BOB).build()).thenRejected(RejectionReason.WRONG_STATE);
    assertThat(f.state.guidelineVersionNumber()).isEqualTo(1);
    f.when(Groups.draft(BOB, "p2", Groups.addClause(1, "tea", "We bring tea.")))
        .thenEvents(io.github.peerled.core.event.ProposalDrafted.class);
  }

  @Test
  void should_refuse_a_reconsideration_with_nothing_scheduled() {
    GroupFixture f = founded();

    f.when(Groups.draft(ALICE, "r1", Reconsideration.of(P1)))
        .thenRejected(Rejections.nothingScheduledBy(ProposalId.of("r1"), P1));
  }

  @Test
  void should_refuse_a_reconsideration_once_the_version_took_effect() {
    GroupFixture f = founded();
    adoptBreaks(f);
    f.and(Groups.draft(ALICE, "r1", Reconsideration.of(P1))).and(Groups.open(ALICE, "r1"));
    f.after(DELAY).and(CheckDeadlines.builder().actor(BOB).build());
    f.and(Groups.agree(ALICE, "r1"))
        .and(Groups.agree(BOB, "r1"))
        .and(Groups.agree(Groups.CAROL, "r1"));

    f.when(Groups.close(ALICE, "r1"))
        .thenRejected(Rejections.nothingScheduledBy(ProposalId.of("r1"), P1));
  }
}
