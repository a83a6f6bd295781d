package io.github.peerled.examples.scenarios;

import io.github.peerled.core.command.AnswerPoll;
import io.github.peerled.core.command.ClosePoll;
import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.command.CloseSession;
import io.github.peerled.core.command.CommentOnProposal;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.EndorseFoundingGuidelines;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.JoinGroup;
import io.github.peerled.core.command.OpenPoll;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.ScheduleSession;
import io.github.peerled.core.command.StartSession;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.PollKind;
import io.github.peerled.core.decision.PollResult;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.PollClosed;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseChange;
import io.github.peerled.core.guideline.GuidelineDiff;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.RuleSet;
import io.github.peerled.rules.Signpost;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The story {@code peer demo} tells: a diabetes peer support group that meets monthly in a town
 * hall and online is founded, its members adopt their first guidelines, a session is held, a member
 * proposes a guideline change, revises it to integrate an objection, the group decides it with a
 * review date, facilitation rotates, and the group decides about a member with stances hidden until
 * the close. Deterministic: the same story, and the same event log, every time. Not thread-safe;
 * use one instance per run.
 */
public final class DiabetesGroupStory {
  /** The group's id. */
  public static final GroupId GROUP = GroupId.of("town-hall-diabetes");

  static final Instant FOUNDED = Instant.parse("2026-01-06T18:30:00Z");
  static final MemberId ALICE = MemberId.of("alice");
  static final MemberId BOB = MemberId.of("bob");
  static final MemberId CAROL = MemberId.of("carol");
  static final MemberId DANA = MemberId.of("dana");
  static final MemberId EVANS = MemberId.of("dr-evans");
  static final MemberId FRANK = MemberId.of("frank");

  /** What the story showed: its lines, the event log and the final state. */
  public record Result(List<String> lines, List<GroupEvent> events, GroupState state) {}

  /** The longest line the story tells; longer ones are wrapped at spaces. */
  public static final int WIDTH = 100;

  /** The peer commands to try once the story is told, the last lines it prints. */
  public static final List<String> NEXT =
      List.of(
          "peer review peer-examples/examples/diabetes/session-february.json \\",
          "    --group peer-examples/examples/diabetes/group.json",
          "peer validate peer-examples/examples/diabetes/group.json \\",
          "    peer-examples/examples/diabetes/change-problems.json",
          "echo \"Honestly you should just stop eating bread.\" | peer classify");

  private final Telling telling = new Telling(GROUP, FOUNDED, WIDTH);
  private final DecidingTogether deciding = new DecidingTogether(telling);

  /** Creates the story. */
  public DiabetesGroupStory() {}

  /**
   * The group's own resources for its rules: where to point people for help (a crisis line, the
   * care team and an information service).
   *
   * @return the resources
   */
  public static GroupResources resources() {
    return GroupResources.custom()
        .addSignposts(
            Signpost.of(Signpost.Kind.CRISIS, "Samaritans", "call 116 123, free, day or night"),
            Signpost.of(
                Signpost.Kind.SUPPORT,
                "Your diabetes care team",
                "the clinic's nurse line, weekdays 9-17"),
            Signpost.of(
                Signpost.Kind.INFORMATION,
                "Diabetes UK",
                "diabetes.org.uk, helpline 0345 123 2399"))
        .build();
  }

  /**
   * The first guidelines the founders write: each clause in their words, and the rule that holds
   * the group to it.
   *
   * @return the clauses
   */
  public static List<Clause> foundingGuidelines() {
    return List.of(
        Clause.of("confidential", "What is said in the group stays in the group."),
        Clause.bound(
            "sharing", "We share our own experience; we do not give advice.", "sharing-not-advice"),
        Clause.bound(
            "everyone-counts",
            "Everyone gets room to speak, and no request for support is left hanging.",
            "everyone-counts"),
        Clause.bound(
            "safety",
            "If someone is in distress we pause, listen, and point to help that fits.",
            "safety"),
        Clause.bound(
            "not-experts",
            "We are peers, not clinicians: dosing questions go to the care team.",
            "facilitator-not-expert"));
  }

