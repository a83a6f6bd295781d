package io.github.peerled.examples.scenarios;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.command.CommentOnProposal;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.FlagContribution;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.RecordContribution;
import io.github.peerled.core.command.ReviewHold;
import io.github.peerled.core.command.ScheduleSession;
import io.github.peerled.core.command.StartSession;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.command.VolunteerToFacilitate;
import io.github.peerled.core.decision.MembershipChange;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.event.ContributionHeld;
import io.github.peerled.core.event.PauseEnded;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Pause;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.rules.files.GroupFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The story {@code peer demo --story mentoring-forum} tells: in the forum of {@code
 * examples/mentoring-forum/group.json} a mentor attacks another in a thread, members flag the post,
 * it is held (hidden by the host) when the flags reach the group's threshold, and the facilitator
 * reviews the hold with a reason; when the attacks go on, the group pauses the mentor by a
 * membership decision about her (she may speak but is left out of the count), she is told why and
 * until when, and the pause ends by itself at the deadline check. Deterministic: the same story,
 * and the same event log, every time. Not thread-safe; use one instance per run.
 */
public final class MentoringForumStory {
  /** The example folder whose group file the story founds. */
  public static final String EXAMPLE = "mentoring-forum";

  /** The peer commands to try once the story is told, the last lines it prints. */
  public static final List<String> NEXT =
      List.of(
          "peer validate peer-examples/examples/mentoring-forum/group.json",
          "peer demo --story knowledge-network");

  static final MemberId INES = MemberId.of("ines");
  static final MemberId KOFI = MemberId.of("kofi");
  static final MemberId LENA = MemberId.of("lena");
  static final MemberId MO = MemberId.of("mo");
  static final MemberId NOOR = MemberId.of("noor");

  private static final Instant FOUNDED = Instant.parse("2026-03-01T10:00:00Z");
  private static final SessionId THREAD = SessionId.of("thread-415");

  private final GroupFile file = ExampleGroup.read(EXAMPLE);
  private final Telling telling = new Telling(file.groupId(), FOUNDED, DiabetesGroupStory.WIDTH);

  /** Creates the story. */
  public MentoringForumStory() {}

  /**
   * Runs the story.
   *
   * @return what it showed
   */
  public Told run() {
    founded();
    hostilePost();
    flagged();
    again();
    paused();
    pauseEnds();
    telling.replayed();
    telling.whatNext(List.of(), NEXT);
    return telling.told();
  }

  /** The forum is founded from its file; its flag settings are told. */
  private void founded() {
    telling.chapter("1. The forum and how it flags");
    ExampleGroup.found(telling, file);
    var g = telling.state().governance();
    telling.tell(
        "A member may flag a post once, with a reason; at "
            + g.flagThreshold()
            + " flags the post is held (the forum hides it) until a facilitator reviews it."
            + (g.advisorsMayFlag() ? " Advisors may flag;" : " Advisors may not flag;")
            + (g.guestsMayFlag() ? " guests may too." : " guests may not."));
  }

  /** A thread in which one mentor attacks another. */
  private void hostilePost() {
    telling.chapter("2. A hostile post between mentors");
    telling.clock().set(Instant.parse("2026-03-17T18:00:00Z"));
    telling.apply(
        ScheduleSession.builder()
            .actor(KOFI)
            .sessionId(THREAD)
            .scheduledFor(telling.clock().instant())
            .format(MeetingFormat.ONLINE)
            .place("forum thread 415")
            .build(),
        s -> {});
    telling.apply(VolunteerToFacilitate.builder().actor(KOFI).sessionId(THREAD).build(), s -> {});
    telling.apply(
        StartSession.builder()
            .actor(KOFI)
            .sessionId(THREAD)
            .addAttendees(INES, KOFI, LENA, MO, NOOR)
            .build(),
        s ->
            telling.tell(
                "Thread 415 opens. Its facilitator, who volunteered: "
                    + telling.name(s.session(THREAD).orElseThrow().facilitator().orElseThrow())
                    + "."));
    post(
        MO,
        ContributionKind.QUESTION,
        OptionalInt.empty(),
        "My first build: can I power a 12 V LED strip from my old laptop charger?");
    post(
        INES,
        ContributionKind.SHARING,
        OptionalInt.of(1),
        "I tried that once and a 19 V charger fried my strip. I use a 12 V supply now.");
    post(
        LENA,
        ContributionKind.RESPONSE,
        OptionalInt.of(2),
        "Ines, that is lazy and wrong, as usual. You have no business mentoring anyone.");
    post(
        NOOR,
        ContributionKind.SHARING,
        OptionalInt.of(1),
        "Mo, the wiki page on power supplies helped me pick mine.");
  }

