package io.github.peerled.examples.scenarios;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.command.CommentOnProposal;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.NominateForRole;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.OpenSelection;
import io.github.peerled.core.command.RevealNominations;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.LeadershipChange;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.event.NominationsRevealed;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.RoleTermEnded;
import io.github.peerled.core.event.RoleTermStarted;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.leadership.RoleAssignment;
import io.github.peerled.core.leadership.RoleDefinition;
import io.github.peerled.core.leadership.RoleName;
import io.github.peerled.core.leadership.RoleSelection;
import io.github.peerled.rules.files.GroupFile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The story {@code peer demo --story knowledge-network} tells: the rare-disease knowledge network
 * of {@code examples/knowledge-network/group.json} selects its representative to the wider network
 * the sociocratic way (the role and its term defined first, nominations hidden until revealed, a
 * change round, the group's consent), names a note-taker by rotation's fallback when nobody stands,
 * and sees both terms end by themselves at a deadline check. Deterministic: the same story, and the
 * same event log, every time. Not thread-safe; use one instance per run.
 */
public final class KnowledgeNetworkStory {
  /** The example folder whose group file the story founds. */
  public static final String EXAMPLE = "knowledge-network";

  /** The peer commands to try once the story is told, the last lines it prints. */
  public static final List<String> NEXT =
      List.of(
          "peer validate peer-examples/examples/knowledge-network/group.json",
          "peer demo --story mentoring-forum");

  static final RoleName REPRESENTATIVE = RoleName.of("representative");
  static final RoleName NOTE_TAKER = RoleName.of("note-taker");
  static final MemberId ANA = MemberId.of("ana");
  static final MemberId BEN = MemberId.of("ben");
  static final MemberId CHIARA = MemberId.of("chiara");
  static final MemberId DEV = MemberId.of("dev");
  static final MemberId LUND = MemberId.of("prof-lund");

  private static final Instant FOUNDED = Instant.parse("2026-01-12T19:00:00Z");

  private final GroupFile file = ExampleGroup.read(EXAMPLE);
  private final Telling telling = new Telling(file.groupId(), FOUNDED, DiabetesGroupStory.WIDTH);

  /** Creates the story. */
  public KnowledgeNetworkStory() {}

  /**
   * Runs the story.
   *
   * @return what it showed
   */
  public Told run() {
    rolesDefined();
    nominations();
    changeRound();
    consent();
    nobodyStands();
    termsEnd();
    telling.replayed();
    telling.whatNext(List.of(), NEXT);
    return telling.told();
  }

  /** The network is founded from its file; the roles it defines are told. */
  private void rolesDefined() {
    telling.chapter("1. The network and the roles it defines");
    ExampleGroup.found(telling, file);
    List<RoleDefinition> roles = telling.state().governance().roles();
    telling.tell(
        "Its settings define "
            + roles.size()
            + " roles. A role gives duties, never extra decision power: its holder takes one"
            + " stance like every peer.");
    for (RoleDefinition r : roles) {
      telling.tell(
          "   ["
              + r.name()
              + "] a term of "
              + r.term().toDays()
              + " days, at most "
              + r.maxConsecutiveTerms()
              + (r.maxConsecutiveTerms() == 1 ? " term" : " terms")
              + " in a row; "
              + (r.newcomersEligible() ? "open to newcomers" : "not open to newcomers")
              + (r.advisorsEligible() ? ", open to advisors" : ", not to advisors")
              + ". "
              + r.duties());
    }
  }

  /** A selection opens; each nomination is hidden from the members until the reveal. */
  private void nominations() {
    telling.chapter("2. Nominations, hidden until they are revealed");
    telling.clock().set(Instant.parse("2026-05-04T19:00:00Z"));
    telling.apply(
        OpenSelection.builder().actor(BEN).role(REPRESENTATIVE).build(),
        s ->
            telling.tell(
                "4 May: Ben opens the selection of the network's representative. Dev joined in"
                    + " January; his newcomer period of 90 days is over, so he may stand too."));
    telling.attempt(nominate(LUND, CHIARA), "Prof. Lund, an advisor, tries to nominate Chiara");
    telling.attempt(nominate(DEV, LUND), "Dev tries to nominate Prof. Lund");
    telling.apply(nominate(ANA, CHIARA), s -> {});
    telling.apply(nominate(CHIARA, ANA), s -> {});
    telling.apply(nominate(BEN, ANA), s -> {});
    telling.apply(
        nominate(DEV, CHIARA),
        s -> telling.tell("Ana, Chiara, Ben and Dev each nominate someone, in private."));
    telling.attempt(nominate(ANA, BEN), "Ana tries to nominate Ben as well");
    RoleSelection seen = telling.state().asSeenByMembers().selection(REPRESENTATIVE).orElseThrow();
    List<String> nominators = new ArrayList<>();
    for (MemberId m : seen.nominators()) {
      nominators.add(telling.name(m));
    }
    telling.tell(
        "What a member sees before the reveal: "
            + Telling.listed(nominators)
            + " nominated; "
            + seen.nominations().size()
            + " nominations can be read.");
  }

  /** The nominations are revealed, with the reasons, and one member changes theirs. */
  private void changeRound() {
    telling.chapter("3. The reveal and the change round");
    telling.clock().advance(Duration.ofDays(2));
    telling.apply(
        RevealNominations.builder().actor(BEN).role(REPRESENTATIVE).build(),
        s -> {
          NominationsRevealed revealed = telling.lastOf(NominationsRevealed.class);
          List<String> who = new ArrayList<>();
          for (Map.Entry<MemberId, MemberId> e : revealed.nominations().entrySet()) {
            who.add(telling.name(e.getKey()) + " nominated " + telling.name(e.getValue()));
          }
          telling.tell("At the online meeting Ben reveals them: " + Telling.listed(who) + ".");
          telling.tell("The count: " + count(s.selection(REPRESENTATIVE).orElseThrow()) + ".");
        });
    telling.tell(
        "Each says why. Ana: the council meets on weekdays in London, and she cannot travel this"
            + " year; Chiara has chaired the network's reading group for two years.");
    telling.apply(
        nominate(BEN, CHIARA),
        s ->
            telling.tell(
                "In the change round Ben moves his nomination from Ana to Chiara. The count: "
                    + count(s.selection(REPRESENTATIVE).orElseThrow())
                    + "."));
  }

  /** The group consents to the proposal the change round points to; the term starts. */
  private void consent() {
    telling.chapter("4. The group's consent, and the term");
    ProposalId p = ProposalId.of("representative-2026");
    telling.apply(
        DraftProposal.builder()
            .actor(BEN)
            .proposalId(p)
            .title("Chiara represents the network")
            .rationale("Most nominations after the change round; Chiara is willing.")
            .content(
                LeadershipChange.builder()
                    .assignment(RoleAssignment.of(REPRESENTATIVE, CHIARA))
                    .build())
            .build(),
        s -> {});
    telling.apply(
        OpenProposal.builder().actor(BEN).proposalId(p).build(),
        s -> {
          Proposal proposal = s.proposal(p).orElseThrow();
          List<String> electorate = new ArrayList<>();
          for (MemberId m : proposal.electorate()) {
            electorate.add(telling.name(m));
          }
          telling.tell(
              "Ben proposes Chiara as representative, a leadership decision by "
                  + proposal.procedure().orElseThrow().method()
                  + ". It counts "
                  + Telling.listed(electorate)
                  + ": Chiara, whom it is about, may speak but is left out of the count.");
        });
    telling.attempt(stance(CHIARA, p), "Chiara tries to consent to her own selection");
    telling.apply(
        CommentOnProposal.builder()
            .actor(LUND)
            .proposalId(p)
            .text("The council values members who report back; I will brief Chiara on the agenda.")
            .build(),
        s -> telling.tell("Prof. Lund comments: he will brief Chiara on the council's agenda."));
    telling.apply(stance(ANA, p), s -> {});
    telling.apply(stance(BEN, p), s -> {});
    telling.apply(stance(DEV, p), s -> telling.tell("Ana, Ben and Dev consent."));
    telling.clock().advance(Duration.ofHours(1));
    telling.apply(
        CloseProposal.builder().actor(BEN).proposalId(p).build(),
        s -> {
          Tally tally = telling.lastOf(ProposalDecided.class).tally();
          RoleTermStarted started = telling.lastOf(RoleTermStarted.class);
          telling.tell("Ben closes it: " + tally.outcome() + " (" + tally.explanation() + ").");
          telling.tell(
              "Chiara is the representative until "
                  + day(started.endsAt())
                  + " (term "
                  + started.consecutiveTerms()
                  + " of at most "
                  + s.governance().role(REPRESENTATIVE).orElseThrow().maxConsecutiveTerms()
                  + " in a row); the term ends by itself at the deadline check.");
        });
  }

  /** Nobody stands for note-taker: the reveal names rotation's fallback, and the group agrees. */
  private void nobodyStands() {
    telling.chapter("5. Nobody stands for note-taker: rotation's fallback");
    telling.clock().advance(Duration.ofDays(1));
    telling.apply(OpenSelection.builder().actor(DEV).role(NOTE_TAKER).build(), s -> {});
    telling.clock().advance(Duration.ofDays(2));
    telling.apply(
        RevealNominations.builder().actor(DEV).role(NOTE_TAKER).build(),
        s -> {
          MemberId fallback = telling.lastOf(NominationsRevealed.class).fallback().orElseThrow();
          telling.tell(
              "Dev opens the selection of a note-taker; nobody stands. At the reveal rotation's"
                  + " fallback names "
                  + telling.name(fallback)
                  + ", who has held the role least recently (never), the earliest to join.");
        });
    ProposalId p = ProposalId.of("note-taker-2026");
    telling.apply(
        DraftProposal.builder()
            .actor(DEV)
            .proposalId(p)
            .title("Ana takes the notes")
            .rationale("Rotation's fallback; Ana agrees to take the notes for a term.")
            .content(
                LeadershipChange.builder().assignment(RoleAssignment.of(NOTE_TAKER, ANA)).build())
            .build(),
        s -> {});
    telling.apply(OpenProposal.builder().actor(DEV).proposalId(p).build(), s -> {});
    for (MemberId m : List.of(BEN, CHIARA, DEV)) {
      telling.apply(stance(m, p), s -> {});
    }
    telling.clock().advance(Duration.ofHours(1));
    telling.apply(
        CloseProposal.builder().actor(DEV).proposalId(p).build(),
        s ->
            telling.tell(
                "Ben, Chiara and Dev consent: Ana takes the notes until "
                    + day(telling.lastOf(RoleTermStarted.class).endsAt())
                    + "."));
  }

  /** Each term ends at the deadline check that finds it has run its length. */
  private void termsEnd() {
    telling.chapter("6. The terms end at the deadline checks");
    Instant notesEnd = telling.state().tenure(NOTE_TAKER).orElseThrow().termEndsAt().orElseThrow();
    Instant repEnd =
        telling.state().tenure(REPRESENTATIVE).orElseThrow().termEndsAt().orElseThrow();
    telling.clock().set(notesEnd.minus(Duration.ofDays(1)));
    telling.attempt(check(BEN), "A day early, Ben's host checks the deadlines");
    telling.clock().set(notesEnd);
    telling.apply(check(BEN), s -> telling.tell(ended(telling.lastOf(RoleTermEnded.class))));
    telling.clock().set(repEnd);
    telling.apply(
        check(DEV),
        s -> {
          telling.tell(ended(telling.lastOf(RoleTermEnded.class)));
          telling.tell(
              "Both roles are vacant until the network selects again; Chiara may stand for a"
                  + " second term, Ana may not take the notes twice in a row while another can.");
        });
  }

  private String ended(RoleTermEnded e) {
    return "The check on "
        + day(e.endsAt())
        + " ends "
        + telling.name(e.member())
        + "'s term as "
        + e.role()
        + " ("
        + e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + ").";
  }

  private String count(RoleSelection sel) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<MemberId, Integer> e : sel.count().entrySet()) {
      parts.add(telling.name(e.getKey()) + " " + e.getValue());
    }
    return String.join(", ", parts);
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  private static NominateForRole nominate(MemberId who, MemberId nominee) {
    return NominateForRole.builder().actor(who).role(REPRESENTATIVE).nominee(nominee).build();
  }

  private static TakeStance stance(MemberId who, ProposalId p) {
    return TakeStance.builder().actor(who).proposalId(p).kind(StanceKind.AGREE).build();
  }

  private static CheckDeadlines check(MemberId who) {
    return CheckDeadlines.builder().actor(who).build();
  }
}
