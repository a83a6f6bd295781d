package io.github.peerled.core.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.peerled.core.group.MemberId;
import java.util.Optional;

/** What a proposal would change. Immutable and thread-safe. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ImmutableGuidelineAmendment.class, name = "guidelines"),
  @JsonSubTypes.Type(value = ImmutableLogisticsChange.class, name = "logistics"),
  @JsonSubTypes.Type(value = ImmutableMembershipChange.class, name = "membership"),
  @JsonSubTypes.Type(value = ImmutableLeadershipChange.class, name = "leadership"),
  @JsonSubTypes.Type(value = ImmutableGovernanceChange.class, name = "governance")
})
public interface ProposalContent {
  /**
   * Returns the kind of decision this content asks for.
   *
   * @return the kind
   */
  @JsonIgnore
  DecisionKind decisionKind();

  /**
   * Returns the member the decision is about, who is left out of the count.
   *
   * @return the member; empty unless the decision is about one member
   */
  @JsonIgnore
  default Optional<MemberId> subject() {
    return Optional.empty();
  }
}
