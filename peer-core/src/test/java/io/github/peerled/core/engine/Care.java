package io.github.peerled.core.engine;

import io.github.peerled.core.command.FlagContribution;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ReviewHold;
import io.github.peerled.core.decision.HoldReview;
import io.github.peerled.core.decision.MembershipChange;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;

/** Commands and contents of care, for the tests: flags, reviews, pauses and appeals. */
final class Care {
  private Care() {}

  static GroupCommand flag(MemberId who, String session, int number, String reason) {
    return FlagContribution.builder()
        .actor(who)
        .sessionId(SessionId.of(session))
        .number(number)
        .reason(reason)
        .build();
  }

  static GroupCommand flag(MemberId who, String session, int number) {
    return flag(who, session, number, "It mocks another member.");
  }

  static GroupCommand review(MemberId who, String session, int number, boolean keep) {
    return ReviewHold.builder()
        .actor(who)
        .sessionId(SessionId.of(session))
        .number(number)
        .keep(keep)
        .reason(keep ? "It is a personal attack." : "Read in context it is a joke between friends.")
        .build();
  }

  static ProposalContent pause(MemberId member, Instant until, String reason) {
    return MembershipChange.builder().member(member).pauseUntil(until).reason(reason).build();
  }

  static ProposalContent endPause(MemberId member) {
    return MembershipChange.builder().member(member).endPause(true).build();
  }

  static ProposalContent askToLeave(MemberId member, String reason) {
    return MembershipChange.builder().member(member).remove(true).reason(reason).build();
  }

  static ProposalContent groupReview(String session, int number, MemberId author, boolean keep) {
    return HoldReview.builder()
        .sessionId(SessionId.of(session))
        .number(number)
        .author(author)
        .keep(keep)
        .reason(keep ? "It is a personal attack." : "Read in context it is a joke between friends.")
        .build();
  }
}
