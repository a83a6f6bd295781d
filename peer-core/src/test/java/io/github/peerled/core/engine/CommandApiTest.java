package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.JoinGroup;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceChange;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.LeadershipChange;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.event.MemberJoined;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.files.FileFormat;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupStatus;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.session.SessionStatus;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command API a host sees: factories on the interfaces, the new member of a join, the mentor
 * fields of a leadership change, typed states in rejections, a plain disagree, the patch form of
 * governance settings and the names of the three versions; and that JSON written before each change
 * still reads.
 */
class CommandApiTest {
  private static final MemberId ERIN = MemberId.of("erin");

  /** Five peers deciding logistics by a procedure, with proposal p1 open. */
  private static GroupFixture openLogistics(DecisionProcedure logistics) {
    GovernanceSettings settings =
        GovernanceSettings.custom().putProcedure(DecisionKind.LOGISTICS, logistics).build();
    return GroupFixture.given(Groups.founded(settings))
        .and(JoinGroup.of(DANA, 1))
        .and(JoinGroup.of(ERIN, 1))
        .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
        .and(Groups.open(ALICE, "p1"));
  }

  private static GroupCommand disagree(MemberId who) {
    return TakeStance.builder()
        .actor(who)
        .proposalId(ProposalId.of("p1"))
        .kind(StanceKind.DISAGREE)
        .build();
  }

  private static Tally close(GroupFixture f) {
    f.after(Duration.ofDays(3));
    return f.when(Groups.close(BOB, "p1")).event(0, ProposalDecided.class).tally();
  }

  @Test
  void should_found_a_group_with_the_builders_on_the_interfaces() {
    FoundGroup found =
        FoundGroup.builder()
            .actor(ALICE)
            .profile(Groups.profile())
            .addFounders(FoundingMember.of("alice", "Alice"), FoundingMember.of("bob", "Bob"))
            .addDraft(Clause.of("sharing", "We share our own experience."))
            .build();

    GroupFixture f = GroupFixture.given(List.of(found));

    assertThat(f.state.isFounded()).isTrue();
    assertThat(found)
        .as("the same value as the generated builder's")
        .isEqualTo(
            io.github.peerled.core.command.ImmutableFoundGroup.builder()
                .actor(ALICE)
                .profile(Groups.profile())
                .addFounders(FoundingMember.of("alice", "Alice"), FoundingMember.of("bob", "Bob"))
                .addDraft(Clause.of("sharing", "We share our own experience."))
                .build());
  }

  @Test
  void should_give_every_command_content_and_change_a_builder_on_its_interface() throws Exception {
    for (Class<?> sealed :
        List.of(
            GroupCommand.class,
            ProposalContent.class,
            io.github.peerled.core.guideline.GuidelineChange.class)) {
      for (Class<?> type : sealed.getPermittedSubclasses()) {
        Method builder = type.getDeclaredMethod("builder");

        assertThat(Modifier.isStatic(builder.getModifiers())).as("%s.builder()", type).isTrue();
        assertThat(builder.getReturnType().getSimpleName())
            .as("%s.builder()", type)
            .isEqualTo("Builder");
        assertThat(builder.invoke(null)).as("%s.builder()", type).isNotNull();
      }
    }
  }

  @Test
  void should_join_as_the_member_the_command_names() {
    GroupFixture f = GroupFixture.given(Groups.founded());

    MemberJoined joined =
        f.when(JoinGroup.of(ERIN, f.state.guidelineVersionNumber())).event(0, MemberJoined.class);

    assertThat(joined.member()).isEqualTo(ERIN);
    assertThat(f.state.member(ERIN)).isPresent();
  }

  @Test
  void should_refuse_to_join_in_another_persons_name() {
    GroupFixture f = GroupFixture.given(Groups.founded());

    f.when(JoinGroup.builder().actor(ERIN).member(DANA).acknowledgedVersion(1).build())
        .thenRejected(Rejections.joinsForAnother(MemberId.of("erin"), MemberId.of("dana")));
    assertThat(f.state.member(DANA)).isEmpty();
  }

  @Test
  void should_read_a_join_written_before_the_member_field_as_the_actors() {
    GroupCommand old =
        PeerledJson.read(
            "{\"type\":\"JoinGroup\",\"actor\":\"carol\",\"acknowledgedVersion\":1}",
            GroupCommand.class,
            "old.json");

    assertThat(((JoinGroup) old).member()).isEqualTo(CAROL);
    assertThat(PeerledJson.write(old)).contains("\"member\":\"carol\"");
  }

  @Test
  void should_name_the_mentor_fields_by_what_they_do_and_read_the_old_names() {
    LeadershipChange change =
        LeadershipChange.builder().addMentorsToAdd(BOB).addMentorsToRemove(CAROL).build();
    ProposalContent old =
        PeerledJson.read(
            "{\"kind\":\"leadership\",\"addMentors\":[\"bob\"],\"removeMentors\":[\"carol\"]}",
            ProposalContent.class,
            "old.json");

    assertThat(old).isEqualTo(change);
    assertThat(PeerledJson.write(change))
        .contains("\"mentorsToAdd\":[\"bob\"]", "\"mentorsToRemove\":[\"carol\"]")
        .doesNotContain("addMentors");
    assertThat(change.mentorsToAdd()).containsExactly(BOB);
    assertThat(change.mentorsToRemove()).containsExactly(CAROL);
  }

  @Test
  void should_name_the_states_of_a_wrong_state_rejection_by_their_enums() {
    GroupFixture f = openLogistics(DecisionProcedure.consent());

    Rejection r = f.when(Groups.open(ALICE, "p1")).thenRejected(RejectionReason.WRONG_STATE);

    assertThat(r.currentState()).contains(ProposalStatus.OPEN);
    assertThat(r.expectedStates()).containsExactly(ProposalStatus.DRAFT);
    assertThat(r.message()).isEqualTo("proposal p1 is open; this needs it draft");
  }

