package io.github.peerled.core.engine;

import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.PollStatus;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.group.GroupStatus;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Status;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.core.session.SessionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The factory of every rejection the engine gives, so that messages are written once and tests can
 * assert on them.
 */
final class Rejections {
  private Rejections() {}

  static Rejection notPermitted(String message) {
    return Rejection.of(RejectionReason.NOT_PERMITTED, message);
  }

  static Rejection invalid(String message) {
    return Rejection.of(RejectionReason.INVALID, message);
  }

  static Rejection conflict(String message) {
    return Rejection.of(RejectionReason.CONFLICT, message);
  }

  static Rejection wrongState(String message, Status current, Status... expected) {
    return ImmutableRejection.builder()
        .reason(RejectionReason.WRONG_STATE)
        .message(message)
        .currentState(current)
        .addExpectedStates(expected)
        .build();
  }

  static Rejection notFounded() {
    return wrongState(
        "the group has not been founded yet", GroupStatus.NOT_FOUNDED, GroupStatus.FOUNDED);
  }

  static Rejection alreadyFounded() {
    return wrongState(
        "the group has already been founded", GroupStatus.FOUNDED, GroupStatus.NOT_FOUNDED);
  }

  static Rejection noGuidelinesYet(String what) {
    return wrongState(
        what + " needs guidelines in force; the founding members have not adopted them yet",
        GroupStatus.NO_GUIDELINES,
        GroupStatus.GUIDELINES_IN_FORCE);
  }

  static Rejection guidelinesAlreadyAdopted() {
    return wrongState(
        "the founding guidelines are already adopted; change them by a proposal",
        GroupStatus.GUIDELINES_IN_FORCE,
        GroupStatus.NO_GUIDELINES);
  }

  static Rejection notAMember(MemberId actor) {
    return notPermitted(actor + " is not a member of the group");
  }

  static Rejection hasLeft(MemberId actor) {
    return notPermitted(actor + " has left the group");
  }

  static Rejection notAPeer(MemberId actor, String what) {
    return notPermitted(
        actor
            + " may not "
            + what
            + ": advisors and guests advise and comment, decisions stay with the group's members");
  }

  static Rejection notAFounder(MemberId actor) {
    return notPermitted(actor + " is not a founding member");
  }

  static Rejection staleDraft(int given, int current) {
    return conflict(
        "the founding draft is at revision "
            + current
            + ", not "
            + given
            + "; read the current draft first");
  }

  static Rejection staleAcknowledgement(int given, int current) {
    return conflict(
        "the guidelines in force are version "
            + current
            + ", not "
            + given
            + "; read and acknowledge the current version");
  }

  static Rejection staleBase(ProposalId id, int base, int current) {
    return conflict(
        "proposal "
            + id
            + " is based on guideline version "
            + base
            + " but version "
            + current
            + " is in force; withdraw it and propose again on version "
            + current);
  }

  static Rejection staleGovernance(
      ProposalId id, Optional<GovernanceSettings> base, GovernanceSettings current) {
    if (base.isEmpty()) {
      return conflict(
          "proposal "
              + id
              + " does not say which governance settings it was drafted on (an earlier release"
              + " did not record it), so adopting it could undo a later decision; withdraw it and"
              + " propose again on the settings in force");
    }
    return conflict(
        "proposal "
            + id
            + " is based on governance settings that have changed since ("
            + String.join(", ", changed(base.get(), current))
            + "); adopting it would undo that decision; withdraw it and propose again on the"
            + " settings in force");
  }

  /** The parts of the governance settings that differ, in plain words. */
  private static List<String> changed(GovernanceSettings a, GovernanceSettings b) {
    List<String> parts = new ArrayList<>();
    for (DecisionKind k : DecisionKind.values()) {
      if (!Objects.equals(a.procedures().get(k), b.procedures().get(k))) {
        parts.add("the procedure for " + describe(k) + " decisions");
      }
    }
    if (!a.newcomerPeriod().equals(b.newcomerPeriod())) {
      parts.add("the newcomer period");
    }
    if (!a.rotation().equals(b.rotation())) {
      parts.add("the rotation policy");
    }
    if (!a.contributionRetention().equals(b.contributionRetention())) {
      parts.add("the contribution retention");
    }
    return parts;
  }

