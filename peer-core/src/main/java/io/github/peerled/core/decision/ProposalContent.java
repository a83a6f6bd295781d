package io.github.peerled.core.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.peerled.core.group.MemberId;
import java.util.Set;

/** What a proposal would change. Immutable and thread-safe. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ImmutableGuidelineAmendment.class, name = "guidelines"),
  @JsonSubTypes.Type(value = ImmutableLogisticsChange.class, name = "logistics"),
  @JsonSubTypes.Type(value = ImmutableMembershipChange.class, name = "membership"),
  @JsonSubTypes.Type(value = ImmutableLeadershipChange.class, name = "leadership"),
  @JsonSubTypes.Type(value = ImmutableGovernanceChange.class, name = "governance"),
  @JsonSubTypes.Type(value = ImmutableReconsideration.class, name = "reconsideration"),
  @JsonSubTypes.Type(value = ImmutableHoldReview.class, name = "hold-review")
})
public sealed interface ProposalContent
    permits GuidelineAmendment,
        LogisticsChange,
        MembershipChange,
        LeadershipChange,
        GovernanceChange,
        Reconsideration,
        HoldReview {
  /**
   * Returns the kind of decision this content asks for.
   *
   * @return the kind
   */
  @JsonIgnore
  DecisionKind decisionKind();

  /**
   * Returns the members the decision is about, who are left out of its electorate: nobody decides
   * on their own standing or role.
   *
   * @return the members; empty unless the decision is about particular members
   */
  @JsonIgnore
  default Set<MemberId> subjects() {
    return Set.of();
  }
}
