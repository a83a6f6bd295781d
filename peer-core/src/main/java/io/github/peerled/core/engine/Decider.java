package io.github.peerled.core.engine;

import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.command.CloseSession;
import io.github.peerled.core.command.CommentOnProposal;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.EndorseFoundingGuidelines;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.HandOverFacilitation;
import io.github.peerled.core.command.JoinGroup;
import io.github.peerled.core.command.LeaveGroup;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.RecordAttendance;
import io.github.peerled.core.command.RecordContribution;
import io.github.peerled.core.command.ReviseFoundingDraft;
import io.github.peerled.core.command.ScheduleSession;
import io.github.peerled.core.command.StartSession;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.command.VolunteerToFacilitate;
import io.github.peerled.core.command.WithdrawProposal;
import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceChange;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.ImmutableGovernanceSettings;
import io.github.peerled.core.decision.LeadershipChange;
import io.github.peerled.core.decision.LogisticsChange;
import io.github.peerled.core.decision.MembershipChange;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ImmutableAttendanceRecorded;
import io.github.peerled.core.event.ImmutableContributionRecorded;
import io.github.peerled.core.event.ImmutableFacilitationVolunteered;
import io.github.peerled.core.event.ImmutableFacilitatorHandedOver;
import io.github.peerled.core.event.ImmutableFoundingDraftRevised;
import io.github.peerled.core.event.ImmutableFoundingGuidelinesEndorsed;
import io.github.peerled.core.event.ImmutableGovernanceSettingsChanged;
import io.github.peerled.core.event.ImmutableGroupFounded;
import io.github.peerled.core.event.ImmutableGuidelineVersionAdopted;
import io.github.peerled.core.event.ImmutableMeetingPlanChanged;
import io.github.peerled.core.event.ImmutableMemberJoined;
import io.github.peerled.core.event.ImmutableMemberLeft;
import io.github.peerled.core.event.ImmutableProposalCommented;
import io.github.peerled.core.event.ImmutableProposalDecided;
import io.github.peerled.core.event.ImmutableProposalDrafted;
import io.github.peerled.core.event.ImmutableProposalOpened;
import io.github.peerled.core.event.ImmutableProposalWithdrawn;
import io.github.peerled.core.event.ImmutableRoleAssigned;
import io.github.peerled.core.event.ImmutableRoleRevoked;
import io.github.peerled.core.event.ImmutableSessionClosed;
import io.github.peerled.core.event.ImmutableSessionScheduled;
import io.github.peerled.core.event.ImmutableSessionStarted;
import io.github.peerled.core.event.ImmutableStanceTaken;
import io.github.peerled.core.event.ImmutableStandingChanged;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Role;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.leadership.FacilitatorChoice;
import io.github.peerled.core.leadership.Rotation;
import io.github.peerled.core.leadership.RotationPolicy;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Decides commands into events or rejections. Pure: the instant is passed in. */
final class Decider {
  private Decider() {}

  /** The four values every event carries; only ever copied into an event's builder. */
  private record Header(long sequence, GroupId groupId, MemberId actor, Instant at)
      implements GroupEvent {}

  /** Numbers and stamps the events of one command. */
  private static final class Stamp {
    final GroupState state;
    final MemberId actor;
    final Instant now;
    long next;
    final List<GroupEvent> events = new ArrayList<>(2);

    Stamp(GroupState state, MemberId actor, Instant now) {
      this.state = state;
      this.actor = actor;
      this.now = now;
      this.next = state.version() + 1;
    }

    /** The sequence number, group, actor and instant of the next event, for its builder's from. */
    GroupEvent next() {
      return new Header(next++, state.groupId(), actor, now);
    }

    CommandResult done() {
      return CommandResult.accepted(events);
    }
  }