  /**
   * Runs the story.
   *
   * @return what it showed
   */
  public Result run() {
    founding();
    joining();
    februarySession();
    guidelineChange();
    marchSession();
    deciding.hiddenUntilClose();
    telling.replayed();
    whatNext();
    return telling.result();
  }

  /** The founders found the group and endorse their first guidelines. */
  private void founding() {
    telling.chapter("1. Founding");
    var found =
        FoundGroup.builder()
            .actor(ALICE)
            .profile(
                GroupProfile.builder()
                    .name("Town Hall Diabetes Peer Group")
                    .purpose("We share what helps us live well with diabetes.")
                    .topic("type 1 and type 2 diabetes")
                    .addFormats(MeetingFormat.FACE_TO_FACE, MeetingFormat.ONLINE)
                    .openTo("anyone living with diabetes, and the people close to them")
                    .build())
            .addFounders(
                FoundingMember.of("alice", "Alice"),
                FoundingMember.of("bob", "Bob"),
                FoundingMember.of("carol", "Carol"))
            .draft(foundingGuidelines())
            .governance(DecidingTogether.governance());
    telling.apply(
        found.build(),
        s -> telling.tell("Alice, Bob and Carol found the group and draft 5 guidelines."));
    for (MemberId founder : List.of(ALICE, BOB, CAROL)) {
      telling.apply(
          EndorseFoundingGuidelines.builder().actor(founder).revision(1).build(),
          s -> telling.tell(telling.name(founder) + " endorses the draft."));
    }
    GuidelineVersion v1 = telling.state().guidelinesInForce().orElseThrow();
    telling.tell("All founders agreed: guidelines v" + v1.number() + " are in force:");
    for (Clause c : v1.clauses()) {
      telling.tell(
          "   ["
              + c.id()
              + "] "
              + c.text()
              + c.rule().map(r -> "  (rule: " + r.ruleId() + ")").orElse(""));
    }
  }

  /** A newcomer, an advisor and another newcomer join. */
  private void joining() {
    telling.chapter("2. Joining");
    telling.clock().advance(Duration.ofDays(3));
    telling.apply(
        join(DANA, "Dana", Standing.NEWCOMER, Optional.empty()),
        s -> telling.tell("Dana joins as a newcomer, acknowledging v1."));
    telling.apply(
        join(EVANS, "Dr Evans", Standing.ADVISOR, Optional.of(Affiliation.CLINICIAN)),
        s ->
            telling.tell(
                "Dr Evans, a diabetes nurse, joins as an advisor: she advises, she does not decide."));
    telling.apply(
        join(FRANK, "Frank", Standing.NEWCOMER, Optional.empty()),
        s -> telling.tell("Frank joins as a newcomer."));
  }

  /** The February session: what is said, and what the rules notice in it. */
  private void februarySession() {
    telling.chapter("3. The February session");
    telling.clock().set(Instant.parse("2026-02-03T18:30:00Z"));
    SessionId feb = SessionId.of("2026-02");
    telling.apply(
        schedule(ALICE, feb),
        s -> telling.tell("Alice schedules the session in the town hall, online too."));
    telling.apply(
        StartSession.builder()
            .actor(ALICE)
            .sessionId(feb)
            .addAttendees(ALICE, BOB, CAROL, DANA, EVANS, FRANK)
            .build(),
        s -> {
          Session session = s.session(feb).orElseThrow();
          telling.tell(
              "The session starts. Facilitator by rotation: "
                  + telling.name(session.facilitator().orElseThrow())
                  + ".");
        });
    Transcript said = new Transcript(telling, feb);
    said.say(
        BOB,
        ContributionKind.SHARING,
        "What helped me most was walking after dinner; my evening readings came down a lot.");
    said.say(
        CAROL,
        ContributionKind.RESPONSE,
        "Honestly you should just stop eating bread, that's the only thing that works.");
    said.say(
        DANA,
        ContributionKind.REQUEST_FOR_SUPPORT,
        "I was diagnosed in December and I feel overwhelmed. Can someone help me make sense of"
            + " all this?");
    said.reply(
        BOB,
        ContributionKind.SHARING,
        3,
        "In my experience the first year is the hardest, the numbers felt like a school report.");
    said.say(
        CAROL,
        ContributionKind.OTHER,
        "Did you all see the match on Saturday? Unbelievable ending.");
    said.say(
        FRANK,
        ContributionKind.SHARING,
        "When my foot got infected they had to cut the wound open and there was blood and pus"
            + " everywhere, I thought I would lose the leg.");
    said.say(
        BOB,
        ContributionKind.SHARING,
        "I take 10 units before breakfast now, that is what my diabetes team and I worked out.");
    said.say(
        CAROL,
        ContributionKind.RESPONSE,
        "Double your insulin if you eat pasta, and stop taking metformin when you are ill.");
    telling.tell("");
    telling.tell(
        "What the group's rules notice (suggestions for the facilitator, never punishment):");
    RuleSet rules = RuleSet.of(telling.state().guidelinesInForce().orElseThrow(), resources());
    said.review(rules);
    telling.apply(
        CloseSession.builder()
            .actor(telling.state().session(feb).orElseThrow().facilitator().orElseThrow())
            .sessionId(feb)
            .build(),
        s -> telling.tell("The facilitator closes the session."));
  }

