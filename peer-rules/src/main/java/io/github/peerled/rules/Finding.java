package io.github.peerled.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.session.SessionId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a rule noticed in a session, for the facilitator: which guideline clause it enforces, how
 * strongly it asks for attention, a plain message that can be read aloud, the evidence and a
 * suggested action. A finding is a nudge, never punishment; the host decides what to do with it.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public interface Finding {
  /**
   * Returns the rule's id.
   *
   * @return for example {@code sharing-not-advice}
   */
  String ruleId();

  /**
   * Returns the guideline clause the rule enforces.
   *
   * @return the clause; empty only for crisis language found when no clause binds the safety rule
   *     (crisis language always surfaces)
   */
  Optional<ClauseId> clauseId();

  /**
   * Returns the number of the guideline version in force.
   *
   * @return the version number
   */
  int guidelineVersion();

  /**
   * Returns the session.
   *
   * @return the session id
   */
  SessionId sessionId();

  /**
   * Returns the contribution the finding was raised at: the one it is about, or the latest one when
   * the session ended.
   *
   * @return the contribution's number
   */
  int contribution();

  /**
   * Returns how strongly the finding asks for attention.
   *
   * @return the severity
   */
  Severity severity();

  /**
   * Returns what a facilitator might do.
   *
   * @return the action
   */
  SuggestedAction action();

  /**
   * Returns a plain message a facilitator could read aloud.
   *
   * @return the message
   */
  String message();

  /**
   * Returns the evidence in the text of {@link #contribution()}.
   *
   * @return character spans, in text order
   */
  List<Span> spans();

  /**
   * Returns the contributions involved, by number.
   *
   * @return the numbers, ascending
   */
  List<Integer> contributions();

  /**
   * Returns the members involved: the speaker, or the quiet members to invite.
   *
   * @return the members
   */
  List<MemberId> members();

  /**
   * Returns the help to point to.
   *
   * @return the signposts
   */
  List<Signpost> signposts();

  /**
   * Tells whether the rule suggests that the contribution the finding is about ({@link
   * #contribution()} of {@link #sessionId()}) be held, pending the review the group's settings
   * name. A suggestion for the facilitator and the host, never applied: the rules issue no command,
   * and a host that follows it does so by its own flag ({@code FlagContribution}) if the group's
   * guidelines say so. The {@code safety} rule suggests it for a graphic story and the {@code
   * respectful-exchange} rule for a personal remark; a finding of crisis ({@link
   * SuggestedAction#CHECK_SAFETY}) never does: a person in crisis is not hidden.
   *
   * @return false unless the rule suggests a hold
   */
  @Value.Default
  default boolean suggestsHold() {
    return false;
  }

  /**
   * Checks that a finding of crisis suggests no hold.
   *
   * @throws IllegalStateException if it does
   */
  @Value.Check
  default void check() {
    if (suggestsHold() && action() == SuggestedAction.CHECK_SAFETY) {
      throw new IllegalStateException("a finding of crisis never suggests a hold");
    }
  }

  /**
   * Returns this finding without the words of the contribution it was raised at: the message reads
   * as {@link PersonalData#EXPIRED} and there are no spans. The rule, clause, severity, session,
   * contribution numbers, members and signposts stay. The library does not keep findings; a host
   * that does replaces its copies of a session's findings by this when the session's contribution
   * text expires ({@code onContributionTextExpired}), or when the member it quotes is forgotten.
   *
   * @return the finding without words
   */
  default Finding withoutWords() {
    return ImmutableFinding.copyOf(this).withMessage(PersonalData.EXPIRED).withSpans(List.of());
  }
}