  static Rejection unknownProposal(ProposalId id) {
    return invalid("there is no proposal " + id);
  }

  static Rejection unknownSession(SessionId id) {
    return invalid("there is no session " + id);
  }

  static Rejection unknownMember(MemberId id) {
    return invalid("there is no member " + id + " in the group");
  }

  static Rejection inactiveMember(MemberId id) {
    return invalid(id + " has left the group");
  }

  static Rejection idInUse(String what, Object id) {
    return invalid("there is already a " + what + " with id " + id);
  }

  static Rejection proposalInWrongState(
      ProposalId id, ProposalStatus current, ProposalStatus... expected) {
    return wrongState(
        "proposal " + id + " is " + describe(current) + "; this needs it " + describe(expected),
        current,
        expected);
  }

  static Rejection unknownPoll(PollId id) {
    return invalid("the group has no poll " + id);
  }

  static Rejection pollInWrongState(PollId id, PollStatus current, PollStatus... expected) {
    return wrongState(
        "poll " + id + " is " + describe(current) + "; this needs it " + describe(expected),
        current,
        expected);
  }

  static Rejection sessionInWrongState(
      SessionId id, SessionStatus current, SessionStatus... expected) {
    return wrongState(
        "session " + id + " is " + describe(current) + "; this needs it " + describe(expected),
        current,
        expected);
  }

  static Rejection onlyProposer(MemberId actor, ProposalId id, String what) {
    return notPermitted("only the proposer of " + id + " may " + what + ", not " + actor);
  }

  static Rejection notInElectorate(MemberId actor, ProposalId id) {
    return notPermitted(
        actor
            + " is not in the electorate of "
            + id
            + " (it was frozen when the proposal opened; a decision about a member leaves them"
            + " out)");
  }

  static Rejection objectionNeedsReason() {
    return invalid("an objection must carry a reason");
  }

  static Rejection joinsForAnother(MemberId actor, MemberId member) {
    return notPermitted(
        "a person joins in their own name: " + actor + " cannot join the group as " + member);
  }

  static Rejection disagreeNotCounted(DecisionMethod method) {
    return invalid(
        "a plain disagree is a vote, and "
            + method.name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + " does not count votes; to say no, object with a reason");
  }

  static Rejection tooEarlyToClose(ProposalId id, java.time.Instant until) {
    return notPermitted(
        "proposal "
            + id
            + " is in its discussion period until "
            + until
            + "; nobody, the facilitator included, may close it earlier unless everyone in the"
            + " electorate has taken a stance");
  }

  static Rejection notFacilitator(MemberId actor, SessionId id, String what) {
    return notPermitted(
        "only the facilitator or co-facilitator of session "
            + id
            + " may "
            + what
            + ", not "
            + actor);
  }

  static Rejection newcomerNotAsked(MemberId to, java.time.Instant periodEnds) {
    return notPermitted(
        to
            + " is in their newcomer period until "
            + periodEnds
            + ": newcomers are not asked to facilitate during it, by rotation or by hand-over,"
            + " unless the group's rotation policy makes newcomers eligible");
  }

  static Rejection blank(String field) {
    return invalid(field + " must not be blank");
  }

  // ---- limits (see Limits and CommandLimits); fields are named by their JSON path ----

  static Rejection tooLong(String path, int length, int limit) {
    return invalid(
        path + " is " + length + " characters long; the limit is " + limit + " characters");
  }

  static Rejection tooMany(String path, int size, int limit, String what) {
    return invalid(path + " holds " + size + " " + what + "; the limit is " + limit + " " + what);
  }

