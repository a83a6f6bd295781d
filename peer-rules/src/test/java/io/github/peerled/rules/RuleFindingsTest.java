package io.github.peerled.rules;

import static io.github.peerled.rules.RuntimeFixtures.ALICE;
import static io.github.peerled.rules.RuntimeFixtures.BOB;
import static io.github.peerled.rules.RuntimeFixtures.CAROL;
import static io.github.peerled.rules.RuntimeFixtures.accept;
import static io.github.peerled.rules.RuntimeFixtures.agree;
import static io.github.peerled.rules.RuntimeFixtures.amendment;
import static io.github.peerled.rules.RuntimeFixtures.close;
import static io.github.peerled.rules.RuntimeFixtures.closeSession;
import static io.github.peerled.rules.RuntimeFixtures.draft;
import static io.github.peerled.rules.RuntimeFixtures.open;
import static io.github.peerled.rules.RuntimeFixtures.say;
import static io.github.peerled.rules.RuntimeFixtures.startSession;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.ImmutableAmendClause;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.ListenerFailure;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.SessionId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RuleFindingsTest {
  private static final GroupId TOWN_HALL = GroupId.of("town-hall");
  private static final GroupResources RESOURCES =
      GroupResources.custom().addSignposts(Fixtures.CRISIS_LINE).build();

  private final GroupRuntime runtime =
      GroupRuntime.builder().clock(Clock.fixed(RuntimeFixtures.AT, ZoneOffset.UTC)).build();
  private final GroupHandle group = runtime.group(TOWN_HALL);

  /** A session in which Bob gives advice and Carol's request for support is left hanging. */
  private void runSession(String session) {
    startSession(group, session);
    accept(
        group,
        say(
            ALICE,
            session,
            ContributionKind.SHARING,
            "What helped me was walking after dinner; my readings came down."));
    accept(
        group,
        say(
            BOB,
            session,
            ContributionKind.RESPONSE,
            "You should just stop eating bread, that is what works."));
    accept(
        group,
        say(
            CAROL,
            session,
            ContributionKind.REQUEST_FOR_SUPPORT,
            "I feel overwhelmed since my diagnosis. Can someone help me make sense of it?"));
    accept(
        group,
        say(
            ALICE,
            session,
            ContributionKind.SHARING,
            "I walk the dog every evening, it helps me."));
    accept(group, closeSession(group, session));
  }

  private List<Finding> batchReview(String session) {
    List<Contribution> contributions = new ArrayList<>();
    for (GroupEvent e : runtime.store().read(TOWN_HALL)) {
      if (e instanceof ContributionRecorded c
          && c.contribution().sessionId().equals(SessionId.of(session))) {
        contributions.add(c.contribution());
      }
    }
    GroupState state = group.state();
    var s = state.session(SessionId.of(session)).orElseThrow();
    RuleSet rules =
        RuleSet.of(state.guidelines().version(s.guidelineVersion()).orElseThrow(), RESOURCES);
    return rules.review(GroupContext.of(state, s), contributions);
  }

  @Test
  void should_report_advice_as_the_session_runs_with_the_findings_of_a_batch_review() {
    RuleFindings hook = RuleFindings.attach(runtime, g -> RESOURCES);
    List<Finding> findings = new CopyOnWriteArrayList<>();
    List<GroupId> groups = new CopyOnWriteArrayList<>();
    hook.onFinding(findings::add);
    hook.onGroupFinding((g, f) -> groups.add(g));
    RuntimeFixtures.found(group);

    runSession("s1");
    runtime.close(); // delivers every pending notification

    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("sharing-not-advice"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.members()).containsExactly(BOB);
              assertThat(f.contribution()).isEqualTo(2);
              assertThat(f.action()).isEqualTo(SuggestedAction.INVITE_REFRAME_AS_OWN_EXPERIENCE);
              assertThat(f.clauseId()).contains(ClauseId.of("sharing"));
            });
    assertThat(findings).isEqualTo(batchReview("s1"));
    assertThat(findings)
        .extracting(Finding::action)
        .contains(SuggestedAction.RESPOND_TO_UNANSWERED_REQUEST);
    assertThat(groups).hasSameSizeAs(findings).containsOnly(TOWN_HALL);
  }

  @Test
  void should_review_each_session_with_the_guidelines_in_force_when_it_started() {
    RuleFindings hook = RuleFindings.attach(runtime, g -> RESOURCES);
    List<Finding> findings = new CopyOnWriteArrayList<>();
    hook.onFinding(findings::add);
    RuntimeFixtures.found(group);
    runSession("s1");
    // The group unbinds its sharing rule: version 2 keeps the clause as a plain text.
    accept(
        group,
        draft(
            "p1",
            amendment(
                1,
                ImmutableAmendClause.builder()
                    .clauseId(ClauseId.of("sharing"))
                    .removeRule(true)
                    .build())));
    accept(group, open("p1"));
    for (var m : List.of(ALICE, BOB, CAROL)) {
      accept(group, agree(m, "p1"));
    }
    accept(group, close("p1"));

    runSession("s2");
    runtime.close();

    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("sharing-not-advice"))
        .extracting(f -> f.sessionId().value(), Finding::guidelineVersion)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("s1", 1));
    assertThat(findings)
        .filteredOn(f -> f.sessionId().value().equals("s2"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.guidelineVersion()).isEqualTo(2))
        .isEqualTo(batchReview("s2"));
  }

  @Test
  void should_isolate_a_failing_finding_listener_and_report_it() {
    RuleFindings hook = RuleFindings.attach(runtime, g -> RESOURCES);
    List<Finding> seen = new CopyOnWriteArrayList<>();
    List<ListenerFailure> failures = new CopyOnWriteArrayList<>();
    hook.onFinding(
        f -> {
          throw new IllegalStateException("the host's panel is down");
        });
    hook.onFinding(seen::add);
    hook.onListenerFailure(failures::add);
    RuntimeFixtures.found(group);

    runSession("s1");
    runtime.close();

    assertThat(seen).isNotEmpty().isEqualTo(batchReview("s1"));
    assertThat(failures).hasSameSizeAs(seen);
    assertThat(failures.get(0).group()).isEqualTo(TOWN_HALL);
    assertThat(failures.get(0).notification()).isEqualTo(seen.get(0));
    assertThat(failures.get(0).error()).hasMessage("the host's panel is down");
    assertThat(failures.get(0).listener()).startsWith("onFinding listener ");
    assertThat(group.state().pastSessions()).containsKey(SessionId.of("s1"));
  }

  @Test
  void should_report_nothing_once_detached() {
    RuleFindings hook = RuleFindings.attach(runtime, g -> RESOURCES);
    List<Finding> findings = new CopyOnWriteArrayList<>();
    hook.onFinding(findings::add);
    RuntimeFixtures.found(group);
    hook.close();

    runSession("s1");
    runtime.close();

    assertThat(findings).isEmpty();
    assertThat(batchReview("s1")).isNotEmpty();
  }
}
