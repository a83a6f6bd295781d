package io.github.peerled.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.group.GroupStatus;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.core.session.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The wording of the engine's rejections, written out once. The engine tests compare what a command
 * got with the factory of {@link Rejections}; this test says what that factory says, so a changed
 * message shows here.
 */
class RejectionsTest {
  private static final MemberId BOB = MemberId.of("bob");
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final SessionId S1 = SessionId.of("s1");

  private static Rejection invalid(String message) {
    return Rejection.of(RejectionReason.INVALID, message);
  }

  private static Rejection notPermitted(String message) {
    return Rejection.of(RejectionReason.NOT_PERMITTED, message);
  }

  private static Rejection conflict(String message) {
    return Rejection.of(RejectionReason.CONFLICT, message);
  }

  @Test
  void should_name_what_does_not_exist_or_is_taken() {
    assertThat(Rejections.unknownProposal(ProposalId.of("nope")))
        .isEqualTo(invalid("there is no proposal nope"));
    assertThat(Rejections.unknownSession(SessionId.of("s9")))
        .isEqualTo(invalid("there is no session s9"));
    assertThat(Rejections.unknownMember(MemberId.of("zed")))
        .isEqualTo(invalid("there is no member zed in the group"));
    assertThat(Rejections.inactiveMember(MemberId.of("dana")))
        .isEqualTo(invalid("dana has left the group"));
    assertThat(Rejections.idInUse("proposal", P1))
        .isEqualTo(invalid("there is already a proposal with id p1"));
    assertThat(Rejections.blank("title")).isEqualTo(invalid("title must not be blank"));
    assertThat(Rejections.objectionNeedsReason())
        .isEqualTo(invalid("an objection must carry a reason"));
    assertThat(Rejections.disagreeNotCounted(DecisionMethod.ADVICE_PROCESS))
        .isEqualTo(
            invalid(
                "a plain disagree is a vote, and advice process does not count votes; to say no,"
                    + " object with a reason"));
  }

  @Test
  void should_name_who_may_not_act_and_why() {
    assertThat(Rejections.notAMember(MemberId.of("erin")))
        .isEqualTo(notPermitted("erin is not a member of the group"));
    assertThat(Rejections.hasLeft(MemberId.of("dana")))
        .isEqualTo(notPermitted("dana has left the group"));
    assertThat(Rejections.notAFounder(MemberId.of("dana")))
        .isEqualTo(notPermitted("dana is not a founding member"));
    assertThat(Rejections.notAPeer(MemberId.of("dr-evans"), "close a session"))
        .isEqualTo(
            notPermitted(
                "dr-evans may not close a session: advisors and guests advise and comment,"
                    + " decisions stay with the group's members"));
    assertThat(Rejections.onlyProposer(BOB, P1, "withdraw it"))
        .isEqualTo(notPermitted("only the proposer of p1 may withdraw it, not bob"));
    assertThat(Rejections.notFacilitator(BOB, S1, "hand over"))
        .isEqualTo(
            notPermitted(
                "only the facilitator or co-facilitator of session s1 may hand over, not bob"));
    assertThat(Rejections.notInElectorate(BOB, P1))
        .isEqualTo(
            notPermitted(
                "bob is not in the electorate of p1 (it was frozen when the proposal opened; a"
                    + " decision about a member leaves them out)"));
    assertThat(Rejections.joinsForAnother(MemberId.of("erin"), MemberId.of("dana")))
        .isEqualTo(
            notPermitted("a person joins in their own name: erin cannot join the group as dana"));
    assertThat(Rejections.tooEarlyToClose(P1, Instant.parse("2026-01-08T18:30:00Z")))
        .isEqualTo(
            notPermitted(
                "proposal p1 is in its discussion period until 2026-01-08T18:30:00Z; nobody, the"
                    + " facilitator included, may close it earlier unless everyone in the"
                    + " electorate has taken a stance"));
    assertThat(
            Rejections.newcomerNotAsked(MemberId.of("dana"), Instant.parse("2026-01-15T18:30:00Z")))
        .isEqualTo(
            notPermitted(
                "dana is in their newcomer period until 2026-01-15T18:30:00Z: newcomers are not"
                    + " asked to facilitate during it, by rotation or by hand-over, unless the"
                    + " group's rotation policy makes newcomers eligible"));
  }

