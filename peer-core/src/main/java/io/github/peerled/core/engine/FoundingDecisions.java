package io.github.peerled.core.engine;

import io.github.peerled.core.command.EndorseFoundingGuidelines;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.JoinGroup;
import io.github.peerled.core.command.ReviseFoundingDraft;
import io.github.peerled.core.event.ImmutableFoundingDraftRevised;
import io.github.peerled.core.event.ImmutableFoundingGuidelinesEndorsed;
import io.github.peerled.core.event.ImmutableGroupFounded;
import io.github.peerled.core.event.ImmutableGuidelineVersionAdopted;
import io.github.peerled.core.event.ImmutableMemberForgotten;
import io.github.peerled.core.event.ImmutableMemberJoined;
import io.github.peerled.core.event.ImmutableMemberLeft;
import io.github.peerled.core.group.EndorsementStatus;
import io.github.peerled.core.group.GroupStatus;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.MemberStatus;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Decides the founding of a group and who joins and leaves it. Pure: the instant is passed in. */
final class FoundingDecisions {
  private FoundingDecisions() {}

  static CommandResult found(Stamp stamp, FoundGroup f) {
    if (stamp.state.isFounded()) {
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
    if (!ids.contains(stamp.actor)) {
      return CommandResult.rejected(Rejections.notAFounder(stamp.actor));
    }
    Rejection bad = checkDraft(f.draft());
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    stamp.events.add(
        ImmutableGroupFounded.builder()
            .from(stamp.next())
            .profile(f.profile())
            .governance(f.governance())
            .founders(f.founders())
            .draft(f.draft())
            .build());
    return stamp.done();
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

  static CommandResult revise(Stamp stamp, ReviseFoundingDraft r) {
    GroupState s = stamp.state;
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
    stamp.events.add(
        ImmutableFoundingDraftRevised.builder()
            .from(stamp.next())
            .draft(r.draft())
            .revision(s.foundingDraftRevision() + 1)
            .build());
    return stamp.done();
  }

  static CommandResult endorse(Stamp stamp, EndorseFoundingGuidelines en) {
    GroupState s = stamp.state;
    if (s.guidelinesInForce().isPresent()) {
      return CommandResult.rejected(Rejections.guidelinesAlreadyAdopted());
    }
    if (en.revision() != s.foundingDraftRevision()) {
      return CommandResult.rejected(
          Rejections.staleDraft(en.revision(), s.foundingDraftRevision()));
    }
    if (s.foundingEndorsements().contains(stamp.actor)) {
      return CommandResult.rejected(
          Rejections.wrongState(
              stamp.actor + " has already endorsed revision " + en.revision(),
              EndorsementStatus.ENDORSED,
              EndorsementStatus.NOT_ENDORSED));
    }
    stamp.events.add(
        ImmutableFoundingGuidelinesEndorsed.builder()
            .from(stamp.next())
            .revision(en.revision())
            .build());
    if (s.foundingEndorsements().size() + 1 == s.founders().size()) {
      GuidelineVersion v1 =
          ImmutableGuidelineVersion.builder()
              .number(1)
              .clauses(s.foundingDraft())
              .effectiveAt(stamp.now)
              .build();
      stamp.events.add(
          ImmutableGuidelineVersionAdopted.builder().from(stamp.next()).version(v1).build());
    }
    return stamp.done();
  }

  static CommandResult join(Stamp stamp, JoinGroup j) {
    GroupState s = stamp.state;
    Optional<GuidelineVersion> inForce = s.guidelinesInForce();
    if (inForce.isEmpty()) {
      return CommandResult.rejected(Rejections.noGuidelinesYet("joining"));
    }
    if (!j.member().equals(stamp.actor)) {
      return CommandResult.rejected(Rejections.joinsForAnother(stamp.actor, j.member()));
    }
    if (s.members().containsKey(j.member())) {
      return CommandResult.rejected(Rejections.idInUse("member", j.member()));
    }
    Standing st = j.standing();
    if (st == Standing.MEMBER || st == Standing.FOUNDING_MEMBER) {
      return CommandResult.rejected(
          Rejections.notPermitted(
              "a person joins as a newcomer, advisor or guest; becoming a "
                  + st.name().toLowerCase(Locale.ROOT).replace('_', ' ')
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
    stamp.events.add(
        ImmutableMemberJoined.builder()
            .from(stamp.next())
            .member(j.member())
            .displayName(j.displayName())
            .standing(st)
            .affiliation(j.affiliation())
            .acknowledgedVersion(current)
            .build());
    return stamp.done();
  }

  static CommandResult leave(Stamp stamp) {
    GroupState s = stamp.state;
    if (s.guidelinesInForce().isEmpty()) {
      return CommandResult.rejected(
          Rejections.wrongState(
              "a founder cannot leave before the founding guidelines are adopted; revise the"
                  + " founding instead",
              GroupStatus.NO_GUIDELINES,
              GroupStatus.GUIDELINES_IN_FORCE));
    }
    stamp.events.add(ImmutableMemberLeft.builder().from(stamp.next()).member(stamp.actor).build());
    return stamp.done();
  }

  /**
   * Forgets the actor. Asked by the member themself, whether still in the group or gone: the
   * decider calls it before the permission chain, which refuses members who have left.
   */
  static CommandResult forget(Stamp stamp) {
    GroupState s = stamp.state;
    Member m = s.members().get(stamp.actor);
    if (m == null) {
      return CommandResult.rejected(Rejections.unknownMember(stamp.actor));
    }
    if (m.forgottenAt().isPresent()) {
      return CommandResult.rejected(
          Rejections.wrongState(
              stamp.actor + " has been forgotten already",
              MemberStatus.FORGOTTEN,
              MemberStatus.REMEMBERED));
    }
    if (s.guidelinesInForce().isEmpty()) {
      return CommandResult.rejected(
          Rejections.wrongState(
              "a founder cannot be forgotten before the founding guidelines are adopted; revise"
                  + " the founding instead",
              GroupStatus.NO_GUIDELINES,
              GroupStatus.GUIDELINES_IN_FORCE));
    }
    stamp.events.add(
        ImmutableMemberForgotten.builder().from(stamp.next()).member(stamp.actor).build());
    return stamp.done();
  }
}