  /** Three members flag the post; it is held at the threshold and the facilitator keeps it so. */
  private void flagged() {
    telling.chapter("3. Flags, the hold, and the facilitator's review");
    telling.clock().advance(Duration.ofMinutes(10));
    telling.apply(
        flag(INES, 3, "A personal attack on me, not on the advice."),
        s -> telling.tell("Ines flags #3: a personal attack on her, not on the advice."));
    telling.apply(
        flag(MO, 3, "It makes me afraid to ask anything here."),
        s -> telling.tell("Mo flags #3: it makes him afraid to ask anything."));
    telling.attempt(flag(MO, 3, "Really."), "Mo tries to flag #3 a second time");
    telling.apply(
        flag(NOOR, 3, "Mocks a fellow mentor."),
        s -> {
          ContributionHeld held = telling.lastOf(ContributionHeld.class);
          telling.tell(
              "Noor flags #3: "
                  + held.flags()
                  + " flags reach the threshold of "
                  + held.threshold()
                  + ", so #3 is held. Hidden from the forum: "
                  + s.isHidden(THREAD, 3)
                  + "; the log keeps it.");
        });
    telling.attempt(
        review(INES, 3, true, "It attacks me."), "Ines tries to review the hold herself");
    telling.clock().advance(Duration.ofHours(2));
    String reason =
        "A personal attack on a fellow mentor; the point about chargers stands without it.";
    telling.apply(
        review(KOFI, 3, true, reason),
        s ->
            telling.tell(
                "Kofi, the facilitator, reviews it and keeps the hold: \"" + reason + "\""));
  }

  /** The mentor attacks again; the post is held and kept held. */
  private void again() {
    telling.chapter("4. It happens again");
    telling.clock().set(Instant.parse("2026-03-18T20:00:00Z"));
    post(
        LENA,
        ContributionKind.RESPONSE,
        OptionalInt.of(2),
        "Still pushing that supply, Ines? Nobody here wants your advice.");
    telling.clock().advance(Duration.ofMinutes(20));
    for (MemberId m : List.of(INES, NOOR, MO)) {
      telling.apply(flag(m, 5, "Another personal attack."), s -> {});
    }
    telling.tell(
        "Ines, Noor and Mo flag #5; it is held at "
            + telling.lastOf(ContributionHeld.class).flags()
            + " flags.");
    telling.clock().advance(Duration.ofHours(1));
    telling.apply(
        review(KOFI, 5, true, "The second attack on Ines in two days."),
        s -> telling.tell("Kofi keeps that hold too: the second attack on Ines in two days."));
  }

