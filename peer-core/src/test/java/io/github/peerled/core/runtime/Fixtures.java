package io.github.peerled.core.runtime;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableDraftProposal;
import io.github.peerled.core.command.ImmutableEndorseFoundingGuidelines;
import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.command.ImmutableJoinGroup;
import io.github.peerled.core.command.ImmutableOpenProposal;
import io.github.peerled.core.command.ImmutableRecordContribution;
import io.github.peerled.core.command.ImmutableScheduleSession;
import io.github.peerled.core.command.ImmutableStartSession;
import io.github.peerled.core.command.ImmutableTakeStance;
import io.github.peerled.core.decision.ImmutableGuidelineAmendment;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ImmutableAddClause;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.SessionId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data for the runtime and the stores: a peer support group with an open session and an open
 * proposal, and the commands its people give.
 */
public final class Fixtures {
  private Fixtures() {}

  public static final Instant START = Instant.parse("2026-01-05T18:30:00Z");
  public static final MemberId ALICE = MemberId.of("alice");
  public static final MemberId BOB = MemberId.of("bob");
  public static final MemberId CAROL = MemberId.of("carol");

  public static Clock fixedClock() {
    return Clock.fixed(START, ZoneOffset.UTC);
  }

  public static GroupCommand found() {
    return ImmutableFoundGroup.builder()
        .actor(ALICE)
        .profile(
            ImmutableGroupProfile.builder()
                .name("Town Hall Diabetes Peer Group")
                .purpose("We share what helps us live well with diabetes.")
                .topic("type 1 and type 2 diabetes")
                .addFormats(MeetingFormat.FACE_TO_FACE, MeetingFormat.ONLINE)
                .openTo("anyone living with diabetes, and their families")
                .build())
        .addFounders(
            FoundingMember.of("alice", "Alice"),
            FoundingMember.of("bob", "Bob"),
            FoundingMember.of("carol", "Carol"))
        .draft(
            List.of(
                Clause.of("confidential", "What is said in the group stays in the group."),
                Clause.of("sharing", "We share our own experience rather than give advice.")))
        .build();
  }

  public static GroupCommand endorse(MemberId founder) {
    return ImmutableEndorseFoundingGuidelines.builder().actor(founder).revision(1).build();
  }

  public static MemberId member(int i) {
    return MemberId.of("m" + i);
  }

  public static GroupCommand join(MemberId who) {
    return ImmutableJoinGroup.builder()
        .actor(who)
        .displayName(who.value())
        .standing(Standing.NEWCOMER)
        .acknowledgedVersion(1)
        .build();
  }

  public static GroupCommand schedule(String session) {
    return ImmutableScheduleSession.builder()
        .actor(ALICE)
        .sessionId(SessionId.of(session))
        .scheduledFor(START.plusSeconds(3600))
        .format(MeetingFormat.HYBRID)
        .place("Town hall, room 2")
        .build();
  }

  public static GroupCommand start(String session) {
    return ImmutableStartSession.builder().actor(ALICE).sessionId(SessionId.of(session)).build();
  }

  public static GroupCommand draft(String proposal) {
    return ImmutableDraftProposal.builder()
        .actor(ALICE)
        .proposalId(ProposalId.of(proposal))
        .title("Proposal " + proposal)
        .content(
            ImmutableGuidelineAmendment.builder()
                .baseVersion(1)
                .addChange(
                    ImmutableAddClause.builder()
                        .clause(Clause.of("room-" + proposal, "Everyone gets room to speak."))
                        .build())
                .build())
        .build();
  }

  public static GroupCommand open(String proposal) {
    return ImmutableOpenProposal.builder().actor(ALICE).proposalId(ProposalId.of(proposal)).build();
  }

  public static GroupCommand stance(MemberId who, String proposal, StanceKind kind) {
    return ImmutableTakeStance.builder()
        .actor(who)
        .proposalId(ProposalId.of(proposal))
        .kind(kind)
        .build();
  }

  public static GroupCommand say(MemberId who, String session, String text) {
    return ImmutableRecordContribution.builder()
        .actor(who)
        .sessionId(SessionId.of(session))
        .kind(ContributionKind.SHARING)
        .text(text)
        .build();
  }

  /** Founds the group, adopts its guidelines, lets {@code members} newcomers join. */
  public static List<GroupCommand> founded(int members) {
    List<GroupCommand> all = new ArrayList<>();
    all.add(found());
    all.add(endorse(ALICE));
    all.add(endorse(BOB));
    all.add(endorse(CAROL));
    for (int i = 0; i < members; i++) {
      all.add(join(member(i)));
    }
    return all;
  }

  /** As {@link #founded}, then opens session {@code s1} and proposal {@code p1}. */
  public static List<GroupCommand> running(int members) {
    List<GroupCommand> all = founded(members);
    all.add(schedule("s1"));
    all.add(start("s1"));
    all.add(draft("p1"));
    all.add(open("p1"));
    return all;
  }

  /**
   * A log of exactly {@code size} events: a running group of three, then contributions by Bob to
   * session {@code s1}.
   */
  public static List<GroupEvent> longLog(GroupId group, int size) {
    GroupEngine engine = GroupEngine.of(fixedClock());
    GroupState s = GroupState.initial(group);
    List<GroupEvent> log = new ArrayList<>();
    for (GroupCommand c : running(3)) {
      GroupEngine.Applied a = engine.apply(s, c);
      log.addAll(a.result().events());
      s = a.state();
    }
    while (log.size() < size) {
      GroupEngine.Applied a = engine.apply(s, say(BOB, "s1", "line " + log.size()));
      log.addAll(a.result().events());
      s = a.state();
    }
    return List.copyOf(log.subList(0, size));
  }
}
