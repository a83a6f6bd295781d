package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to the governance settings themselves: the whole new settings, and the settings they
 * were drafted on. If the settings in force are no longer that base when the change is drafted,
 * opened or adopted (another decision changed them meanwhile), the change is in conflict and is not
 * merged, as a guideline amendment on an outdated version is not: adopting it would silently undo
 * the other decision. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGovernanceChange.class)
@JsonDeserialize(as = ImmutableGovernanceChange.class)
public non-sealed interface GovernanceChange extends ProposalContent {
  /**
   * Returns the new settings.
   *
   * @return the settings
   */
  GovernanceSettings settings();

  /**
   * Returns the settings the change was drafted on: the group's settings in force as the proposer
   * read them ({@code GroupState.governance()}).
   *
   * @return the base; required when drafting, empty only in proposals drafted by releases that did
   *     not record it, which can no longer be adopted
   */
  Optional<GovernanceSettings> base();

  @Override
  default DecisionKind decisionKind() {
    return DecisionKind.GOVERNANCE;
  }

  /**
   * Returns the change from the settings in force to new settings, usually made with {@link
   * GovernanceSettings#patch()}: {@code GovernanceChange.of(state.governance(),
   * state.governance().patch().newcomerPeriod(Duration.ofDays(30)).build())}.
   *
   * @param base the settings in force, as the proposer read them ({@code GroupState.governance()})
   * @param settings the whole new settings
   * @return the change
   */
  static GovernanceChange of(GovernanceSettings base, GovernanceSettings settings) {
    return builder().base(base).settings(settings).build();
  }

  /**
   * Returns a builder of {@code GovernanceChange}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * GovernanceChange governanceChange = GovernanceChange.builder()
   *     .base(state.governance())
   *     .settings(state.governance().patch().newcomerPeriod(Duration.ofDays(30)).build())
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableGovernanceChange.Builder builder() {
    return ImmutableGovernanceChange.builder();
  }
}