  /** A newcomer proposes a guideline change, and the group decides it. */
  private void guidelineChange() {
    telling.chapter("4. A guideline change");
    telling.clock().advance(Duration.ofDays(1));
    ProposalId p = ProposalId.of("quiet-voices");
    telling.apply(
        DraftProposal.builder()
            .actor(DANA)
            .proposalId(p)
            .title("Invite quiet members")
            .rationale("As a newcomer I almost did not dare to speak.")
            .content(
                DecidingTogether.addAfterEveryoneCounts(
                    "quiet-voices", "The facilitator invites those who have not spoken yet."))
            .build(),
        s ->
            telling.tell(
                "Dana drafts a proposal: add a clause inviting quiet members (based on v1)."));
    telling.apply(
        OpenProposal.builder().actor(DANA).proposalId(p).build(),
        s ->
            telling.tell(
                "Dana opens it. Procedure for guideline changes: "
                    + s.proposal(p).orElseThrow().procedure().orElseThrow().method()
                    + "; electorate frozen: "
                    + s.proposal(p).orElseThrow().electorate()));
    telling.apply(
        CommentOnProposal.builder()
            .actor(EVANS)
            .proposalId(p)
            .text("From the clinic's side: quiet patients often have the most urgent questions.")
            .recommendation(true)
            .build(),
        s -> telling.tell("Dr Evans attaches a recommendation in favour."));
    telling.attempt(
        TakeStance.builder().actor(EVANS).proposalId(p).kind(StanceKind.AGREE).build(),
        "Dr Evans tries to take a stance");
    telling.apply(stance(ALICE, p, StanceKind.AGREE, ""), s -> telling.tell("Alice agrees."));
    telling.apply(
        stance(BOB, p, StanceKind.OBJECT, "It must not put anyone on the spot."),
        s -> telling.tell("Bob objects (objection 1): it must not put anyone on the spot."));
    telling.apply(stance(CAROL, p, StanceKind.AGREE, ""), s -> telling.tell("Carol agrees."));
    telling.attempt(
        CloseProposal.builder().actor(ALICE).proposalId(p).build(),
        "Alice tries to close it the same day");
    deciding.integrateObjection(p, DANA, List.of(ALICE, CAROL));
    telling.clock().advance(Duration.ofDays(4));
    telling.apply(
        CloseProposal.builder()
            .actor(ALICE)
            .proposalId(p)
            .outcomeStatement("Quiet members are invited to speak, and anyone may pass.")
            .reviewAt(Instant.parse("2026-09-01T18:30:00Z"))
            .build(),
        s -> {
          Tally tally = telling.lastOf(ProposalDecided.class).tally();
          telling.tell(
              "After the discussion period Alice closes it: "
                  + tally.outcome()
                  + " ("
                  + tally.explanation()
                  + "; "
                  + tally.participated()
                  + " of "
                  + tally.electorate()
                  + " took part, quorum "
                  + tally.quorumRequired()
                  + ").");
          telling.tell("Outcome: " + s.proposal(p).orElseThrow().outcomeStatement().orElseThrow());
          telling.tell(
              "The group reviews v2 from "
                  + s.guidelinesInForce().orElseThrow().reviewAt().orElseThrow()
                  + ".");
        });
    GuidelineDiff diff = telling.state().guidelines().diff(1, 2);
    telling.tell("Guidelines v2 are in force. What changed since v1:");
    for (ClauseChange change : diff.entries()) {
      telling.tell(
          "   "
              + change.kind()
              + " ["
              + change.clauseId()
              + "] "
              + change.after().or(change::before).map(Clause::text).orElse(""));
    }
  }