  static CommandResult decide(GroupState s, GroupCommand c, Instant now, Limits limits) {
    Rejection overLimit = CommandLimits.check(s, c, limits);
    if (overLimit != null) {
      return CommandResult.rejected(overLimit);
    }
    Stamp e = new Stamp(s, c.actor(), now);
    if (c instanceof FoundGroup f) {
      return found(e, f);
    }
    if (!s.isFounded()) {
      return CommandResult.rejected(Rejections.notFounded());
    }
    if (c instanceof JoinGroup j) {
      return join(e, j);
    }
    Rejection denied = Permissions.check(s, c);
    if (denied != null) {
      return CommandResult.rejected(denied);
    }
    if (c instanceof RecordContribution r) {
      return contribute(e, r);
    } else if (c instanceof TakeStance t) {
      return stance(e, t);
    } else if (c instanceof CommentOnProposal cp) {
      return comment(e, cp);
    } else if (c instanceof RecordAttendance ra) {
      return attend(e, ra);
    } else if (c instanceof DraftProposal d) {
      return draft(e, d);
    } else if (c instanceof OpenProposal o) {
      return open(e, o);
    } else if (c instanceof CloseProposal cl) {
      return close(e, cl);
    } else if (c instanceof WithdrawProposal w) {
      return withdraw(e, w);
    } else if (c instanceof ScheduleSession ss) {
      return schedule(e, ss);
    } else if (c instanceof VolunteerToFacilitate v) {
      return volunteer(e, v);
    } else if (c instanceof StartSession st) {
      return start(e, st);
    } else if (c instanceof HandOverFacilitation h) {
      return handOver(e, h);
    } else if (c instanceof CloseSession cs) {
      return closeSession(e, cs);
    } else if (c instanceof LeaveGroup) {
      return leave(e);
    } else if (c instanceof ReviseFoundingDraft r) {
      return revise(e, r);
    } else if (c instanceof EndorseFoundingGuidelines en) {
      return endorse(e, en);
    }
    throw new IllegalArgumentException("unknown command type " + c.getClass().getName());
  }

  // ---- founding ----

  private static CommandResult found(Stamp e, FoundGroup f) {
    if (e.state.isFounded()) {
      return CommandResult.rejected(Rejections.alreadyFounded());
    }
    if (f.founders().isEmpty()) {
      return CommandResult.rejected(Rejections.invalid("a group needs at least one founder"));
    }
    Set<MemberId> ids = new HashSet<>();
    for (var m : f.founders()) {
      if (!ids.add(m.id())) {
        return CommandResult.rejected(Rejections.invalid("founder " + m.id() + " is listed twice"));
      }
    }
    if (!ids.contains(e.actor)) {
      return CommandResult.rejected(Rejections.notAFounder(e.actor));
    }
    Rejection bad = checkDraft(f.draft());
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    e.events.add(
        ImmutableGroupFounded.builder()
            .from(e.next())
            .profile(f.profile())
            .governance(f.governance())
            .founders(f.founders())
            .draft(f.draft())
            .build());
    return e.done();
  }

  private static @Nullable Rejection checkDraft(List<Clause> draft) {
    if (draft.isEmpty()) {
      return Rejections.invalid("the founding guidelines need at least one clause");
    }
    Set<Object> ids = new HashSet<>();
    for (Clause c : draft) {
      if (!ids.add(c.id())) {
        return Rejections.invalid("the founding draft has two clauses with id " + c.id());
      }
    }
    return null;
  }

  private static CommandResult revise(Stamp e, ReviseFoundingDraft r) {
    GroupState s = e.state;
    if (s.guidelinesInForce().isPresent()) {
      return CommandResult.rejected(Rejections.guidelinesAlreadyAdopted());
    }
    if (r.basedOnRevision() != s.foundingDraftRevision()) {
      return CommandResult.rejected(
          Rejections.staleDraft(r.basedOnRevision(), s.foundingDraftRevision()));
    }
    Rejection bad = checkDraft(r.draft());
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    e.events.add(
        ImmutableFoundingDraftRevised.builder()
            .from(e.next())
            .draft(r.draft())
            .revision(s.foundingDraftRevision() + 1)
            .build());
    return e.done();
  }

  private static CommandResult endorse(Stamp e, EndorseFoundingGuidelines en) {
    GroupState s = e.state;
    if (s.guidelinesInForce().isPresent()) {
      return CommandResult.rejected(Rejections.guidelinesAlreadyAdopted());
    }
    if (en.revision() != s.foundingDraftRevision()) {
      return CommandResult.rejected(
          Rejections.staleDraft(en.revision(), s.foundingDraftRevision()));
    }
    if (s.foundingEndorsements().contains(e.actor)) {
      return CommandResult.rejected(
          Rejections.wrongState(
              e.actor + " has already endorsed revision " + en.revision(),
              "ENDORSED",
              "NOT_ENDORSED"));
    }
    e.events.add(
        ImmutableFoundingGuidelinesEndorsed.builder()
            .from(e.next())
            .revision(en.revision())
            .build());
    if (s.foundingEndorsements().size() + 1 == s.founders().size()) {
      GuidelineVersion v1 =
          ImmutableGuidelineVersion.builder()
              .number(1)
              .clauses(s.foundingDraft())
              .effectiveAt(e.now)
              .build();
      e.events.add(ImmutableGuidelineVersionAdopted.builder().from(e.next()).version(v1).build());
    }
    return e.done();
  }