  @Test
  void should_say_which_revision_or_version_is_current() {
    assertThat(Rejections.staleDraft(1, 2))
        .isEqualTo(
            conflict("the founding draft is at revision 2, not 1; read the current draft first"));
    assertThat(Rejections.staleAcknowledgement(2, 1))
        .isEqualTo(
            conflict(
                "the guidelines in force are version 1, not 2; read and acknowledge the current"
                    + " version"));
    assertThat(Rejections.staleBase(ProposalId.of("p2"), 1, 2))
        .isEqualTo(
            conflict(
                "proposal p2 is based on guideline version 1 but version 2 is in force; withdraw"
                    + " it and propose again on version 2"));
  }

  @Test
  void should_name_the_current_and_expected_states_in_words_and_as_enums() {
    Rejection proposal =
        Rejections.proposalInWrongState(
            P1, ProposalStatus.WITHDRAWN, ProposalStatus.DRAFT, ProposalStatus.OPEN);
    assertThat(proposal.reason()).isEqualTo(RejectionReason.WRONG_STATE);
    assertThat(proposal.message())
        .isEqualTo("proposal p1 is withdrawn; this needs it draft or open");
    assertThat(proposal.currentState()).contains(ProposalStatus.WITHDRAWN);
    assertThat(proposal.expectedStates())
        .containsExactly(ProposalStatus.DRAFT, ProposalStatus.OPEN);

    Rejection session =
        Rejections.sessionInWrongState(S1, SessionStatus.SCHEDULED, SessionStatus.OPEN);
    assertThat(session.message()).isEqualTo("session s1 is scheduled; this needs it open");
    assertThat(session.currentState()).contains(SessionStatus.SCHEDULED);

    assertThat(Rejections.noGuidelinesYet("joining").message())
        .isEqualTo(
            "joining needs guidelines in force; the founding members have not adopted them yet");
    assertThat(Rejections.alreadyFounded().message())
        .isEqualTo("the group has already been founded");
    assertThat(Rejections.alreadyFounded().currentState()).contains(GroupStatus.FOUNDED);
    assertThat(Rejections.guidelinesAlreadyAdopted().message())
        .isEqualTo("the founding guidelines are already adopted; change them by a proposal");
  }

  @Test
  void should_name_the_json_path_and_the_limit_of_an_oversized_or_bad_text() {
    assertThat(Rejections.tooLong("$.text", 25_000_000, 20_000))
        .isEqualTo(invalid("$.text is 25000000 characters long; the limit is 20000 characters"));
    assertThat(Rejections.tooMany("$.draft", 501, 500, "clauses"))
        .isEqualTo(invalid("$.draft holds 501 clauses; the limit is 500 clauses"));
    assertThat(
            Rejections.tooLongAPeriod(
                "$.governance.procedures.LOGISTICS.deadline",
                Duration.ofSeconds(Long.MAX_VALUE),
                Duration.ofDays(36_500)))
        .isEqualTo(
            invalid(
                "$.governance.procedures.LOGISTICS.deadline is PT2562047788015215H30M7S long; the"
                    + " longest period a group may set is 36500 days (100 years)"));
    assertThat(Rejections.controlCharacter("$.text", 2, '\u0000'))
        .isEqualTo(
            invalid(
                "$.text holds the control character U+0000 at offset 2; text may hold no control"
                    + " characters but tab, line feed and carriage return"));
    assertThat(Rejections.loneSurrogate("$.text", 6, '\uD83D'))
        .isEqualTo(
            invalid(
                "$.text holds a lone surrogate U+D83D at offset 6, half of a character; it is not"
                    + " valid Unicode and cannot be stored"));
  }
}