  static Rejection tooMuchText(long total, int limit) {
    return invalid(
        "the command carries "
            + total
            + " characters of text in all; the limit is "
            + limit
            + " characters");
  }

  static Rejection versionOverLimit(String path, long size, int limit, String what) {
    return invalid(
        path
            + " would make a guideline version of "
            + size
            + " "
            + what
            + "; the limit is "
            + limit
            + " "
            + what);
  }

  static Rejection tooLongAPeriod(String path, java.time.Duration period, java.time.Duration max) {
    return invalid(
        path
            + " is "
            + period
            + " long; the longest period a group may set is "
            + max.toDays()
            + " days ("
            + max.toDays() / 365
            + " years)");
  }

  static Rejection groupFull(int members) {
    return invalid(
        "the group holds "
            + members
            + " members (those who left count too), its limit; nobody more can join");
  }

  static Rejection controlCharacter(String path, int offset, char c) {
    return invalid(
        path
            + " holds the control character "
            + codePoint(c)
            + " at offset "
            + offset
            + "; text may hold no control characters but tab, line feed and carriage return");
  }

  static Rejection loneSurrogate(String path, int offset, char c) {
    return invalid(
        path
            + " holds a lone surrogate "
            + codePoint(c)
            + " at offset "
            + offset
            + ", half of a character; it is not valid Unicode and cannot be stored");
  }

  private static String codePoint(char c) {
    return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
  }

  private static String describe(Enum<?> status) {
    return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String describe(Enum<?>... expected) {
    List<String> words = new ArrayList<>();
    for (Enum<?> e : expected) {
      words.add(describe(e));
    }
    return String.join(" or ", words);
  }

  // ---- revisions, objections, scheduled versions ----

  static Rejection objectionNeedsGround(String test) {
    return invalid(
        "$.ground: this group's objections meet its test, \""
            + test
            + "\"; say what the objection names: HARM or BETTER_WAY");
  }

  static Rejection groundOnlyForObjection() {
    return invalid("$.ground: only an objection names a ground (HARM or BETTER_WAY)");
  }

  static Rejection unknownObjection(ProposalId id, ObjectionId number) {
    return invalid("proposal " + id + " has no objection " + number);
  }

  static Rejection notObjectionAuthor(
      MemberId actor, ProposalId id, ObjectionId number, MemberId author) {
    return notPermitted(
        "only the author of objection "
            + number
            + " to "
            + id
            + ", "
            + author
            + ", may integrate or withdraw it, not "
            + actor
            + "; nobody else, the facilitator included, dismisses an objection");
  }

  static Rejection objectionResolved(
      ProposalId id, ObjectionId number, io.github.peerled.core.decision.ObjectionStatus current) {
    return wrongState(
        "objection " + number + " to " + id + " is " + describe(current) + "; this needs it open",
        current,
        io.github.peerled.core.decision.ObjectionStatus.OPEN);
  }

  static Rejection revisionChangesDecision(ProposalId id) {
    return invalid(
        "$.content: a revision of "
            + id
            + " must ask for the same kind of decision about the same members; its electorate"
            + " and procedure were frozen when it opened (withdraw it and draft anew instead)");
  }

  static Rejection addressesNoOpenObjection(ProposalId id, ObjectionId number) {
    return invalid(
        "$.addresses: proposal " + id + " has no open objection " + number + " to address");
  }

  static Rejection versionScheduled(ProposalId id, int number, java.time.Instant at) {
    return conflict(
        "guideline version "
            + number
            + " is scheduled to take effect at "
            + at
            + "; "
            + id
            + " can change the guidelines only once it has taken effect, or after a"
            + " reconsideration cancels it");
  }

  static Rejection nothingScheduledBy(ProposalId id, ProposalId reconsidered) {
    return conflict(
        reconsidered
            + " has no guideline version waiting to take effect (it took effect, was cancelled,"
            + " or was never scheduled); "
            + id
            + " has nothing to reconsider");
  }
}