  /** The March session: facilitation rotates, and the log replays to the state. */
  private void marchSession() {
    telling.chapter("5. The March session: a time poll, and facilitation rotates");
    telling.clock().set(Instant.parse("2026-02-20T09:00:00Z"));
    PollId evening = PollId.of("march-evening");
    telling.apply(
        OpenPoll.builder()
            .actor(BOB)
            .pollId(evening)
            .kind(PollKind.TIME)
            .question("Which evening suits you for March?")
            .addOptions("Tuesday 3 March, 6.30 pm", "Thursday 5 March, 6.30 pm")
            .closesAt(Instant.parse("2026-02-27T09:00:00Z"))
            .build(),
        s -> telling.tell("Bob asks in a time poll (non-binding): Tuesday 3 or Thursday 5 March?"));
    telling.apply(answer(ALICE, evening, 0), s -> telling.tell("Alice can come on Tuesday."));
    telling.apply(answer(CAROL, evening, 0, 1), s -> telling.tell("Carol can come on either."));
    telling.apply(answer(DANA, evening, 0), s -> telling.tell("Dana can come on Tuesday."));
    telling.apply(answer(FRANK, evening, 1), s -> telling.tell("Frank can come on Thursday."));
    telling.clock().advance(Duration.ofDays(7));
    telling.apply(
        ClosePoll.builder().actor(BOB).pollId(evening).build(),
        s -> {
          PollResult result = telling.lastOf(PollClosed.class).result();
          telling.tell("Bob closes the poll: " + result.explanation());
        });
    telling.clock().set(Instant.parse("2026-03-03T18:30:00Z"));
    SessionId mar = SessionId.of("2026-03");
    telling.apply(schedule(BOB, mar), s -> telling.tell("Bob schedules the March session."));
    telling.apply(
        StartSession.builder()
            .actor(BOB)
            .sessionId(mar)
            .addAttendees(ALICE, BOB, CAROL, DANA, FRANK)
            .build(),
        s -> {
          Session session = s.session(mar).orElseThrow();
          telling.tell(
              "Facilitation hands over from Alice to "
                  + telling.name(session.facilitator().orElseThrow())
                  + " (round robin; newcomers Dana and Frank are not asked yet).");
        });
  }

  /** The commands to try next. */
  private void whatNext() {
    telling.whatNext(
        List.of(
            "Review a session with the group's rules, check a proposed change, classify a sentence:"),
        NEXT);
  }

  private static GroupCommand answer(MemberId who, PollId poll, int... choices) {
    return AnswerPoll.builder().actor(who).pollId(poll).addChoices(choices).build();
  }

  private GroupCommand join(
      MemberId who, String name, Standing standing, Optional<Affiliation> affiliation) {
    return JoinGroup.builder()
        .actor(who)
        .member(who)
        .displayName(name)
        .standing(standing)
        .affiliation(affiliation)
        .acknowledgedVersion(telling.state().guidelineVersionNumber())
        .build();
  }

  private static GroupCommand schedule(MemberId who, SessionId id) {
    return ScheduleSession.builder()
        .actor(who)
        .sessionId(id)
        .scheduledFor(
            id.value().equals("2026-02")
                ? Instant.parse("2026-02-03T18:30:00Z")
                : Instant.parse("2026-03-03T18:30:00Z"))
        .format(MeetingFormat.HYBRID)
        .place("Town hall, room 2")
        .build();
  }

  private static GroupCommand stance(MemberId who, ProposalId p, StanceKind kind, String reason) {
    var b = TakeStance.builder().actor(who).proposalId(p).kind(kind);
    if (!reason.isEmpty()) {
      b.reason(reason);
    }
    return b.build();
  }
}
