package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.GUEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableDraftProposal;
import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ImmutableDecisionProcedure;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ProposalCommented;
import io.github.peerled.core.event.StanceTaken;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.ImmutableAddClause;
import io.github.peerled.core.guideline.ImmutableAmendClause;
import io.github.peerled.core.guideline.ImmutableClause;
import io.github.peerled.core.guideline.ImmutableRemoveClause;
import io.github.peerled.core.guideline.ImmutableRuleBinding;
import io.github.peerled.core.json.PeerledJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine holds every command to its {@link Limits}: a command over one, or holding text no file
 * can store, is rejected as invalid, names the field by its JSON path, and changes nothing.
 */
class CommandLimitsTest {
  /** A founded group with a guest and an open proposal of alice's, p1. */
  private static GroupFixture group() {
    GroupFixture f = GroupFixture.given(Groups.founded());
    f.and(Groups.join(GUEST, Standing.GUEST, 1));
    f.and(Groups.draft(ALICE, "p1", Groups.addClause(1, "kind", "We are kind.")));
    f.and(Groups.open(ALICE, "p1"));
    return f;
  }

  /**
   * Decides a command with other limits than the fixture's engine, and checks it changes nothing.
   */
  private static Rejection rejectedUnder(Limits limits, GroupFixture f, GroupCommand c) {
    CommandResult r = GroupEngine.of(f.clock, limits).decide(f.state, c);
    assertThat(r.events()).isEmpty();
    Rejection rejection = r.rejection().orElseThrow();
    assertThat(rejection.reason()).as(rejection.message()).isEqualTo(RejectionReason.INVALID);
    return rejection;
  }

  @Test
  void should_refuse_a_guests_25_mb_comment_naming_the_field_and_the_limit() {
    GroupFixture f = group();

    f.when(Groups.comment(GUEST, "p1", "x".repeat(25_000_000), false))
        .thenRejected(Rejections.tooLong("$.text", 25_000_000, 20_000));
    assertThat(f.state.proposal(ProposalId.of("p1")).orElseThrow().comments()).isEmpty();
  }

  @Test
  void should_acknowledge_the_longest_comment_the_limit_allows() {
    GroupFixture f = group();
    String longest = "é".repeat(20_000);

    ProposalCommented e =
        f.when(Groups.comment(GUEST, "p1", longest, false))
            .thenEvents(ProposalCommented.class)
            .event(0, ProposalCommented.class);

    assertThat(e.text()).isEqualTo(longest);
  }

  @Test
  void should_take_a_longer_comment_once_the_host_raises_the_limit() {
    GroupFixture f = group();
    GroupCommand comment = Groups.comment(GUEST, "p1", "x".repeat(25_000), false);
    Limits raised = Limits.custom().commentText(30_000).build();

    assertThat(GroupEngine.of(f.clock, raised).decide(f.state, comment).isAccepted()).isTrue();
    assertThat(rejectedUnder(Limits.ofDefaults(), f, comment).message())
        .isEqualTo("$.text is 25000 characters long; the limit is 20000 characters");
  }

  @Test
  void should_name_a_nested_field_by_its_json_path() {
    GroupFixture f = group();
    ClauseId sharing = ClauseId.of("sharing");
    var content =
        Groups.amend(
            1,
            ImmutableAddClause.builder()
                .clause(
                    ImmutableClause.builder()
                        .id(ClauseId.of("pace"))
                        .text("We go at the pace of the slowest.")
                        .rule(
                            ImmutableRuleBinding.builder()
                                .ruleId("everyone-counts")
                                .putParameter("maxTurns", "3")
                                .build())
                        .build())
                .build(),
            ImmutableAmendClause.builder().clauseId(sharing).text("We share.").build(),
            ImmutableRemoveClause.builder().clauseId(ClauseId.of("confidential")).build(),
            ImmutableAddClause.builder().clause(Clause.of("long", "y".repeat(10_001))).build());

    f.when(Groups.draft(BOB, "p2", content))
        .thenRejected(Rejections.tooLong("$.content.changes[3].clause.text", 10_001, 10_000));

    Limits shortRules = Limits.custom().ruleText(2).build();
    assertThat(rejectedUnder(shortRules, f, Groups.draft(BOB, "p2", content)).message())
        .isEqualTo(
            "$.content.changes[0].clause.rule.ruleId is 15 characters long; the limit is 2"
                + " characters");
  }

  @Test
  void should_refuse_collections_over_their_limits() {
    GroupFixture f = group();
    List<Clause> many = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      many.add(Clause.of("c" + i, "Clause " + i + "."));
    }
    FoundGroup found = (FoundGroup) Groups.found();
    GroupFixture fresh = new GroupFixture();

