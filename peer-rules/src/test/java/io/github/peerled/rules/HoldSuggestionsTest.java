package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.RuntimeFixtures.ALICE;
import static io.github.peerled.rules.RuntimeFixtures.accept;
import static io.github.peerled.rules.RuntimeFixtures.closeSession;
import static io.github.peerled.rules.RuntimeFixtures.say;
import static io.github.peerled.rules.RuntimeFixtures.startSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.SessionId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The {@code safety} finding about a graphic story and the {@code respectful-exchange} finding
 * about a personal remark suggest that the contribution be held; a finding of crisis never does,
 * and no finding applies a hold.
 */
class HoldSuggestionsTest {
  @Test
  void should_suggest_a_hold_of_a_graphic_story_and_never_of_crisis_or_an_avalanche() {
    List<Finding> f =
        byRule(
            Fixtures.review(Fixtures.allRules(), Transcript.load("rare-condition-online")),
            "safety");

    assertThat(at(f)).containsExactly(9, 10, 11, 13, 14);
    assertThat(f)
        .filteredOn(Finding::suggestsHold)
        .extracting(Finding::contribution)
        .containsExactly(9, 10);
    assertThat(f)
        .filteredOn(x -> x.action() == SuggestedAction.CHECK_SAFETY)
        .isNotEmpty()
        .noneMatch(Finding::suggestsHold);
  }

  @Test
  void should_suggest_a_hold_of_each_personal_remark() {
    List<Finding> f =
        byRule(
            Fixtures.review(
                List.of(
                    Fixtures.clause(
                        "respect", "We speak to each other with respect.", "respectful-exchange")),
                Transcript.load("mentors-falling-out")),
            "respectful-exchange");

    assertThat(f).isNotEmpty().allMatch(Finding::suggestsHold);
  }

  @Test
  void should_refuse_a_finding_of_crisis_that_suggests_a_hold() {
    assertThatThrownBy(
            () ->
                ImmutableFinding.builder()
                    .ruleId("safety")
                    .guidelineVersion(1)
                    .sessionId(SessionId.of("s1"))
                    .contribution(3)
                    .severity(Severity.INTERVENE)
                    .action(SuggestedAction.CHECK_SAFETY)
                    .message("Someone may be in crisis.")
                    .addMembers(MemberId.of("pat"))
                    .suggestsHold(true)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a finding of crisis never suggests a hold");
  }

  @Test
  void should_leave_the_groups_events_unchanged_when_a_finding_suggests_a_hold() {
    GroupRuntime runtime =
        GroupRuntime.builder().clock(Clock.fixed(RuntimeFixtures.AT, ZoneOffset.UTC)).build();
    GroupId id = GroupId.of("town-hall");
    GroupHandle group = runtime.group(id);
    RuleFindings hook =
        RuleFindings.attach(
            runtime, g -> GroupResources.custom().addSignposts(Fixtures.CRISIS_LINE).build());
    List<Finding> findings = new CopyOnWriteArrayList<>();
    hook.onFinding(findings::add);
    RuntimeFixtures.found(group);
    startSession(group, "s1");
    accept(
        group,
        say(
            ALICE,
            "s1",
            ContributionKind.SHARING,
            "I was in the crash last year. There was blood everywhere and the bone sticking out"
                + " of my leg, but I'm okay now and mostly want to talk about the pain."));
    accept(group, closeSession(group, "s1"));
    List<GroupEvent> given = new ArrayList<>(runtime.store().read(id));

    runtime.close(); // delivers every pending finding

    assertThat(findings).filteredOn(Finding::suggestsHold).isNotEmpty();
    assertThat(runtime.store().read(id)).as("no command was issued").isEqualTo(given);
  }
}