  /** The group pauses the mentor by a membership decision about her. */
  private void paused() {
    telling.chapter("5. A pause, decided by the group");
    telling.clock().advance(Duration.ofHours(12));
    ProposalId p = ProposalId.of("pause-lena");
    Instant until = Instant.parse("2026-04-02T09:00:00Z");
    String reason =
        "Two personal attacks on a fellow mentor in thread 415, both held after review."
            + " Take two weeks away, then come back.";
    telling.apply(
        DraftProposal.builder()
            .actor(KOFI)
            .proposalId(p)
            .title("Ask Lena to pause for two weeks")
            .rationale("We want Lena back as a mentor, and Ines safe in the forum.")
            .content(
                MembershipChange.builder().member(LENA).pauseUntil(until).reason(reason).build())
            .build(),
        s -> {});
    telling.apply(
        OpenProposal.builder().actor(KOFI).proposalId(p).build(),
        s -> {
          Proposal proposal = s.proposal(p).orElseThrow();
          List<String> electorate = new ArrayList<>();
          for (MemberId m : proposal.electorate()) {
            electorate.add(telling.name(m));
          }
          telling.tell(
              "Kofi proposes to ask Lena to pause until "
                  + until
                  + ", a membership decision by "
                  + proposal.procedure().orElseThrow().method()
                  + ". It counts "
                  + Telling.listed(electorate)
                  + "; Lena may speak but is left out of the count.");
        });
    telling.apply(
        CommentOnProposal.builder()
            .actor(LENA)
            .proposalId(p)
            .text("I was angry about bad advice, not about Ines. I will take the break.")
            .build(),
        s ->
            telling.tell(
                "Lena comments: she was angry about bad advice, not about Ines; she will take the"
                    + " break."));
    telling.attempt(
        TakeStance.builder()
            .actor(LENA)
            .proposalId(p)
            .kind(StanceKind.OBJECT)
            .reason("Not fair.")
            .build(),
        "Lena tries to object");
    List<String> names = new ArrayList<>();
    for (MemberId m : telling.state().proposal(p).orElseThrow().electorate()) {
      telling.apply(
          TakeStance.builder().actor(m).proposalId(p).kind(StanceKind.AGREE).build(), s -> {});
      names.add(telling.name(m));
    }
    telling.tell(Telling.listed(names) + " consent.");
    telling.clock().advance(Duration.ofHours(1));
    telling.apply(
        CloseProposal.builder().actor(KOFI).proposalId(p).build(),
        s -> {
          Tally tally = telling.lastOf(ProposalDecided.class).tally();
          telling.tell("Kofi closes it: " + tally.outcome() + " (" + tally.explanation() + ").");
          Pause pause = s.pauseOf(LENA, telling.clock().instant()).orElseThrow();
          telling.tell(
              "Lena is told: paused until " + pause.until() + ", because: " + pause.reason());
        });
    telling.attempt(
        post(LENA, "Fine. Enjoy your echo chamber."), "Lena tries to post in the thread");
  }

  /** The pause ends by itself at the deadline check; Lena is back. */
  private void pauseEnds() {
    telling.chapter("6. The pause ends by itself");
    Instant until = telling.state().pauseOf(LENA, telling.clock().instant()).orElseThrow().until();
    telling.clock().set(until);
    telling.apply(
        CheckDeadlines.builder().actor(KOFI).build(),
        s -> {
          PauseEnded ended = telling.lastOf(PauseEnded.class);
          telling.tell(
              "The deadline check at "
                  + ended.until()
                  + " ends "
                  + telling.name(ended.member())
                  + "'s pause; "
                  + (s.pauseOf(LENA, telling.clock().instant()).isEmpty()
                      ? "she may post and take stances again."
                      : "she is still paused."));
        });
    telling.clock().advance(Duration.ofHours(3));
    post(
        LENA,
        ContributionKind.SHARING,
        OptionalInt.of(1),
        "Ines, I am sorry. Mo: a 12 V wall supply rated above the strip's current is the safe"
            + " way.");
  }

  private void post(MemberId who, ContributionKind kind, OptionalInt replyTo, String text) {
    telling.clock().advance(Duration.ofMinutes(4));
    telling.apply(
        RecordContribution.builder()
            .actor(who)
            .sessionId(THREAD)
            .kind(kind)
            .replyTo(replyTo)
            .text(text)
            .build(),
        s -> {
          int number = s.session(THREAD).orElseThrow().contributions();
          telling.tell(
              "   #"
                  + number
                  + " "
                  + who
                  + " ("
                  + kind.name().toLowerCase(Locale.ROOT)
                  + (replyTo.isPresent() ? ", replying to #" + replyTo.getAsInt() : "")
                  + "): "
                  + text);
        });
  }

  private static RecordContribution post(MemberId who, String text) {
    return RecordContribution.builder()
        .actor(who)
        .sessionId(THREAD)
        .kind(ContributionKind.OTHER)
        .text(text)
        .build();
  }

  private static FlagContribution flag(MemberId who, int number, String reason) {
    return FlagContribution.builder()
        .actor(who)
        .sessionId(THREAD)
        .number(number)
        .reason(reason)
        .build();
  }

  private static ReviewHold review(MemberId who, int number, boolean keep, String reason) {
    return ReviewHold.builder()
        .actor(who)
        .sessionId(THREAD)
        .number(number)
        .keep(keep)
        .reason(reason)
        .build();
  }
}
