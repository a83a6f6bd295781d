package io.github.peerled.core.engine;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableCloseProposal;
import io.github.peerled.core.command.ImmutableCloseSession;
import io.github.peerled.core.command.ImmutableCommentOnProposal;
import io.github.peerled.core.command.ImmutableDraftProposal;
import io.github.peerled.core.command.ImmutableEndorseFoundingGuidelines;
import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.command.ImmutableHandOverFacilitation;
import io.github.peerled.core.command.ImmutableJoinGroup;
import io.github.peerled.core.command.ImmutableLeaveGroup;
import io.github.peerled.core.command.ImmutableOpenProposal;
import io.github.peerled.core.command.ImmutableRecordAttendance;
import io.github.peerled.core.command.ImmutableRecordContribution;
import io.github.peerled.core.command.ImmutableReviseFoundingDraft;
import io.github.peerled.core.command.ImmutableScheduleSession;
import io.github.peerled.core.command.ImmutableStartSession;
import io.github.peerled.core.command.ImmutableTakeStance;
import io.github.peerled.core.command.ImmutableVolunteerToFacilitate;
import io.github.peerled.core.command.ImmutableWithdrawProposal;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ImmutableDecisionProcedure;
import io.github.peerled.core.decision.ImmutableGovernanceChange;
import io.github.peerled.core.decision.ImmutableGuidelineAmendment;
import io.github.peerled.core.decision.ImmutableLeadershipChange;
import io.github.peerled.core.decision.ImmutableLogisticsChange;
import io.github.peerled.core.decision.ImmutableMembershipChange;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.ImmutableFoundingMember;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.group.ImmutableMeetingPlan;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MeetingPlan;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.guideline.ImmutableAddClause;
import io.github.peerled.core.guideline.ImmutableAmendClause;
import io.github.peerled.core.guideline.ImmutableClause;
import io.github.peerled.core.guideline.ImmutableRemoveClause;
import io.github.peerled.core.guideline.ImmutableReorderClauses;
import io.github.peerled.core.guideline.ImmutableRuleBinding;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Hostile commands against a group: texts that are huge, empty, at and past their limits, or hold
 * NUL, other control characters, lone surrogates, zero-width and right-to-left marks; ids that are
 * unknown or already in use. Each knows which of its fields break a limit, so that a test can tell
 * what the engine must say.
 */
final class HostileCommands {
  private HostileCommands() {}

  /** What a hostile command tried, so that a property can check it was tried often enough. */
  enum Trait {
    EMPTY,
    AT_LIMIT,
    OVER_LIMIT,
    HUGE,
    CONTROL,
    LONE_SURROGATE,
    MARKS,
    UNKNOWN_ID,
    REUSED_ID
  }

  /**
   * A hostile command.
   *
   * @param command the command
   * @param badFields the JSON paths of the fields that break a limit; empty if none does
   * @param traits what it tried
   */
  record Hostile(GroupCommand command, List<String> badFields, Set<Trait> traits) {}

  /** Far past every limit: a guest's paste of a whole file. */
  private static final String HUGE = "h".repeat(5_000_000);

  private static final Limits LIMITS = Limits.ofDefaults();

  /** Marks that real text holds: joiners, zero-width spaces, a byte-order mark, bidi controls. */
  private static final String[] MARKS = {
    "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
    "zero\u200Bwidth\u200Cnon\u200Djoin",
    "\uFEFFbom",
    "\u200F\u05E9\u05DC\u05D5\u05DD\u200E",
    "\u202E\u0645\u0631\u062D\u0628\u0627\u202C",
    "\u2066isolate\u2069 \u2028 \u007F \u0085 \uFFFF"
  };

  /**
   * Makes a hostile command against a state.
   *
   * @param state the group's state
   * @param seed picks everything
   * @return the command and what it tried
   */
  static Hostile against(GroupState state, long seed) {
    Attack a = new Attack(state, new SplittableRandom(seed));
    GroupCommand c = a.command();
    return new Hostile(c, List.copyOf(a.bad), Set.copyOf(a.traits));
  }

  /** One hostile command in the making. */
  private static final class Attack {
    final GroupState state;
    final SplittableRandom r;
    final List<String> bad = new ArrayList<>();
    final EnumSet<Trait> traits = EnumSet.noneOf(Trait.class);

    /**
     * A third of the attacks are mild: ids in use and texts that keep the limits, marks and all.
     */
    final boolean mild;

