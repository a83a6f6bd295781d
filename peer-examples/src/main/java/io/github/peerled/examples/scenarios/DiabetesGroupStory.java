package io.github.peerled.examples.scenarios;

import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.command.CloseSession;
import io.github.peerled.core.command.CommentOnProposal;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.EndorseFoundingGuidelines;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.JoinGroup;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.RecordContribution;
import io.github.peerled.core.command.ScheduleSession;
import io.github.peerled.core.command.StartSession;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.Rejection;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.AddClause;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseChange;
import io.github.peerled.core.guideline.GuidelineDiff;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.rules.Finding;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.RuleSet;
import io.github.peerled.rules.Signpost;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The story {@code peer demo} tells: a diabetes peer support group that meets monthly in a town
 * hall and online is founded, its members adopt their first guidelines, a session is held, a member
 * proposes a guideline change, the group decides, and facilitation rotates. Deterministic: the same
 * story, and the same event log, every time. Not thread-safe; use one instance per run.
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

  private final SteppingClock clock = new SteppingClock(FOUNDED);
  private final GroupEngine engine = GroupEngine.of(clock);
  private final List<String> lines = new ArrayList<>();
  private final List<GroupEvent> events = new ArrayList<>();
  private GroupState state = GroupState.initial(GROUP);

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
    chapter("1. Founding");
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
            .draft(foundingGuidelines());
    apply(found.build(), s -> tell("Alice, Bob and Carol found the group and draft 5 guidelines."));
    for (MemberId founder : List.of(ALICE, BOB, CAROL)) {
      apply(
          EndorseFoundingGuidelines.builder().actor(founder).revision(1).build(),
          s -> tell(name(founder) + " endorses the draft."));
    }
    GuidelineVersion v1 = state.guidelinesInForce().orElseThrow();
    tell("All founders agreed: guidelines v" + v1.number() + " are in force:");
    for (Clause c : v1.clauses()) {
      tell(
          "   ["
              + c.id()
              + "] "
              + c.text()
              + c.rule().map(r -> "  (rule: " + r.ruleId() + ")").orElse(""));
    }

    chapter("2. Joining");
    clock.advance(Duration.ofDays(3));
    apply(
        join(DANA, "Dana", Standing.NEWCOMER, Optional.empty()),
        s -> tell("Dana joins as a newcomer, acknowledging v1."));
    apply(
        join(EVANS, "Dr Evans", Standing.ADVISOR, Optional.of(Affiliation.CLINICIAN)),
        s ->
            tell(
                "Dr Evans, a diabetes nurse, joins as an advisor: she advises, she does not decide."));
    apply(
        join(FRANK, "Frank", Standing.NEWCOMER, Optional.empty()),
        s -> tell("Frank joins as a newcomer."));

    chapter("3. The February session");
    clock.set(Instant.parse("2026-02-03T18:30:00Z"));
    SessionId feb = SessionId.of("2026-02");
    apply(
        schedule(ALICE, feb),
        s -> tell("Alice schedules the session in the town hall, online too."));
    apply(
        StartSession.builder()
            .actor(ALICE)
            .sessionId(feb)
            .addAttendees(ALICE, BOB, CAROL, DANA, EVANS, FRANK)
            .build(),
        s -> {
          Session session = s.session(feb).orElseThrow();
          tell(
              "The session starts. Facilitator by rotation: "
                  + name(session.facilitator().orElseThrow())
                  + ".");
        });
    List<Contribution> said = new ArrayList<>();
    say(
        said,
        BOB,
        feb,
        ContributionKind.SHARING,
        "What helped me most was walking after dinner; my evening readings came down a lot.");
    say(
        said,
        CAROL,
        feb,
        ContributionKind.RESPONSE,
        "Honestly you should just stop eating bread, that's the only thing that works.");
    say(
        said,
        DANA,
        feb,
        ContributionKind.REQUEST_FOR_SUPPORT,
        "I was diagnosed in December and I feel overwhelmed. Can someone help me make sense of"
            + " all this?");
    reply(
        said,
        BOB,
        feb,
        ContributionKind.SHARING,
        3,
        "In my experience the first year is the hardest, the numbers felt like a school report.");
    say(
        said,
        CAROL,
        feb,
        ContributionKind.OTHER,
        "Did you all see the match on Saturday? Unbelievable ending.");
    say(
        said,
        FRANK,
        feb,
        ContributionKind.SHARING,
        "When my foot got infected they had to cut the wound open and there was blood and pus"
            + " everywhere, I thought I would lose the leg.");
    say(
        said,
        BOB,
        feb,
        ContributionKind.SHARING,
        "I take 10 units before breakfast now, that is what my diabetes team and I worked out.");
    say(
        said,
        CAROL,
        feb,
        ContributionKind.RESPONSE,
        "Double your insulin if you eat pasta, and stop taking metformin when you are ill.");
    tell("");
    tell("What the group's rules notice (suggestions for the facilitator, never punishment):");
    RuleSet rules = RuleSet.of(state.guidelinesInForce().orElseThrow(), resources());
    Session held = state.session(feb).orElseThrow();
    for (Finding f : rules.review(GroupContext.of(state, held), said)) {
      tell(
          "   #"
              + f.contribution()
              + " "
              + f.severity()
              + " ["
              + f.ruleId()
              + f.clauseId().map(c -> ", our guideline '" + c + "'").orElse("")
              + "] "
              + f.message()
              + " -> "
              + f.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    apply(
        CloseSession.builder()
            .actor(state.session(feb).orElseThrow().facilitator().orElseThrow())
            .sessionId(feb)
            .build(),
        s -> tell("The facilitator closes the session."));

    chapter("4. A guideline change");
    clock.advance(Duration.ofDays(1));
    ProposalId p = ProposalId.of("quiet-voices");
    apply(
        DraftProposal.builder()
            .actor(DANA)
            .proposalId(p)
            .title("Invite quiet members")
            .rationale("As a newcomer I almost did not dare to speak.")
            .content(
                GuidelineAmendment.builder()
                    .baseVersion(1)
                    .addChange(
                        AddClause.builder()
                            .clause(
                                Clause.of(
                                    "quiet-voices",
                                    "The facilitator invites those who have not spoken yet."))
                            .after(io.github.peerled.core.guideline.ClauseId.of("everyone-counts"))
                            .build())
                    .build())
            .build(),
        s -> tell("Dana drafts a proposal: add a clause inviting quiet members (based on v1)."));
    apply(
        OpenProposal.builder().actor(DANA).proposalId(p).build(),
        s ->
            tell(
                "Dana opens it. Procedure for guideline changes: "
                    + s.proposal(p).orElseThrow().procedure().orElseThrow().method()
                    + "; electorate frozen: "
                    + s.proposal(p).orElseThrow().electorate()));
    apply(
        CommentOnProposal.builder()
            .actor(EVANS)
            .proposalId(p)
            .text("From the clinic's side: quiet patients often have the most urgent questions.")
            .recommendation(true)
            .build(),
        s -> tell("Dr Evans attaches a recommendation in favour."));
    attempt(
        TakeStance.builder().actor(EVANS).proposalId(p).kind(StanceKind.AGREE).build(),
        "Dr Evans tries to take a stance");
    apply(stance(ALICE, p, StanceKind.AGREE, ""), s -> tell("Alice agrees."));
    apply(
        stance(BOB, p, StanceKind.CONCERN, "It must not put anyone on the spot."),
        s -> tell("Bob agrees with a concern: it must not put anyone on the spot."));
    apply(stance(CAROL, p, StanceKind.AGREE, ""), s -> tell("Carol agrees."));
    attempt(
        CloseProposal.builder().actor(ALICE).proposalId(p).build(),
        "Alice tries to close it the same day");
    clock.advance(Duration.ofDays(4));
    apply(
        CloseProposal.builder().actor(ALICE).proposalId(p).build(),
        s -> {
          Tally t = lastOf(ProposalDecided.class).tally();
          tell(
              "After the discussion period Alice closes it: "
                  + t.outcome()
                  + " ("
                  + t.explanation()
                  + "; "
                  + t.participated()
                  + " of "
                  + t.electorate()
                  + " took part, quorum "
                  + t.quorumRequired()
                  + ").");
        });
    GuidelineDiff diff = state.guidelines().diff(1, 2);
    tell("Guidelines v2 are in force. What changed since v1:");
    for (ClauseChange change : diff.entries()) {
      tell(
          "   "
              + change.kind()
              + " ["
              + change.clauseId()
              + "] "
              + change.after().or(change::before).map(Clause::text).orElse(""));
    }

    chapter("5. The March session: facilitation rotates");
    clock.set(Instant.parse("2026-03-03T18:30:00Z"));
    SessionId mar = SessionId.of("2026-03");
    apply(schedule(BOB, mar), s -> tell("Bob schedules the March session."));
    apply(
        StartSession.builder()
            .actor(BOB)
            .sessionId(mar)
            .addAttendees(ALICE, BOB, CAROL, DANA, FRANK)
            .build(),
        s -> {
          Session session = s.session(mar).orElseThrow();
          tell(
              "Facilitation hands over from Alice to "
                  + name(session.facilitator().orElseThrow())
                  + " (round robin; newcomers Dana and Frank are not asked yet).");
        });
    tell("");
    tell(
        "The log holds "
            + events.size()
            + " events; replaying them gives the same state: "
            + engine.replay(GROUP, events).equals(state)
            + ".");

    chapter("What to try next (peer is java -jar peer-examples/target/peer.jar)");
    tell("Review a session with the group's rules, check a proposed change, classify a sentence:");
    for (String line : NEXT) {
      tell("   " + line);
    }
    return new Result(List.copyOf(lines), List.copyOf(events), state);
  }

  private GroupCommand join(
      MemberId who, String name, Standing standing, Optional<Affiliation> affiliation) {
    return JoinGroup.builder()
        .actor(who)
        .member(who)
        .displayName(name)
        .standing(standing)
        .affiliation(affiliation)
        .acknowledgedVersion(state.guidelineVersionNumber())
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

  private void say(
      List<Contribution> said,
      MemberId who,
      SessionId session,
      ContributionKind kind,
      String text) {
    record(said, who, session, kind, OptionalInt.empty(), text);
  }

  private void reply(
      List<Contribution> said,
      MemberId who,
      SessionId session,
      ContributionKind kind,
      int replyTo,
      String text) {
    record(said, who, session, kind, OptionalInt.of(replyTo), text);
  }

  private void record(
      List<Contribution> said,
      MemberId who,
      SessionId session,
      ContributionKind kind,
      OptionalInt replyTo,
      String text) {
    clock.advance(Duration.ofMinutes(3));
    apply(
        RecordContribution.builder()
            .actor(who)
            .sessionId(session)
            .kind(kind)
            .replyTo(replyTo)
            .text(text)
            .build(),
        s -> {
          Contribution c = lastOf(ContributionRecorded.class).contribution();
          said.add(c);
          tell(
              "   #"
                  + c.number()
                  + " "
                  + who
                  + " ("
                  + kind.name().toLowerCase(java.util.Locale.ROOT)
                  + (replyTo.isPresent() ? ", replying to #" + replyTo.getAsInt() : "")
                  + "): "
                  + text);
        });
  }

  private String name(MemberId id) {
    return state.member(id).flatMap(m -> m.displayName()).orElse(id.value());
  }

  private <E extends GroupEvent> E lastOf(Class<E> type) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (type.isInstance(events.get(i))) {
        return type.cast(events.get(i));
      }
    }
    throw new IllegalStateException("no " + type.getSimpleName() + " yet");
  }

  private void apply(GroupCommand command, Consumer<GroupState> then) {
    GroupEngine.Applied step = engine.apply(state, command);
    if (!step.result().isAccepted()) {
      throw new IllegalStateException(
          "the story went wrong: " + step.result().rejection().orElseThrow().message());
    }
    events.addAll(step.result().events());
    state = step.state();
    then.accept(state);
  }

  private void attempt(GroupCommand command, String what) {
    GroupEngine.Applied step = engine.apply(state, command);
    Optional<Rejection> r = step.result().rejection();
    if (r.isEmpty()) {
      throw new IllegalStateException("the story went wrong: " + what + " was accepted");
    }
    tell(what + " -> rejected (" + r.get().reason() + "): " + r.get().message());
  }

  private void chapter(String title) {
    if (!lines.isEmpty()) {
      lines.add("");
    }
    lines.add("== " + title);
  }

  private void tell(String line) {
    lines.addAll(Wrapping.wrap(line, WIDTH));
  }
}