    fresh
        .when(ImmutableFoundGroup.copyOf(found).withDraft(many))
        .thenRejected(Rejections.tooMany("$.draft", 501, 500, "clauses"));
    assertThat(rejectedUnder(Limits.custom().founders(2).build(), fresh, found).message())
        .isEqualTo("$.founders holds 3 founders; the limit is 2 founders");
    var formats =
        ImmutableFoundGroup.copyOf(found)
            .withProfile(
                ImmutableGroupProfile.copyOf(Groups.profile())
                    .withFormats(
                        MeetingFormat.ONLINE,
                        MeetingFormat.ONLINE,
                        MeetingFormat.ONLINE,
                        MeetingFormat.ONLINE));
    assertThat(rejectedUnder(Limits.ofDefaults(), fresh, formats).message())
        .isEqualTo("$.profile.formats holds 4 formats; the limit is 3 formats");

    assertThat(
            rejectedUnder(
                    Limits.custom().members(2).build(),
                    f,
                    Groups.start(ALICE, "s1", ALICE, BOB, Groups.CAROL))
                .message())
        .isEqualTo("$.attendees holds 3 attendees; the limit is 2 attendees");
    assertThat(
            rejectedUnder(
                    Limits.custom().changes(1).build(),
                    f,
                    Groups.draft(
                        BOB,
                        "p2",
                        Groups.amend(
                            1,
                            ImmutableRemoveClause.builder()
                                .clauseId(ClauseId.of("sharing"))
                                .build(),
                            ImmutableRemoveClause.builder()
                                .clauseId(ClauseId.of("confidential"))
                                .build())))
                .message())
        .isEqualTo("$.content.changes holds 2 changes; the limit is 1 changes");
  }

  @Test
  void should_refuse_an_amendment_that_would_make_a_version_over_the_limits() {
    GroupFixture f = group(); // version 1 holds three clauses
    GroupCommand twoMore =
        Groups.draft(
            BOB,
            "p2",
            Groups.amend(
                1,
                ImmutableAddClause.builder().clause(Clause.of("a", "One.")).build(),
                ImmutableAddClause.builder().clause(Clause.of("b", "Two.")).build()));

    assertThat(rejectedUnder(Limits.custom().clauses(4).build(), f, twoMore).message())
        .isEqualTo(
            "$.content.changes would make a guideline version of 5 clauses; the limit is 4"
                + " clauses");
    int v1 = 0;
    for (Clause c : f.state.guidelinesInForce().orElseThrow().clauses()) {
      v1 += c.text().length();
    }
    assertThat(rejectedUnder(Limits.custom().guidelineText(v1 + 7).build(), f, twoMore).message())
        .isEqualTo(
            "$.content.changes would make a guideline version of "
                + (v1 + 8)
                + " characters of text; the limit is "
                + (v1 + 7)
                + " characters of text");
    assertThat(
            GroupEngine.of(f.clock, Limits.custom().clauses(5).build())
                .decide(f.state, twoMore)
                .isAccepted())
        .isTrue();
  }

  @Test
  void should_refuse_a_command_whose_text_adds_up_past_the_limit() {
    GroupFixture f = group();
    GroupCommand draft =
        ImmutableDraftProposal.copyOf(
                (io.github.peerled.core.command.DraftProposal)
                    Groups.draft(BOB, "p2", Groups.logistics("Tuesdays")))
            .withTitle("t".repeat(40))
            .withRationale("r".repeat(60));

    assertThat(rejectedUnder(Limits.custom().commandText(100).build(), f, draft).message())
        .isEqualTo(
            "the command carries 115 characters of text in all; the limit is 100 characters");
  }

  @Test
  void should_refuse_governance_periods_past_a_hundred_years() {
    Duration century = Duration.ofDays(36_500);
    GovernanceSettings forever =
        GovernanceSettings.custom()
            .putProcedure(
                DecisionKind.LOGISTICS,
                ImmutableDecisionProcedure.builder()
                    .method(DecisionMethod.MAJORITY)
                    .deadline(Duration.ofSeconds(Long.MAX_VALUE))
                    .build())
            .build();

    new GroupFixture()
        .when(Groups.found(forever))
        .thenRejected(
            Rejections.tooLongAPeriod(
                "$.governance.procedures.LOGISTICS.deadline",
                Duration.ofSeconds(Long.MAX_VALUE),
                Duration.ofDays(36_500)));
    GroupFixture f = group();
    assertThat(
            f.when(
                    Groups.draft(
                        BOB, "p2", Groups.governance(GovernanceSettings.ofDefaults(), forever)))
                .thenRejected(RejectionReason.INVALID)
                .message())
        .startsWith("$.content.settings.procedures.LOGISTICS.deadline is ");

    GovernanceSettings longest =
        GovernanceSettings.custom()
            .newcomerPeriod(century)
            .putProcedure(
                DecisionKind.LOGISTICS,
                ImmutableDecisionProcedure.builder()
                    .method(DecisionMethod.MAJORITY)
                    .discussionPeriod(century)
                    .deadline(century)
                    .build())
            .build();
    GroupFixture lifelong = GroupFixture.given(Groups.founded(longest));
    lifelong.and(Groups.join(Groups.DANA, Standing.NEWCOMER, 1));
    lifelong.and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")));
    lifelong.and(Groups.open(ALICE, "p1"));
    lifelong.when(Groups.agree(BOB, "p1")).thenEvents(StanceTaken.class);
  }

  @Test
  void should_refuse_joining_a_full_group() {
    GroupFixture f = group(); // alice, bob, carol and the guest
    Limits four = Limits.custom().members(4).build();

    assertThat(rejectedUnder(four, f, Groups.join(Groups.DANA, Standing.NEWCOMER, 1)).message())
        .isEqualTo(
            "the group holds 4 members (those who left count too), its limit; nobody more can"
                + " join");
    f.and(Groups.leave(BOB));
    assertThat(rejectedUnder(four, f, Groups.join(Groups.DANA, Standing.NEWCOMER, 1)).message())
        .as("a member who left keeps their id, so still counts")
        .startsWith("the group holds 4 members");
  }

  @Test
  void should_refuse_control_characters_and_lone_surrogates_naming_the_offset() {
    GroupFixture f = group();

    f.when(Groups.comment(GUEST, "p1", "ab\u0000c", false))
        .thenRejected(Rejections.controlCharacter("$.text", 2, '\u0000'));
    assertThat(
            f.when(Groups.comment(GUEST, "p1", "colour \u001B[31m", false))
                .thenRejected(RejectionReason.INVALID)
                .message())
        .startsWith("$.text holds the control character U+001B at offset 7;");
    f.when(Groups.comment(GUEST, "p1", "smile \uD83D", false))
        .thenRejected(Rejections.loneSurrogate("$.text", 6, '\uD83D'));
    f.when(Groups.comment(GUEST, "p1", "\uDE00 smile", false))
        .thenRejected(Rejections.loneSurrogate("$.text", 0, '\uDE00'));
    f.when(Groups.object(BOB, "p1", "ok \uDE00\uD83D"))
        .thenRejected(Rejections.loneSurrogate("$.reason", 3, '\uDE00'));
    GroupCommand bell =
        ImmutableFoundGroup.copyOf((FoundGroup) Groups.found())
            .withFounders(
                FoundingMember.of("alice", "Alice"), FoundingMember.of("bob", "Bob\u0007"));
    assertThat(f.when(bell).thenRejected(RejectionReason.INVALID).message())
        .startsWith("$.founders[1].displayName holds the control character U+0007 at offset 3;");
  }

  @Test
  void should_keep_tabs_zero_width_and_right_to_left_marks_and_read_them_back() {
    GroupFixture f = group();
    String text =
        "Line one,\tthen two:\r\n"
            + "family \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 "
            + "zero\u200Bwidth \uFEFF "
            + "\u200F\u05E9\u05DC\u05D5\u05DD\u200E "
            + "\u202E\u0645\u0631\u062D\u0628\u0627\u202C "
            + "\u007F\u0085 \uD83D\uDE00";

    ProposalCommented e =
        f.when(Groups.comment(GUEST, "p1", text, false))
            .thenEvents(ProposalCommented.class)
            .event(0, ProposalCommented.class);
    var joined =
        io.github.peerled.core.command.ImmutableJoinGroup.builder()
            .actor(MemberId.of("dalia"))
            .displayName("\u062F\u0627\u0644\u064A\u0627\u200F")
            .acknowledgedVersion(1)
            .build();
    f.when(joined).thenEvents(io.github.peerled.core.event.MemberJoined.class);

    assertThat(e.text()).isEqualTo(text);
    GroupEvent back = PeerledJson.read(PeerledJson.write(e), GroupEvent.class, "event");
    assertThat(back).isEqualTo(e);
    assertThat(f.engine.replay(Groups.GROUP, f.log)).isEqualTo(f.state);
  }
}