    Attack(GroupState state, SplittableRandom r) {
      this.state = state;
      this.r = r;
      this.mild = r.nextInt(3) == 0;
    }

    GroupCommand command() {
      MemberId actor = mild ? activePeer() : member();
      return switch (r.nextInt(19)) {
        case 0, 1, 2 ->
            ImmutableRecordContribution.builder()
                .actor(actor)
                .sessionId(session())
                .kind(any(ContributionKind.values()))
                .text(text("$.text", LIMITS.contributionText(), false))
                .build();
        case 3, 4 ->
            ImmutableCommentOnProposal.builder()
                .actor(actor)
                .proposalId(proposal())
                .text(text("$.text", LIMITS.commentText(), false))
                .recommendation(r.nextBoolean())
                .build();
        case 5 ->
            ImmutableTakeStance.builder()
                .actor(actor)
                .proposalId(proposal())
                .kind(any(StanceKind.values()))
                .reason(optionalText("$.reason", LIMITS.stanceReason()))
                .build();
        case 6, 7 ->
            ImmutableDraftProposal.builder()
                .actor(actor)
                .proposalId(r.nextBoolean() ? proposal() : ProposalId.of("p-new"))
                .title(text("$.title", LIMITS.proposalTitle(), false))
                .rationale(text("$.rationale", LIMITS.proposalRationale(), false))
                .content(content())
                .build();
        case 8 ->
            ImmutableJoinGroup.builder()
                .actor(r.nextBoolean() ? actor : MemberId.of("newcomer-" + r.nextInt(3)))
                .displayName(optionalText("$.displayName", LIMITS.displayName()))
                .standing(
                    List.of(Standing.NEWCOMER, Standing.GUEST, Standing.ADVISOR).get(r.nextInt(3)))
                .affiliation(r.nextBoolean() ? Optional.of(Affiliation.OTHER) : Optional.empty())
                .acknowledgedVersion(state.guidelines().currentNumber() - r.nextInt(2))
                .build();
        case 9 ->
            ImmutableScheduleSession.builder()
                .actor(actor)
                .sessionId(r.nextBoolean() ? session() : SessionId.of("s-new"))
                .scheduledFor(Instant.parse("2026-02-01T18:00:00Z"))
                .format(MeetingFormat.HYBRID)
                .place(optionalText("$.place", LIMITS.meetingText()))
                .build();
        case 10 -> {
          ImmutableStartSession.Builder b =
              ImmutableStartSession.builder().actor(actor).sessionId(session());
          for (int i = r.nextInt(4); i > 0; i--) {
            b.addAttendees(member());
          }
          yield b.build();
        }
        case 11 -> found(actor);
        case 12 ->
            ImmutableReviseFoundingDraft.builder()
                .actor(actor)
                .draft(clauses("$.draft"))
                .basedOnRevision(state.foundingDraftRevision() - r.nextInt(2))
                .build();
        case 13 ->
            ImmutableHandOverFacilitation.builder()
                .actor(actor)
                .sessionId(session())
                .to(member())
                .build();
        case 14 ->
            ImmutableRecordAttendance.builder()
                .actor(actor)
                .sessionId(session())
                .member(member())
                .build();
        case 15 ->
            r.nextBoolean()
                ? ImmutableVolunteerToFacilitate.builder().actor(actor).sessionId(session()).build()
                : ImmutableCloseSession.builder().actor(actor).sessionId(session()).build();
        case 16 ->
            switch (r.nextInt(3)) {
              case 0 -> ImmutableOpenProposal.builder().actor(actor).proposalId(proposal()).build();
              case 1 ->
                  ImmutableWithdrawProposal.builder().actor(actor).proposalId(proposal()).build();
              default ->
                  ImmutableCloseProposal.builder()
                      .actor(actor)
                      .proposalId(proposal())
                      .adopt(r.nextBoolean() ? Optional.of(true) : Optional.empty())
                      .build();
            };
        case 17 -> ImmutableLeaveGroup.builder().actor(actor).build();
        default ->
            ImmutableEndorseFoundingGuidelines.builder()
                .actor(actor)
                .revision(state.foundingDraftRevision() + r.nextInt(3) - 1)
                .build();
      };
    }

