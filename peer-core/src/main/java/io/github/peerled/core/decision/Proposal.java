package io.github.peerled.core.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.internal.ClosingRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A proposal and the facts recorded about it: drafted, opened (with its electorate and procedure
 * frozen), the stances and comments, and whether it was withdrawn or closed with a tally. Its
 * status is derived from these facts, never stored. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProposal.class)
@JsonDeserialize(as = ImmutableProposal.class)
public interface Proposal {
  /**
   * Returns the proposal's id.
   *
   * @return the id
   */
  ProposalId id();

  /**
   * Returns the title.
   *
   * @return the title
   */
  String title();

  /**
   * Returns why the proposer proposes it.
   *
   * @return the rationale; may be empty text
   */
  String rationale();

  /**
   * Returns who proposed it.
   *
   * @return the member
   */
  MemberId proposer();

  /**
   * Returns what it would change.
   *
   * @return the content
   */
  ProposalContent content();

  /**
   * Returns when it was drafted.
   *
   * @return the instant
   */
  Instant draftedAt();

  /**
   * Returns when it was opened for stances.
   *
   * @return the instant; empty for a draft
   */
  Optional<Instant> openedAt();

  /**
   * Returns the members who may take a stance, frozen when it opened: the active peers of that
   * moment, without the members the decision is about ({@link ProposalContent#subjects()}). Whoever
   * joins or becomes a peer later (a newcomer who joins after the opening, even once made a member)
   * stays outside. Standing at the close counts as well: a member of the electorate who is no
   * longer an active peer when the proposal is closed (made an advisor or guest, or gone from the
   * group) does not count, neither their stance nor, under silence-is-consent, their silence,
   * toward the outcome or the quorum.
   *
   * @return the electorate, in the order members joined
   */
  List<MemberId> electorate();

  /**
   * Returns the procedure, frozen when it opened.
   *
   * @return the procedure; empty for a draft
   */
  Optional<DecisionProcedure> procedure();

  /**
   * Returns the proposal's current revision: 1 as drafted, one more for each revision while it is
   * open. Its title, rationale and content are those of this revision.
   *
   * @return the revision number, from 1
   */
  @Value.Default
  default int revision() {
    return 1;
  }

  /**
   * Returns the objections raised on it, in the order they were raised, open or resolved.
   *
   * @return the objections, numbered 1, 2, 3, ...
   */
  List<Objection> objections();

  /**
   * Returns an objection by its id.
   *
   * @param id the objection's id (its number) within this proposal
   * @return the objection, or empty if there is none with that id
   */
  default Optional<Objection> objection(ObjectionId id) {
    List<Objection> all = objections();
    return id.number() <= all.size() ? Optional.of(all.get(id.number() - 1)) : Optional.empty();
  }

  /**
   * Returns the objections still open: neither integrated nor withdrawn by their authors.
   *
   * @return the open objections, in the order they were raised
   */
  default List<Objection> openObjections() {
    List<Objection> open = new ArrayList<>();
    for (Objection o : objections()) {
      if (o.isOpen()) {
        open.add(o);
      }
    }
    return open;
  }

  /**
   * Returns the deadline a late decision moved ({@link DecisionProcedure#lateQuorumWindow()}).
   *
   * @return the new deadline; empty unless it was extended
   */
  Optional<Instant> deadlineExtendedTo();

  /**
   * Returns the stances taken, the latest of each member, in the order members first took one.
   *
   * @return the stances
   */
  List<Stance> stances();

  /**
   * Returns the stances that count: the latest of each member, taken on the current revision.
   *
   * @return the stances, in the order members first took one
   */
  default List<Stance> currentStances() {
    int current = revision();
    List<Stance> all = stances();
    for (Stance s : all) {
      if (s.revision() != current) {
        List<Stance> out = new ArrayList<>(all.size());
        for (Stance t : all) {
          if (t.revision() == current) {
            out.add(t);
          }
        }
        return out;
      }
    }
    return all;
  }

