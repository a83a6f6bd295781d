package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.leadership.RoleDefinition;
import io.github.peerled.core.leadership.RoleName;
import io.github.peerled.core.leadership.RotationPolicy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How a group governs itself: a decision procedure for each kind of decision, the newcomer period,
 * and the rotation of facilitation. Changing these settings is itself a decision (of kind {@link
 * DecisionKind#GOVERNANCE}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGovernanceSettings.class)
@JsonDeserialize(as = ImmutableGovernanceSettings.class)
public interface GovernanceSettings {
  /** The shortest contribution retention a group may set: one hour. */
  Duration MIN_RETENTION = Duration.ofHours(1);

  /**
   * Returns the procedure for each kind of decision.
   *
   * @return a procedure for every {@link DecisionKind}
   */
  Map<DecisionKind, DecisionProcedure> procedures();

  /**
   * Returns how long a newcomer is a newcomer.
   *
   * @return the duration; 60 days unless set
   */
  @Value.Default
  default Duration newcomerPeriod() {
    return Duration.ofDays(60);
  }

  /**
   * Returns how facilitation rotates.
   *
   * @return the policy; {@link RotationPolicy#ofDefaults()} unless set
   */
  @Value.Default
  default RotationPolicy rotation() {
    return RotationPolicy.ofDefaults();
  }

  /**
   * Returns how long the text of a session's contributions is kept after the session closes. Once
   * that long has passed, a deadline check ({@code CheckDeadlines}) records {@code
   * ContributionTextExpired} and the text reads as {@link
   * io.github.peerled.core.privacy.PersonalData#EXPIRED} from then on, in every store (see the
   * README, "Retention"). Who spoke, when, and what kind of contribution it was stay. Like every
   * setting here it is changed by a decision of kind {@link DecisionKind#GOVERNANCE}, so shortening
   * it is the group's call; a shorter period expires at the next check what it already covers.
   *
   * @return the period, at least one hour; empty (the default) to keep the text
   */
  Optional<Duration> contributionRetention();

  /**
   * Tells whether advisors may answer the group's non-binding polls. Peers always may, guests never
   * do; a poll keeps the setting in force when it opened.
   *
   * @return false unless set
   */
  @Value.Default
  default boolean advisorsMayAnswerPolls() {
    return false;
  }

  /**
   * Returns the roles the group defines besides the built-in ones, each with its duties, term,
   * eligibility and consecutive-term limit. Settings written before roles existed read with none.
   *
   * @return the roles, their names distinct
   */
  List<RoleDefinition> roles();

  /**
   * Returns the role of a name.
   *
   * @param name the name
   * @return the role; empty if the group defines none of that name
   */
  default Optional<RoleDefinition> role(RoleName name) {
    for (RoleDefinition r : roles()) {
      if (r.name().equals(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns how many members' flags hold a contribution pending a review.
   *
   * @return the threshold, at least 1; 3 unless set
   */
  @Value.Default
  default int flagThreshold() {
    return 3;
  }

  /**
   * Tells whether advisors may flag contributions. Peers always may.
   *
   * @return true unless set
   */
  @Value.Default
  default boolean advisorsMayFlag() {
    return true;
  }

  /**
   * Tells whether guests may flag contributions.
   *
   * @return false unless set
   */
  @Value.Default
  default boolean guestsMayFlag() {
    return false;
  }

  /**
   * Returns who reviews a held contribution: a facilitator ({@code ReviewHold}) or the group, by a
   * proposal ({@link HoldReview}). Absent in JSON written before the group could review holds.
   *
   * @return the reviewer; {@link HoldReviewer#FACILITATOR} unless set
   */
  @Value.Default
  default HoldReviewer holdReviewer() {
    return HoldReviewer.FACILITATOR;
  }

  /**
   * Returns the procedure for a kind of decision.
   *
   * @param kind the kind
   * @return the procedure
   */
  default DecisionProcedure procedureFor(DecisionKind kind) {
    DecisionProcedure p = procedures().get(kind);
    if (p == null) {
      throw new IllegalStateException("no procedure for " + kind); // excluded by check()
    }
    return p;
  }

  /**
   * Returns a builder that starts from these settings, to change a few and keep the rest: the form
   * of a governance change. For example, to decide logistics by consent:
   *
   * <pre>{@code
   * GovernanceSettings changed =
   *     state.governance().patch()
   *         .putProcedure(DecisionKind.LOGISTICS, DecisionProcedure.consent())
   *         .build();
   * GovernanceChange change = GovernanceChange.of(state.governance(), changed);
   * }</pre>
   *
   * @return a new builder holding these settings; not thread-safe, the settings it builds are
   */
  default ImmutableGovernanceSettings.Builder patch() {
    return ImmutableGovernanceSettings.builder().from(this);
  }

  /**
   * Returns settings with sensible defaults for a peer support group: consent for guidelines,
   * membership and leadership, consensus for governance, majority for logistics.
   *
   * @return the settings
   */
  static GovernanceSettings ofDefaults() {
    return custom().build();
  }

  /**
   * Returns a builder preset with the defaults of {@link #ofDefaults()}.
   *
   * @return the builder
   */
  static ImmutableGovernanceSettings.Builder custom() {
    Map<DecisionKind, DecisionProcedure> p = new EnumMap<>(DecisionKind.class);
    p.put(DecisionKind.GUIDELINES, DecisionProcedure.consent());
    p.put(DecisionKind.LOGISTICS, DecisionProcedure.majority());
    p.put(DecisionKind.MEMBERSHIP, DecisionProcedure.consent());
    p.put(DecisionKind.LEADERSHIP, DecisionProcedure.consent());
    p.put(DecisionKind.GOVERNANCE, DecisionProcedure.consensus());
    return ImmutableGovernanceSettings.builder().procedures(p);
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if a kind of decision has no procedure
   * @throws IllegalArgumentException if the newcomer period is negative or the contribution
   *     retention shorter than an hour, two roles share a name, or the flag threshold below 1
   */
  @Value.Check
  default void check() {
    for (DecisionKind k : DecisionKind.values()) {
      if (!procedures().containsKey(k)) {
        throw new IllegalStateException("governance settings need a procedure for " + k);
      }
    }
    if (newcomerPeriod().isNegative()) {
      throw new IllegalArgumentException(
          "newcomerPeriod must be zero or longer, was " + newcomerPeriod());
    }
    Optional<Duration> retention = contributionRetention();
    if (retention.isPresent() && retention.get().compareTo(MIN_RETENTION) < 0) {
      throw new IllegalArgumentException(
          "contributionRetention must be at least " + MIN_RETENTION + ", was " + retention.get());
    }
    Set<RoleName> names = new HashSet<>();
    for (RoleDefinition r : roles()) {
      if (!names.add(r.name())) {
        throw new IllegalArgumentException("roles: two roles are named " + r.name());
      }
    }
    if (flagThreshold() < 1) {
      throw new IllegalArgumentException(
          "flagThreshold must be at least 1, was " + flagThreshold());
    }
  }
}
