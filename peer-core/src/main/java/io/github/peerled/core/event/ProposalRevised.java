package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import java.util.List;
import org.immutables.value.Value;

/**
 * An open proposal was revised: its new revision, with the title, rationale and content it now has,
 * and the objections it addresses. The stances taken on earlier revisions are to reconfirm from now
 * on. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProposalRevised.class)
@JsonDeserialize(as = ImmutableProposalRevised.class)
public non-sealed interface ProposalRevised extends GroupEvent {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the number of the new revision.
   *
   * @return the revision, from 2
   */
  int revision();

  /**
   * Returns the title of the new revision.
   *
   * @return the title
   */
  String title();

  /**
   * Returns the rationale of the new revision.
   *
   * @return the rationale; may be empty text
   */
  String rationale();

  /**
   * Returns the content of the new revision.
   *
   * @return the content
   */
  ProposalContent content();

  /**
   * Returns the open objections the revision addresses, by number.
   *
   * @return the objection numbers; may be empty
   */
  List<ObjectionId> addresses();
}