  /**
   * Returns the stances to reconfirm: the latest of each member who took one on an earlier revision
   * and none since. They stay on record and do not count until the member takes a stance on the
   * current revision.
   *
   * @return the stances, in the order members first took one
   */
  default List<Stance> toReconfirm() {
    List<Stance> out = new ArrayList<>();
    for (Stance s : stances()) {
      if (s.revision() != revision()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Returns a member's latest stance.
   *
   * @param member the member
   * @return the stance, or empty if they took none
   */
  default Optional<Stance> stanceOf(MemberId member) {
    for (Stance s : stances()) {
      if (s.member().equals(member)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the comments and recommendations, oldest first.
   *
   * @return the comments
   */
  List<Comment> comments();

  /**
   * Returns when the proposer withdrew it.
   *
   * @return the instant; empty unless withdrawn
   */
  Optional<Instant> withdrawnAt();

  /**
   * Returns when it was closed.
   *
   * @return the instant; empty unless closed
   */
  Optional<Instant> closedAt();

  /**
   * Returns the tally made when it was closed.
   *
   * @return the tally; empty unless closed
   */
  Optional<Tally> tally();

  /**
   * Returns the outcome statement given by whoever closed it: what the group decided, in its own
   * words.
   *
   * @return the statement; empty unless one was given at the close
   */
  Optional<String> outcomeStatement();

  /**
   * Returns when the decision is to be reviewed, set by whoever closed it.
   *
   * @return the review date; empty unless one was given at the close
   */
  Optional<Instant> reviewAt();

  /**
   * Returns when the group was told that the proposal closes soon ({@code ProposalClosingSoon}).
   *
   * @return the instant; empty until then
   */
  Optional<Instant> closingSoonNoticedAt();

  /**
   * Returns when the proposal expired: its deadline passed while it was open, and a deadline check
   * recorded it ({@code ProposalExpired}). An expired proposal is not adopted and has no tally.
   *
   * @return the instant; empty unless it expired
   */
  Optional<Instant> expiredAt();

  /**
   * Returns the poll whose result seeded the proposal.
   *
   * @return the poll; empty unless the proposer named one
   */
  Optional<PollId> seededBy();

  /**
   * Returns the members who took a stance that this copy does not show: in the group's own state,
   * nobody; in the member view ({@code GroupState.asSeenByMembers()}) of a proposal whose ballots
   * are hidden, everyone who took one, whose stances are then left out of {@link #stances()}.
   *
   * @return the members, in the order they first took a stance
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<MemberId> hiddenStances();

  /**
   * Returns who has taken a stance on the current revision, whether or not this copy shows it: the
   * participation that quorum and reminders count.
   *
   * @return the members, in the order they first took a stance
   */
  default List<MemberId> participants() {
    List<MemberId> out = new ArrayList<>(hiddenStances());
    for (Stance s : stances()) {
      if (s.revision() == revision()) {
        out.add(s.member());
      }
    }
    return out;
  }

  /**
   * Tells whether a member has taken a stance, whether or not this copy shows it.
   *
   * @param member the member
   * @return true if they took one
   */
  default boolean tookAStance(MemberId member) {
    return hiddenStances().contains(member)
        || stanceOf(member).filter(s -> s.revision() == revision()).isPresent();
  }

  /**
   * Returns the instant after which an open proposal expires.
   *
   * @return the deadline; empty for a draft
   */
  default Optional<Instant> expiresAt() {
    Optional<Instant> extended = deadlineExtendedTo();
    if (extended.isPresent()) {
      return extended;
    }
    return openedAt().flatMap(o -> procedure().map(p -> ClosingRules.expiresAt(o, p)));
  }

  /**
   * Returns the status at an instant, derived from the facts.
   *
   * @param now the instant
   * @return the status
   */
  default ProposalStatus statusAt(Instant now) {
    if (withdrawnAt().isPresent()) {
      return ProposalStatus.WITHDRAWN;
    }
    if (expiredAt().isPresent()) {
      return ProposalStatus.EXPIRED;
    }
    Optional<Tally> t = tally();
    if (t.isPresent()) {
      return t.get().outcome() == Outcome.ADOPTED
          ? ProposalStatus.ADOPTED
          : ProposalStatus.NOT_ADOPTED;
    }
    Optional<Instant> opened = openedAt();
    Optional<DecisionProcedure> procedure = procedure();
    if (opened.isEmpty() || procedure.isEmpty()) {
      return ProposalStatus.DRAFT;
    }
    Optional<Instant> extended = deadlineExtendedTo();
    boolean lapsed =
        extended.isPresent()
            ? !now.isBefore(extended.get())
            : ClosingRules.lapsed(now, opened.get(), procedure.get());
    return lapsed ? ProposalStatus.EXPIRED : ProposalStatus.OPEN;
  }

  /**
   * Tells whether every member of the electorate has taken a stance on the current revision.
   *
   * @return true if nobody is silent or has a stance to reconfirm
   */
  default boolean everyoneTookAStance() {
    if (stances().size() + hiddenStances().size() < electorate().size()) {
      return false;
    }
    Set<MemberId> took = new HashSet<>(participants());
    return took.containsAll(electorate());
  }
}
