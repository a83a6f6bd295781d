package io.github.peerled.core.engine;

import io.github.peerled.core.decision.Comment;
import io.github.peerled.core.decision.ImmutableComment;
import io.github.peerled.core.decision.ImmutableObjection;
import io.github.peerled.core.decision.ImmutableProposal;
import io.github.peerled.core.decision.ImmutableStance;
import io.github.peerled.core.decision.Objection;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.PersonalData;
import java.util.ArrayList;
import java.util.List;

/**
 * What forgetting a member changes in a proposal of the state: the texts of their comments and the
 * reasons of their stances and objections read as {@link PersonalData#REMOVED}; who commented, how
 * they stood and when stay, so the tally is the same.
 */
final class Forgetting {
  private Forgetting() {}

  static Proposal redact(Proposal p, MemberId member) {
    boolean touched = false;
    List<Comment> comments = new ArrayList<>(p.comments().size());
    for (Comment c : p.comments()) {
      if (c.author().equals(member) && !c.text().equals(PersonalData.REMOVED)) {
        comments.add(ImmutableComment.copyOf(c).withText(PersonalData.REMOVED));
        touched = true;
      } else {
        comments.add(c);
      }
    }
    List<Stance> stances = new ArrayList<>(p.stances().size());
    for (Stance s : p.stances()) {
      if (s.member().equals(member)
          && s.reason().isPresent()
          && !s.reason().get().equals(PersonalData.REMOVED)) {
        stances.add(ImmutableStance.copyOf(s).withReason(PersonalData.REMOVED));
        touched = true;
      } else {
        stances.add(s);
      }
    }
    List<Objection> objections = new ArrayList<>(p.objections().size());
    for (Objection o : p.objections()) {
      if (o.author().equals(member) && !o.reason().equals(PersonalData.REMOVED)) {
        objections.add(ImmutableObjection.copyOf(o).withReason(PersonalData.REMOVED));
        touched = true;
      } else {
        objections.add(o);
      }
    }
    if (!touched) {
      return p;
    }
    return ImmutableProposal.copyOf(p)
        .withComments(comments)
        .withStances(stances)
        .withObjections(objections);
  }
}