  // ---- membership ----

  private static CommandResult join(Stamp e, JoinGroup j) {
    GroupState s = e.state;
    Optional<GuidelineVersion> inForce = s.guidelinesInForce();
    if (inForce.isEmpty()) {
      return CommandResult.rejected(Rejections.noGuidelinesYet("joining"));
    }
    if (s.members().containsKey(e.actor)) {
      return CommandResult.rejected(Rejections.idInUse("member", e.actor));
    }
    Standing st = j.standing();
    if (st == Standing.MEMBER || st == Standing.FOUNDING_MEMBER) {
      return CommandResult.rejected(
          Rejections.notPermitted(
              "a person joins as a newcomer, advisor or guest; becoming a "
                  + st.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                  + " is the group's decision"));
    }
    if (j.affiliation().isPresent() && st != Standing.ADVISOR) {
      return CommandResult.rejected(Rejections.invalid("only an advisor has an affiliation"));
    }
    int current = inForce.get().number();
    if (j.acknowledgedVersion() != current) {
      return CommandResult.rejected(
          Rejections.staleAcknowledgement(j.acknowledgedVersion(), current));
    }
    e.events.add(
        ImmutableMemberJoined.builder()
            .from(e.next())
            .member(e.actor)
            .displayName(j.displayName())
            .standing(st)
            .affiliation(j.affiliation())
            .acknowledgedVersion(current)
            .build());
    return e.done();
  }

  private static CommandResult leave(Stamp e) {
    GroupState s = e.state;
    if (s.guidelinesInForce().isEmpty()) {
      return CommandResult.rejected(
          Rejections.wrongState(
              "a founder cannot leave before the founding guidelines are adopted; revise the"
                  + " founding instead",
              "NO_GUIDELINES",
              "GUIDELINES_IN_FORCE"));
    }
    e.events.add(ImmutableMemberLeft.builder().from(e.next()).member(e.actor).build());
    return e.done();
  }

  // ---- proposals ----

  private static CommandResult draft(Stamp e, DraftProposal d) {
    GroupState s = e.state;
    if (s.guidelinesInForce().isEmpty()) {
      return CommandResult.rejected(Rejections.noGuidelinesYet("a proposal"));
    }
    if (s.proposal(d.proposalId()).isPresent()) {
      return CommandResult.rejected(Rejections.idInUse("proposal", d.proposalId()));
    }
    if (d.title().isBlank()) {
      return CommandResult.rejected(Rejections.blank("title"));
    }
    Rejection bad = checkContent(s, d.proposalId(), d.content());
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    e.events.add(
        ImmutableProposalDrafted.builder()
            .from(e.next())
            .proposalId(d.proposalId())
            .title(d.title())
            .rationale(d.rationale())
            .content(d.content())
            .build());
    return e.done();
  }

  private static @Nullable Rejection checkContent(
      GroupState s, io.github.peerled.core.decision.ProposalId id, ProposalContent content) {
    if (content instanceof GovernanceChange g && g.base().isEmpty()) {
      return Rejections.invalid(
          "a governance change needs its base: the governance settings in force it was drafted on");
    }
    Rejection stale = staleBase(s, id, content);
    if (stale != null) {
      return stale;
    }
    if (content instanceof GuidelineAmendment a) {
      try {
        applyChanges(s, a);
      } catch (IllegalArgumentException ex) {
        return Rejections.invalid(String.valueOf(ex.getMessage()));
      }
    } else if (content instanceof MembershipChange m) {
      Member target = s.members().get(m.member());
      if (target == null) {
        return Rejections.unknownMember(m.member());
      }
      if (!target.isActive()) {
        return Rejections.inactiveMember(m.member());
      }
      if (m.standing().isPresent() && m.standing().get() == target.standing()) {
        return Rejections.invalid(m.member() + " already has that standing");
      }
    } else if (content instanceof LeadershipChange l) {
      for (MemberId m : l.addMentors()) {
        Member target = s.members().get(m);
        if (target == null) {
          return Rejections.unknownMember(m);
        }
        if (!target.isActivePeer()) {
          return Rejections.invalid(m + " is not an active peer; mentors are peers");
        }
      }
      for (MemberId m : l.removeMentors()) {
        Member target = s.members().get(m);
        if (target == null) {
          return Rejections.unknownMember(m);
        }
        if (!target.roles().contains(Role.MENTOR)) {
          return Rejections.invalid(m + " is not a mentor");
        }
      }
    }
    return null;
  }