    private GroupCommand found(MemberId actor) {
      ImmutableFoundGroup.Builder b =
          ImmutableFoundGroup.builder()
              .actor(actor)
              .profile(
                  ImmutableGroupProfile.builder()
                      .name(text("$.profile.name", LIMITS.groupName(), true))
                      .purpose(text("$.profile.purpose", LIMITS.profileText(), false))
                      .topic(text("$.profile.topic", LIMITS.profileText(), false))
                      .openTo(text("$.profile.openTo", LIMITS.profileText(), false))
                      .addFormats(MeetingFormat.ONLINE)
                      .meeting(
                          r.nextBoolean()
                              ? Optional.of(meeting("$.profile.meeting"))
                              : Optional.empty())
                      .build())
              .draft(clauses("$.draft"));
      if (r.nextBoolean()) {
        b.governance(governance("$.governance"));
      }
      int founders = 1 + r.nextInt(3);
      for (int i = 0; i < founders; i++) {
        MemberId id = i == 0 ? actor : member(); // sometimes twice: a reused id
        b.addFounders(
            ImmutableFoundingMember.builder()
                .id(id)
                .displayName(
                    optionalText("$.founders[" + i + "].displayName", LIMITS.displayName()))
                .build());
      }
      return b.build();
    }

    private ProposalContent content() {
      return switch (r.nextInt(7)) {
        case 5, 6 ->
            ImmutableGovernanceChange.builder().settings(governance("$.content.settings")).build();
        case 0, 1 -> {
          ImmutableGuidelineAmendment.Builder b =
              ImmutableGuidelineAmendment.builder()
                  .baseVersion(state.guidelines().currentNumber() - r.nextInt(2));
          int n = 1 + r.nextInt(3);
          for (int i = 0; i < n; i++) {
            b.addChange(change("$.content.changes[" + i + "]"));
          }
          yield b.build();
        }
        case 2 -> ImmutableLogisticsChange.builder().meeting(meeting("$.content.meeting")).build();
        case 3 ->
            ImmutableLeadershipChange.builder()
                .addMentorsToAdd(member())
                .addMentorsToRemove(member())
                .build();
        default -> ImmutableMembershipChange.builder().member(member()).remove(true).build();
      };
    }

    /** Settings with one procedure's periods, and the newcomer period, of a hostile length. */
    private GovernanceSettings governance(String path) {
      DecisionKind kind = any(DecisionKind.values());
      String at = path + ".procedures." + kind.name();
      Duration discussion = period(at + ".discussionPeriod");
      Duration deadline = period(at + ".deadline");
      if (deadline.compareTo(discussion) < 0) {
        deadline = discussion;
        bad.remove(at + ".deadline");
      }
      return GovernanceSettings.custom()
          .putProcedure(
              kind,
              ImmutableDecisionProcedure.builder()
                  .method(any(DecisionMethod.values()))
                  .discussionPeriod(discussion)
                  .deadline(deadline)
                  .build())
          .newcomerPeriod(period(path + ".newcomerPeriod"))
          .build();
    }

    private Duration period(String path) {
      return switch (mild ? r.nextInt(3) : r.nextInt(6)) {
        case 0 -> Duration.ZERO;
        case 1 -> Duration.ofDays(1 + r.nextInt(90));
        case 2 -> tried(Trait.AT_LIMIT, Duration.ofDays(36_500));
        case 3 -> broke(path, Trait.OVER_LIMIT, Duration.ofDays(36_500).plusSeconds(1));
        default -> broke(path, Trait.HUGE, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999));
      };
    }

    private GuidelineChange change(String path) {
      return switch (r.nextInt(4)) {
        case 0 -> ImmutableAddClause.builder().clause(clause(path + ".clause")).build();
        case 1 ->
            ImmutableAmendClause.builder()
                .clauseId(clauseId())
                .text(text(path + ".text", LIMITS.clauseText(), true))
                .build();
        case 2 -> ImmutableRemoveClause.builder().clauseId(clauseId()).build();
        default -> ImmutableReorderClauses.builder().addOrder(clauseId(), clauseId()).build();
      };
    }

    private List<Clause> clauses(String path) {
      List<Clause> out = new ArrayList<>();
      for (int i = r.nextInt(4); i >= 0; i--) {
        out.add(clause(path + "[" + out.size() + "]"));
      }
      return out;
    }

    private Clause clause(String path) {
      ImmutableClause.Builder b =
          ImmutableClause.builder()
              .id(clauseId())
              .text(text(path + ".text", LIMITS.clauseText(), true));
      if (r.nextInt(3) == 0) {
        b.rule(
            ImmutableRuleBinding.builder()
                .ruleId(text(path + ".rule.ruleId", LIMITS.ruleText(), true))
                .putParameter(
                    "level", text(path + ".rule.parameters.level", LIMITS.ruleText(), false))
                .build());
      }
      return b.build();
    }