  @Test
  void should_write_the_states_of_a_rejection_with_their_type_and_read_them_back() {
    Rejection open = Rejections.proposalInWrongState(ProposalId.of("p1"), ProposalStatus.OPEN);
    Rejection session =
        Rejections.sessionInWrongState(
            io.github.peerled.core.session.SessionId.of("s1"),
            SessionStatus.OPEN,
            SessionStatus.SCHEDULED);

    String json = PeerledJson.write(session);

    assertThat(json)
        .contains(
            "\"currentState\":{\"SessionStatus\":\"OPEN\"}",
            "\"expectedStates\":[{\"SessionStatus\":\"SCHEDULED\"}]");
    assertThat(PeerledJson.read(json, Rejection.class, "r.json")).isEqualTo(session);
    assertThat(PeerledJson.read(PeerledJson.write(open), Rejection.class, "r.json"))
        .isEqualTo(open);
    assertThat(Rejections.notFounded().currentState()).contains(GroupStatus.NOT_FOUNDED);
  }

  @Test
  void should_count_a_plain_disagree_against_under_majority() {
    GroupFixture f = openLogistics(DecisionProcedure.majority());
    f.and(Groups.agree(ALICE, "p1"))
        .and(Groups.agree(BOB, "p1"))
        .and(disagree(CAROL))
        .and(disagree(DANA))
        .and(disagree(ERIN));

    Tally t = close(f);

    assertThat(t.disagree()).isEqualTo(3);
    assertThat(t.object()).isZero();
    assertThat(t.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(t.explanation()).isEqualTo("2 agreed, 3 disagreed");
  }

  @Test
  void should_count_disagree_and_objection_alike_under_supermajority() {
    GroupFixture f = openLogistics(DecisionProcedure.supermajority(0.75));
    f.and(Groups.agree(ALICE, "p1"))
        .and(Groups.agree(BOB, "p1"))
        .and(Groups.agree(CAROL, "p1"))
        .and(disagree(DANA));

    Tally t = close(f);

    assertThat(t.disagree()).isEqualTo(1);
    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(t.explanation()).isEqualTo("3 of 4 agreed, 3 needed");
  }

  @Test
  void should_refuse_a_plain_disagree_where_votes_are_not_counted() {
    for (DecisionProcedure p :
        List.of(
            DecisionProcedure.consent(),
            DecisionProcedure.consensus(),
            DecisionProcedure.adviceProcess())) {
      GroupFixture f = openLogistics(p);

      f.when(disagree(DANA)).thenRejected(Rejections.disagreeNotCounted(p.method()));
    }
  }

  @Test
  void should_read_a_tally_written_before_disagree_existed_as_none_disagreeing() {
    String old =
        "{\"method\":\"MAJORITY\",\"electorate\":3,\"agree\":2,\"concern\":0,\"abstain\":0,"
            + "\"object\":1,\"silent\":0,\"silenceCountedAsConsent\":false,\"quorumRequired\":2,"
            + "\"participated\":3,\"quorumMet\":true,\"tie\":false,\"outcome\":\"ADOPTED\","
            + "\"explanation\":\"2 agreed, 1 objected\"}";

    Tally read = PeerledJson.read(old, Tally.class, "old.json");

    assertThat(read.disagree()).isZero();
    assertThat(read.object()).isEqualTo(1);
  }

  @Test
  void should_change_one_procedure_by_a_patch_and_keep_the_rest() {
    GroupFixture f = GroupFixture.given(Groups.founded());
    GovernanceSettings inForce = f.state.governance();

    GovernanceSettings patched =
        inForce.patch().putProcedure(DecisionKind.LOGISTICS, DecisionProcedure.consent()).build();
    f.and(Groups.adopted("g1", GovernanceChange.of(inForce, patched)));

    assertThat(f.state.governance().procedureFor(DecisionKind.LOGISTICS).method())
        .isEqualTo(DecisionMethod.CONSENT);
    assertThat(f.state.governance().procedureFor(DecisionKind.GOVERNANCE))
        .isEqualTo(inForce.procedureFor(DecisionKind.GOVERNANCE));
    assertThat(f.state.governance().newcomerPeriod()).isEqualTo(inForce.newcomerPeriod());
    assertThat(inForce.procedureFor(DecisionKind.LOGISTICS).method())
        .as("the patched settings are a new value")
        .isEqualTo(DecisionMethod.MAJORITY);
  }

  @Test
  void should_tell_the_three_versions_apart() {
    GroupFixture f = GroupFixture.given(List.of(Groups.found()));
    assertThat(f.state.guidelineVersionNumber()).isZero();

    f.and(Groups.founded().subList(1, Groups.founded().size()));

    assertThat(f.state.guidelineVersionNumber()).isEqualTo(1);
    assertThat(f.state.version()).isEqualTo(f.log.size()).isGreaterThan(1);
    assertThat(FileFormat.GROUP.formatVersion()).isEqualTo(1);
    assertThat(FileFormat.GROUP.id()).isEqualTo("peerled-group/1");
  }

  @Test
  void should_make_a_newcomer_join_in_their_own_name_by_of() {
    JoinGroup join = JoinGroup.of(CAROL, 2);

    assertThat(join.actor()).isEqualTo(CAROL);
    assertThat(join.member()).isEqualTo(CAROL);
    assertThat(join.standing()).isEqualTo(Standing.NEWCOMER);
    assertThat(join.acknowledgedVersion()).isEqualTo(2);
  }
}