  /**
   * A conflict if the content was drafted on guidelines or governance settings no longer in force:
   * adopting it would undo what was decided meanwhile.
   */
  private static @Nullable Rejection staleBase(
      GroupState s, io.github.peerled.core.decision.ProposalId id, ProposalContent content) {
    if (content instanceof GuidelineAmendment a) {
      int current = s.guidelines().currentNumber();
      return a.baseVersion() == current ? null : Rejections.staleBase(id, a.baseVersion(), current);
    }
    if (content instanceof GovernanceChange g) {
      Optional<GovernanceSettings> base = g.base();
      return base.isPresent() && base.get().equals(s.governance())
          ? null
          : Rejections.staleGovernance(id, base, s.governance());
    }
    return null;
  }

  private static List<Clause> applyChanges(GroupState s, GuidelineAmendment a) {
    List<Clause> clauses = s.guidelinesInForce().map(GuidelineVersion::clauses).orElse(List.of());
    for (GuidelineChange change : a.changes()) {
      clauses = change.applyTo(clauses);
    }
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("the guidelines would have no clause left");
    }
    return clauses;
  }

  private static CommandResult open(Stamp e, OpenProposal o) {
    GroupState s = e.state;
    Optional<Proposal> found = s.proposal(o.proposalId());
    if (found.isEmpty()) {
      return CommandResult.rejected(Rejections.unknownProposal(o.proposalId()));
    }
    Proposal p = found.get();
    if (!p.proposer().equals(e.actor)) {
      return CommandResult.rejected(Rejections.onlyProposer(e.actor, p.id(), "open it"));
    }
    ProposalStatus status = p.statusAt(e.now);
    if (status != ProposalStatus.DRAFT) {
      return CommandResult.rejected(
          Rejections.proposalInWrongState(p.id(), status, ProposalStatus.DRAFT));
    }
    Rejection stale = staleBase(s, p.id(), p.content());
    if (stale != null) {
      return CommandResult.rejected(stale);
    }
    Set<MemberId> subjects = p.content().subjects();
    List<MemberId> electorate = new ArrayList<>();
    for (Member m : s.members().values()) {
      if (m.isActivePeer() && !subjects.contains(m.id())) {
        electorate.add(m.id());
      }
    }
    if (electorate.isEmpty()) {
      return CommandResult.rejected(
          Rejections.invalid("nobody in the group could take a stance on " + p.id()));
    }
    DecisionProcedure procedure = s.governance().procedureFor(p.content().decisionKind());
    e.events.add(
        ImmutableProposalOpened.builder()
            .from(e.next())
            .proposalId(p.id())
            .electorate(electorate)
            .procedure(procedure)
            .build());
    return e.done();
  }

  private static CommandResult stance(Stamp e, TakeStance t) {
    GroupState s = e.state;
    Proposal p = activeProposal(s, t.proposalId());
    if (p == null) {
      Optional<Proposal> past = s.proposal(t.proposalId());
      return CommandResult.rejected(
          past.isPresent()
              ? Rejections.proposalInWrongState(
                  t.proposalId(), past.get().statusAt(e.now), ProposalStatus.OPEN)
              : Rejections.unknownProposal(t.proposalId()));
    }
    ProposalStatus status = p.statusAt(e.now);
    if (status != ProposalStatus.OPEN) {
      return CommandResult.rejected(
          Rejections.proposalInWrongState(p.id(), status, ProposalStatus.OPEN));
    }
    if (!p.electorate().contains(e.actor)) {
      return CommandResult.rejected(Rejections.notInElectorate(e.actor, p.id()));
    }
    if (t.kind() == StanceKind.OBJECT && (t.reason().isEmpty() || t.reason().get().isBlank())) {
      return CommandResult.rejected(Rejections.objectionNeedsReason());
    }
    e.events.add(
        ImmutableStanceTaken.builder()
            .from(e.next())
            .proposalId(p.id())
            .kind(t.kind())
            .reason(t.reason())
            .build());
    return e.done();
  }

  private static CommandResult comment(Stamp e, CommentOnProposal c) {
    GroupState s = e.state;
    Proposal p = activeProposal(s, c.proposalId());
    if (p == null) {
      Optional<Proposal> past = s.proposal(c.proposalId());
      return CommandResult.rejected(
          past.isPresent()
              ? Rejections.proposalInWrongState(
                  c.proposalId(),
                  past.get().statusAt(e.now),
                  ProposalStatus.DRAFT,
                  ProposalStatus.OPEN)
              : Rejections.unknownProposal(c.proposalId()));
    }
    ProposalStatus status = p.statusAt(e.now);
    if (status.isFinal()) {
      return CommandResult.rejected(
          Rejections.proposalInWrongState(
              p.id(), status, ProposalStatus.DRAFT, ProposalStatus.OPEN));
    }
    if (c.text().isBlank()) {
      return CommandResult.rejected(Rejections.blank("text"));
    }
    e.events.add(
        ImmutableProposalCommented.builder()
            .from(e.next())
            .proposalId(p.id())
            .text(c.text())
            .recommendation(c.recommendation())
            .build());
    return e.done();
  }

  private static CommandResult withdraw(Stamp e, WithdrawProposal w) {
    GroupState s = e.state;
    Optional<Proposal> found = s.proposal(w.proposalId());
    if (found.isEmpty()) {
      return CommandResult.rejected(Rejections.unknownProposal(w.proposalId()));
    }
    Proposal p = found.get();
    if (!p.proposer().equals(e.actor)) {
      return CommandResult.rejected(Rejections.onlyProposer(e.actor, p.id(), "withdraw it"));
    }
    ProposalStatus status = p.statusAt(e.now);
    if (status.isFinal()) {
      return CommandResult.rejected(
          Rejections.proposalInWrongState(
              p.id(), status, ProposalStatus.DRAFT, ProposalStatus.OPEN));
    }
    e.events.add(ImmutableProposalWithdrawn.builder().from(e.next()).proposalId(p.id()).build());
    return e.done();
  }

  private static CommandResult close(Stamp e, CloseProposal c) {
    GroupState s = e.state;
    Optional<Proposal> found = s.proposal(c.proposalId());
    if (found.isEmpty()) {
      return CommandResult.rejected(Rejections.unknownProposal(c.proposalId()));
    }
    Proposal p = found.get();
    ProposalStatus status = p.statusAt(e.now);
    if (status != ProposalStatus.OPEN) {
      return CommandResult.rejected(
          Rejections.proposalInWrongState(p.id(), status, ProposalStatus.OPEN));
    }
    DecisionProcedure procedure = p.procedure().orElseThrow();
    boolean advice = procedure.method() == DecisionMethod.ADVICE_PROCESS;
    if (advice) {
      if (!p.proposer().equals(e.actor)) {
        return CommandResult.rejected(
            Rejections.onlyProposer(e.actor, p.id(), "decide it under the advice process"));
      }
      if (c.adopt().isEmpty()) {
        return CommandResult.rejected(
            Rejections.invalid(
                "under the advice process the proposer closes with their decision (adopt true or"
                    + " false)"));
      }
    } else if (c.adopt().isPresent()) {
      return CommandResult.rejected(
          Rejections.invalid(
              "only under the advice process does the closer give a decision; here the tally"
                  + " decides"));
    }
    Instant discussedUntil = p.openedAt().orElseThrow().plus(procedure.discussionPeriod());
    if (e.now.isBefore(discussedUntil) && !p.everyoneTookAStance()) {
      return CommandResult.rejected(Rejections.tooEarlyToClose(p.id(), discussedUntil));
    }
    Tally tally = Tally.count(procedure, countedAtClose(s, p), p.stances(), c.adopt());
    List<Clause> newClauses = List.of();
    if (tally.outcome() == Outcome.ADOPTED) {
      Rejection stale = staleBase(s, p.id(), p.content());
      if (stale != null) {
        return CommandResult.rejected(stale);
      }
    }
    if (tally.outcome() == Outcome.ADOPTED && p.content() instanceof GuidelineAmendment a) {
      try {
        newClauses = applyChanges(s, a);
      } catch (IllegalArgumentException ex) {
        return CommandResult.rejected(Rejections.invalid(String.valueOf(ex.getMessage())));
      }
    }
    e.events.add(
        ImmutableProposalDecided.builder().from(e.next()).proposalId(p.id()).tally(tally).build());
    if (tally.outcome() == Outcome.ADOPTED) {
      consequences(e, p, newClauses);
    }
    return e.done();
  }

  /**
   * The members of a proposal's electorate who count at its close: those still active peers. The
   * electorate is frozen at the opening; who has since left or been made an advisor or guest counts
   * neither by stance nor by silence.
   */
  private static List<MemberId> countedAtClose(GroupState s, Proposal p) {
    List<MemberId> counted = new ArrayList<>(p.electorate().size());
    for (MemberId m : p.electorate()) {
      Member member = s.members().get(m);
      if (member != null && member.isActivePeer()) {
        counted.add(m);
      }
    }
    return counted;
  }

  private static void consequences(Stamp e, Proposal p, List<Clause> newClauses) {
    GroupState s = e.state;
    ProposalContent content = p.content();
    if (content instanceof GuidelineAmendment) {
      e.events.add(
          ImmutableGuidelineVersionAdopted.builder()
              .from(e.next())
              .version(
                  ImmutableGuidelineVersion.builder()
                      .number(s.guidelines().currentNumber() + 1)
                      .clauses(newClauses)
                      .adoptedBy(p.id())
                      .effectiveAt(e.now)
                      .build())
              .build());
    } else if (content instanceof LogisticsChange l) {
      e.events.add(
          ImmutableMeetingPlanChanged.builder()
              .from(e.next())
              .meeting(l.meeting())
              .decidedBy(p.id())
              .build());
    } else if (content instanceof MembershipChange m) {
      Member target = s.members().get(m.member());
      if (target == null || !target.isActive()) {
        return; // the member left meanwhile: nothing left to change
      }
      if (m.remove()) {
        e.events.add(
            ImmutableMemberLeft.builder()
                .from(e.next())
                .member(m.member())
                .removedBy(p.id())
                .build());
      } else if (m.standing().isPresent() && m.standing().get() != target.standing()) {
        e.events.add(
            ImmutableStandingChanged.builder()
                .from(e.next())
                .member(m.member())
                .standing(m.standing().get())
                .decidedBy(p.id())
                .build());
      }
    } else if (content instanceof LeadershipChange l) {
      if (l.rotation().isPresent()) {
        RotationPolicy rotation = l.rotation().get();
        GovernanceSettings settings =
            ImmutableGovernanceSettings.copyOf(s.governance()).withRotation(rotation);
        governanceChanged(e, settings, p);
      }
      for (MemberId m : l.addMentors()) {
        Member target = s.members().get(m);
        if (target != null && target.isActivePeer() && !target.roles().contains(Role.MENTOR)) {
          e.events.add(
              ImmutableRoleAssigned.builder()
                  .from(e.next())
                  .member(m)
                  .role(Role.MENTOR)
                  .decidedBy(p.id())
                  .build());
        }
      }
      for (MemberId m : l.removeMentors()) {
        Member target = s.members().get(m);
        if (target != null && target.roles().contains(Role.MENTOR)) {
          e.events.add(
              ImmutableRoleRevoked.builder()
                  .from(e.next())
                  .member(m)
                  .role(Role.MENTOR)
                  .decidedBy(p.id())
                  .build());
        }
      }
    } else if (content instanceof GovernanceChange g) {
      governanceChanged(e, g.settings(), p);
    }
  }

  private static void governanceChanged(Stamp e, GovernanceSettings settings, Proposal p) {
    e.events.add(
        ImmutableGovernanceSettingsChanged.builder()
            .from(e.next())
            .settings(settings)
            .decidedBy(p.id())
            .build());
  }

  // ---- sessions ----

  private static CommandResult schedule(Stamp e, ScheduleSession ss) {
    GroupState s = e.state;
    if (s.guidelinesInForce().isEmpty()) {
      return CommandResult.rejected(Rejections.noGuidelinesYet("a regular session"));
    }
    if (s.session(ss.sessionId()).isPresent()) {
      return CommandResult.rejected(Rejections.idInUse("session", ss.sessionId()));
    }
    e.events.add(
        ImmutableSessionScheduled.builder()
            .from(e.next())
            .sessionId(ss.sessionId())
            .scheduledFor(ss.scheduledFor())
            .format(ss.format())
            .place(ss.place())
            .build());
    return e.done();
  }

  private static @Nullable Rejection sessionIn(
      GroupState s, io.github.peerled.core.session.SessionId id, SessionStatus expected) {
    Optional<Session> found = s.session(id);
    if (found.isEmpty()) {
      return Rejections.unknownSession(id);
    }
    if (found.get().status() != expected) {
      return Rejections.sessionInWrongState(id, found.get().status(), expected);
    }
    return null;
  }

  private static CommandResult volunteer(Stamp e, VolunteerToFacilitate v) {
    GroupState s = e.state;
    Rejection bad = sessionIn(s, v.sessionId(), SessionStatus.SCHEDULED);
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    if (active(s, v.sessionId()).volunteers().contains(e.actor)) {
      return CommandResult.rejected(
          Rejections.invalid(e.actor + " has already volunteered for " + v.sessionId()));
    }
    e.events.add(
        ImmutableFacilitationVolunteered.builder().from(e.next()).sessionId(v.sessionId()).build());
    return e.done();
  }

  private static CommandResult start(Stamp e, StartSession st) {
    GroupState s = e.state;
    Rejection bad = sessionIn(s, st.sessionId(), SessionStatus.SCHEDULED);
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    Optional<GuidelineVersion> inForce = s.guidelinesInForce();
    if (inForce.isEmpty()) {
      return CommandResult.rejected(Rejections.noGuidelinesYet("a regular session"));
    }
    Set<MemberId> present = new HashSet<>();
    for (MemberId m : st.attendees()) {
      Member member = s.members().get(m);
      if (member == null) {
        return CommandResult.rejected(Rejections.unknownMember(m));
      }
      if (!member.isActive()) {
        return CommandResult.rejected(Rejections.inactiveMember(m));
      }
      if (!present.add(m)) {
        return CommandResult.rejected(Rejections.invalid(m + " is listed twice"));
      }
    }
    RotationPolicy policy = s.governance().rotation();
    List<MemberId> eligible = new ArrayList<>();
    List<MemberId> fallback = new ArrayList<>();
    for (Member m : s.members().values()) {
      if (!m.isActivePeer() || (!present.isEmpty() && !present.contains(m.id()))) {
        continue;
      }
      fallback.add(m.id());
      if (policy.newcomersEligible() || !m.isNewcomerAt(e.now, s.governance().newcomerPeriod())) {
        eligible.add(m.id());
      }
    }
    Session session = active(s, st.sessionId());
    Optional<FacilitatorChoice> choice =
        Rotation.choose(policy, eligible, fallback, session.volunteers(), s.leadership());
    if (choice.isEmpty()) {
      return CommandResult.rejected(
          Rejections.invalid("nobody present can facilitate: facilitators are active peers"));
    }
    FacilitatorChoice fc = choice.get();
    e.events.add(
        ImmutableSessionStarted.builder()
            .from(e.next())
            .sessionId(st.sessionId())
            .guidelineVersion(inForce.get().number())
            .facilitator(fc.facilitator())
            .coFacilitator(fc.coFacilitator())
            .reason(fc.reason())
            .attendees(st.attendees())
            .build());
    e.events.add(
        ImmutableFacilitatorHandedOver.builder()
            .from(e.next())
            .sessionId(st.sessionId())
            .previous(s.leadership().lastFacilitator())
            .to(fc.facilitator())
            .coFacilitator(fc.coFacilitator())
            .build());
    return e.done();
  }

  static @Nullable Session activeSession(
      GroupState s, io.github.peerled.core.session.SessionId id) {
    for (Session session : s.activeSessions()) {
      if (session.id().equals(id)) {
        return session;
      }
    }
    return null;
  }

  static @Nullable Proposal activeProposal(
      GroupState s, io.github.peerled.core.decision.ProposalId id) {
    for (Proposal p : s.activeProposals()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }

  /** Returns a session already checked to be active. */
  private static Session active(GroupState s, io.github.peerled.core.session.SessionId id) {
    Session session = activeSession(s, id);
    if (session == null) {
      throw new IllegalStateException("session " + id + " was checked to be active");
    }
    return session;
  }

  /**
   * Tells whether the actor holds the session: its facilitator or co-facilitator. If both have left
   * the group, any active peer present holds it, so that a session is never stuck open.
   */
  private static boolean holdsSession(GroupState s, Session session, MemberId actor) {
    if (session.facilitator().map(actor::equals).orElse(false)
        || session.coFacilitator().map(actor::equals).orElse(false)) {
      return true;
    }
    boolean heldByActiveMember =
        session.facilitator().flatMap(s::member).map(Member::isActive).orElse(false)
            || session.coFacilitator().flatMap(s::member).map(Member::isActive).orElse(false);
    if (heldByActiveMember || !session.attendees().contains(actor)) {
      return false;
    }
    Member m = s.members().get(actor);
    return m != null && m.isActivePeer();
  }

  private static CommandResult handOver(Stamp e, HandOverFacilitation h) {
    GroupState s = e.state;
    Rejection bad = sessionIn(s, h.sessionId(), SessionStatus.OPEN);
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    Session session = active(s, h.sessionId());
    if (!holdsSession(s, session, e.actor)) {
      return CommandResult.rejected(Rejections.notFacilitator(e.actor, h.sessionId(), "hand over"));
    }
    Member to = s.members().get(h.to());
    if (to == null) {
      return CommandResult.rejected(Rejections.unknownMember(h.to()));
    }
    if (!to.isActivePeer()) {
      return CommandResult.rejected(
          Rejections.notPermitted(h.to() + " cannot facilitate: the facilitator is a peer"));
    }
    GovernanceSettings governance = s.governance();
    if (!governance.rotation().newcomersEligible()
        && to.isNewcomerAt(e.now, governance.newcomerPeriod())) {
      return CommandResult.rejected(
          Rejections.newcomerNotAsked(h.to(), to.joinedAt().plus(governance.newcomerPeriod())));
    }
    if (!session.attendees().contains(h.to())) {
      return CommandResult.rejected(Rejections.invalid(h.to() + " is not present at the session"));
    }
    if (session.facilitator().map(h.to()::equals).orElse(false)) {
      return CommandResult.rejected(Rejections.invalid(h.to() + " already facilitates"));
    }
    Optional<MemberId> co =
        session.coFacilitator().filter(c -> !c.equals(h.to())).or(() -> Optional.empty());
    e.events.add(
        ImmutableFacilitatorHandedOver.builder()
            .from(e.next())
            .sessionId(h.sessionId())
            .previous(session.facilitator())
            .to(h.to())
            .coFacilitator(co)
            .build());
    return e.done();
  }

  private static CommandResult attend(Stamp e, RecordAttendance ra) {
    GroupState s = e.state;
    Rejection bad = sessionIn(s, ra.sessionId(), SessionStatus.OPEN);
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    Session session = active(s, ra.sessionId());
    if (!ra.member().equals(e.actor) && !holdsSession(s, session, e.actor)) {
      return CommandResult.rejected(
          Rejections.notFacilitator(e.actor, ra.sessionId(), "record someone else's attendance"));
    }
    Member m = s.members().get(ra.member());
    if (m == null) {
      return CommandResult.rejected(Rejections.unknownMember(ra.member()));
    }
    if (!m.isActive()) {
      return CommandResult.rejected(Rejections.inactiveMember(ra.member()));
    }
    if (session.attendees().contains(ra.member())) {
      return CommandResult.rejected(
          Rejections.invalid(ra.member() + " is already recorded as present"));
    }
    e.events.add(
        ImmutableAttendanceRecorded.builder()
            .from(e.next())
            .sessionId(ra.sessionId())
            .member(ra.member())
            .build());
    return e.done();
  }

  private static CommandResult contribute(Stamp e, RecordContribution r) {
    GroupState s = e.state;
    Session session = activeSession(s, r.sessionId());
    if (session == null || session.status() != SessionStatus.OPEN) {
      Rejection bad = sessionIn(s, r.sessionId(), SessionStatus.OPEN);
      return CommandResult.rejected(bad == null ? Rejections.unknownSession(r.sessionId()) : bad);
    }
    if (r.text().isBlank()) {
      return CommandResult.rejected(Rejections.blank("text"));
    }
    int number = session.contributions() + 1;
    if (r.replyTo().isPresent()
        && (r.replyTo().getAsInt() < 1 || r.replyTo().getAsInt() >= number)) {
      return CommandResult.rejected(
          Rejections.invalid(
              "a contribution can only reply to an earlier one; there is no contribution "
                  + r.replyTo().getAsInt()
                  + " before it"));
    }
    if (!session.attendees().contains(e.actor)) {
      e.events.add(
          ImmutableAttendanceRecorded.builder()
              .from(e.next())
              .sessionId(r.sessionId())
              .member(e.actor)
              .build());
    }
    e.events.add(
        ImmutableContributionRecorded.builder()
            .from(e.next())
            .contribution(
                ImmutableContribution.builder()
                    .sessionId(r.sessionId())
                    .number(number)
                    .author(e.actor)
                    .at(e.now)
                    .kind(r.kind())
                    .text(r.text())
                    .replyTo(r.replyTo())
                    .build())
            .build());
    return e.done();
  }

  private static CommandResult closeSession(Stamp e, CloseSession cs) {
    GroupState s = e.state;
    Rejection bad = sessionIn(s, cs.sessionId(), SessionStatus.OPEN);
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    if (!holdsSession(s, active(s, cs.sessionId()), e.actor)) {
      return CommandResult.rejected(Rejections.notFacilitator(e.actor, cs.sessionId(), "close it"));
    }
    e.events.add(ImmutableSessionClosed.builder().from(e.next()).sessionId(cs.sessionId()).build());
    return e.done();
  }
}
