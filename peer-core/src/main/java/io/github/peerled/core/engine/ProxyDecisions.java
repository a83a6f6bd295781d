package io.github.peerled.core.engine;

import io.github.peerled.core.command.GrantProxy;
import io.github.peerled.core.command.RevokeProxy;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.decision.Proxy;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.ImmutableProxyGranted;
import io.github.peerled.core.event.ImmutableProxyRevoked;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides granting and revoking a proxy, and checks a stance taken by proxy. A proxy is granted by
 * its grantor alone (the command's actor), to another active peer; it is in force until its end
 * date, and a member has one in force at most. A stance by proxy is the grantor's, counts once for
 * them, and gives way to their own: it is refused once they took one. Pure: the instant is passed
 * in.
 */
final class ProxyDecisions {
  private ProxyDecisions() {}

  static CommandResult grant(Stamp stamp, GrantProxy g) {
    GroupState s = stamp.state;
    MemberId grantor = stamp.actor;
    if (g.holder().equals(grantor)) {
      return CommandResult.rejected(
          Rejections.invalid("$.holder: " + grantor + " cannot hold their own proxy"));
    }
    Member holder = s.members().get(g.holder());
    if (holder == null) {
      return CommandResult.rejected(Rejections.unknownMember(g.holder()));
    }
    if (!holder.isActive()) {
      return CommandResult.rejected(Rejections.inactiveMember(g.holder()));
    }
    if (!holder.standing().isPeer()) {
      return CommandResult.rejected(outsider(g.holder(), holder));
    }
    if (g.kind().isPresent() && g.proposalId().isPresent()) {
      return CommandResult.rejected(
          Rejections.invalid(
              "$.kind, $.proposalId: a proxy covers every proposal, the proposals of one kind or"
                  + " one proposal; give one of them at most"));
    }
    Optional<ProposalId> one = g.proposalId();
    if (one.isPresent()) {
      Optional<Proposal> p = s.proposal(one.get());
      if (p.isEmpty()) {
        return CommandResult.rejected(Rejections.unknownProposal(one.get()));
      }
      ProposalStatus status = p.get().statusAt(stamp.now);
      if (status.isFinal()) {
        return CommandResult.rejected(
            Rejections.proposalInWrongState(
                one.get(), status, ProposalStatus.DRAFT, ProposalStatus.OPEN));
      }
    }
    if (!g.endsAt().isAfter(stamp.now)) {
      return CommandResult.rejected(
          Rejections.invalid(
              "$.endsAt: a proxy ending at " + g.endsAt() + " would end before it is granted"));
    }
    Optional<Proxy> current = s.proxyInForce(grantor, stamp.now);
    if (current.isPresent()) {
      return CommandResult.rejected(
          Rejections.conflict(
              grantor
                  + " has a proxy in force, held by "
                  + current.get().holder()
                  + " until "
                  + current.get().endsAt()
                  + "; revoke it first"));
    }
    stamp.events.add(
        ImmutableProxyGranted.builder()
            .from(stamp.next())
            .holder(g.holder())
            .kind(g.kind())
            .proposalId(g.proposalId())
            .endsAt(g.endsAt())
            .build());
    return stamp.done();
  }

  static CommandResult revoke(Stamp stamp, RevokeProxy r) {
    Optional<Proxy> current = stamp.state.proxyInForce(stamp.actor, stamp.now);
    if (current.isEmpty()) {
      return CommandResult.rejected(
          Rejections.invalid(stamp.actor + " has no proxy in force to revoke"));
    }
    stamp.events.add(
        ImmutableProxyRevoked.builder().from(stamp.next()).holder(current.get().holder()).build());
    return stamp.done();
  }

  /**
   * Checks a stance the actor takes on an open proposal on behalf of another member.
   *
   * @return the rejection, or null if the stance may be taken
   */
  static @Nullable Rejection stance(Stamp stamp, TakeStance t, MemberId grantor, Proposal p) {
    GroupState s = stamp.state;
    MemberId holder = stamp.actor;
    if (grantor.equals(holder)) {
      return Rejections.invalid(
          "$.onBehalfOf: " + holder + " takes their own stance without a proxy");
    }
    Optional<Proxy> proxy = s.proxyInForce(grantor, stamp.now);
    if (proxy.isEmpty() || !proxy.get().holder().equals(holder)) {
      return Rejections.notPermitted(
          holder + " holds no proxy of " + grantor + " in force; only the member grants a proxy");
    }
    if (!proxy.get().covers(p)) {
      return Rejections.notPermitted(
          "the proxy " + grantor + " granted " + holder + " does not cover proposal " + p.id());
    }
    Member member = s.members().get(grantor);
    if (member == null || !member.isActivePeer()) {
      return member == null ? Rejections.unknownMember(grantor) : outsider(grantor, member);
    }
    if (!p.electorate().contains(grantor)) {
      return Rejections.notInElectorate(grantor, p.id());
    }
    if (HoldReviews.isParty(s, p.content(), holder)) {
      return Rejections.notPermitted(
          "proposal " + p.id() + " decides about " + holder + ", who may not stand for another");
    }
    Optional<Stance> own = p.stanceOf(grantor).filter(st -> st.proxy().isEmpty());
    if (own.isPresent()) {
      return Rejections.conflict(
          grantor
              + " has taken their own stance on "
              + p.id()
              + "; a stance by proxy never overrides it");
    }
    if (t.kind() == StanceKind.OBJECT) {
      return Rejections.invalid(
          "an objection is the member's own, to resolve themself; a proxy cannot object for "
              + grantor);
    }
    if (t.reason().isPresent()) {
      return Rejections.invalid(
          "$.reason: a stance by proxy gives no reason; the reasons are " + grantor + "'s own");
    }
    return null;
  }

  private static Rejection outsider(MemberId id, Member m) {
    String standing = m.standing().name().toLowerCase(Locale.ROOT);
    return Rejections.notPermitted(
        id
            + " is "
            + (standing.startsWith("a") ? "an " : "a ")
            + standing
            + ": a proxy never lets an advisor or guest decide");
  }
}