    private MeetingPlan meeting(String path) {
      return ImmutableMeetingPlan.builder()
          .schedule(text(path + ".schedule", LIMITS.meetingText(), false))
          .place(optionalText(path + ".place", LIMITS.meetingText()))
          .online(optionalText(path + ".online", LIMITS.meetingText()))
          .build();
    }

    // ---- ids: mostly ones in use, sometimes unknown ----

    private MemberId member() {
      List<MemberId> known = new ArrayList<>(state.members().keySet());
      known.addAll(RandomGroups.PEOPLE);
      return pick(known, MemberId.of("ghost"));
    }

    private ProposalId proposal() {
      List<ProposalId> known = new ArrayList<>(state.pastProposals().keySet());
      for (Proposal p : state.activeProposals()) {
        known.add(p.id());
      }
      return pick(known, ProposalId.of("p-ghost"));
    }

    private SessionId session() {
      List<SessionId> known = new ArrayList<>(state.pastSessions().keySet());
      for (Session s : state.activeSessions()) {
        known.add(s.id());
      }
      return pick(known, SessionId.of("s-ghost"));
    }

    private ClauseId clauseId() {
      List<ClauseId> known = new ArrayList<>();
      for (Clause c :
          state.guidelinesInForce().map(v -> v.clauses()).orElse(state.foundingDraft())) {
        known.add(c.id());
      }
      return pick(known, ClauseId.of("c-ghost"));
    }

    private MemberId activePeer() {
      List<MemberId> peers = new ArrayList<>();
      for (var m : state.members().values()) {
        if (m.isActivePeer()) {
          peers.add(m.id());
        }
      }
      return peers.isEmpty() ? member() : peers.get(r.nextInt(peers.size()));
    }

    private <T> T pick(List<T> known, T unknown) {
      if (known.isEmpty() || (!mild && r.nextInt(4) == 0)) {
        traits.add(Trait.UNKNOWN_ID);
        return unknown;
      }
      traits.add(Trait.REUSED_ID); // in use already: fine for most commands, a clash for some
      return known.get(r.nextInt(known.size()));
    }

    // ---- texts ----

    private <T> T any(T[] values) {
      return List.of(values).get(r.nextInt(values.length));
    }

    private Optional<String> optionalText(String path, int limit) {
      return r.nextInt(3) == 0 ? Optional.empty() : Optional.of(text(path, limit, false));
    }

    private String text(String path, int limit, boolean notBlank) {
      String words = "we share what helps " + r.nextInt(1000);
      int at = r.nextInt(words.length() + 1);
      String s =
          switch (mild ? 10 + r.nextInt(6) : r.nextInt(16)) {
            case 0 -> tried(Trait.EMPTY, "");
            case 1 -> tried(Trait.EMPTY, " \t\r\n ");
            case 2 -> tried(Trait.AT_LIMIT, "y".repeat(limit));
            case 3 -> broke(path, Trait.OVER_LIMIT, "y".repeat(limit + 1));
            case 4 -> broke(path, Trait.HUGE, HUGE);
            case 5 -> broke(path, Trait.CONTROL, insert(words, at, "\u0000"));
            case 6 -> {
              char c = (char) (1 + r.nextInt(31));
              String s1 = insert(words, at, String.valueOf(c));
              yield c == '\t' || c == '\n' || c == '\r' ? s1 : broke(path, Trait.CONTROL, s1);
            }
            case 7 -> broke(path, Trait.LONE_SURROGATE, insert(words, at, "\uD83D") + "!");
            case 8 -> broke(path, Trait.LONE_SURROGATE, insert(words, at, "\uDE00"));
            case 9 -> broke(path, Trait.LONE_SURROGATE, insert(words, at, "\uDE00\uD83D"));
            case 10, 11, 12 ->
                tried(Trait.MARKS, insert(words, at, MARKS[r.nextInt(MARKS.length)]));
            default -> words;
          };
      return notBlank && s.isBlank() ? s + "x" : s;
    }

    private <T> T tried(Trait trait, T s) {
      traits.add(trait);
      return s;
    }

    private <T> T broke(String path, Trait trait, T s) {
      bad.add(path);
      return tried(trait, s);
    }

    private static String insert(String s, int at, String what) {
      return s.substring(0, at) + what + s.substring(at);
    }
  }
}
