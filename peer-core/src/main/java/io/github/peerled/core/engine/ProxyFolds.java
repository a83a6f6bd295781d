package io.github.peerled.core.engine;

import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.ImmutableProxy;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.Proxy;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ProxyGranted;
import io.github.peerled.core.event.ProxyRevoked;
import io.github.peerled.core.event.StanceTaken;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.internal.ClosingRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The folds of a proxy's life (granted, revoked, gone with a member who left) and the checks of its
 * events and of a stance taken by proxy against the state folded so far. They change the group's
 * proxies and nothing else; a failed check throws {@link IllegalStateException} with the reason,
 * before anything changes.
 *
 * <p>Not thread-safe: confined to the thread that folds, with the buffer it is given.
 */
final class ProxyFolds {
  private ProxyFolds() {}

  /** Tells whether an event is one of this topic's, whose checks are {@code check}. */
  static boolean covers(GroupEvent e) {
    return e instanceof ProxyGranted || e instanceof ProxyRevoked;
  }

  /**
   * Folds one of this topic's events into the buffer.
   *
   * @return false if the event is not one of this topic's, and nothing was folded
   */
  static boolean fold(FoldBuffer buffer, GroupEvent event) {
    if (event instanceof ProxyGranted pg) {
      proxyGranted(buffer, pg);
    } else if (event instanceof ProxyRevoked pr) {
      proxyRevoked(buffer, pr);
    } else {
      return false;
    }
    return true;
  }

  /**
   * Checks a proxy's event: granted by a peer to another, revoked by its grantor while in force.
   */
  static void check(FoldBuffer s, GroupEvent e) {
    if (e instanceof ProxyGranted g) {
      EventChecks.actor(s, e, EventChecks.Need.PEER, "grant a proxy");
      EventChecks.member(s, g.holder(), EventChecks.Need.PEER, "hold a proxy");
      if (g.holder().equals(e.actor())) {
        throw EventChecks.fail(e.actor() + " cannot hold their own proxy");
      }
      if (g.kind().isPresent() && g.proposalId().isPresent()) {
        throw EventChecks.fail("a proxy of " + e.actor() + " is limited to a kind and a proposal");
      }
      if (!g.endsAt().isAfter(e.at())) {
        throw EventChecks.fail("a proxy of " + e.actor() + " ends before it is granted");
      }
      if (s.folded().proxyInForce(e.actor(), e.at()).isPresent()) {
        throw EventChecks.fail(e.actor() + " has a proxy in force already");
      }
    } else if (e instanceof ProxyRevoked r) {
      EventChecks.actor(s, e, EventChecks.Need.MEMBER, "revoke a proxy");
      Optional<Proxy> p = s.folded().proxyInForce(e.actor(), e.at());
      if (p.isEmpty() || !p.get().holder().equals(r.holder())) {
        throw EventChecks.fail(e.actor() + " has no proxy held by " + r.holder() + " to revoke");
      }
    }
  }

  /**
   * Checks a stance taken by proxy against the proposal (with its stances folded so far) and its
   * electorate: the holder is a peer holding the grantor's proxy in force that covers the proposal,
   * the grantor counts and has taken no stance of their own, and the stance is no objection and
   * gives no reason.
   */
  static void checkStance(
      FoldBuffer s, StanceTaken t, MemberId grantor, Proposal p, Set<MemberId> electorate) {
    MemberId holder = t.actor();
    EventChecks.member(s, holder, EventChecks.Need.PEER, "take a stance by proxy");
    EventChecks.member(s, grantor, EventChecks.Need.PEER, "take a stance that counts");
    if (p.openedAt().isEmpty()) {
      throw EventChecks.fail("proposal " + p.id() + " was never opened");
    }
    if (!electorate.contains(grantor)) {
      throw EventChecks.fail(grantor + " is not in the electorate of proposal " + p.id());
    }
    Optional<Proxy> proxy = s.folded().proxyInForce(grantor, t.at());
    if (proxy.isEmpty() || !proxy.get().holder().equals(holder) || !proxy.get().covers(p)) {
      throw EventChecks.fail(
          holder + " holds no proxy of " + grantor + " in force for proposal " + p.id());
    }
    if (HoldReviews.isParty(s.folded(), p.content(), holder)) {
      throw EventChecks.fail(holder + " stands for " + grantor + " on a decision about themself");
    }
    if (p.stanceOf(grantor).filter(st -> st.proxy().isEmpty()).isPresent()) {
      throw EventChecks.fail("a stance by proxy overrides " + grantor + "'s own on " + p.id());
    }
    if (t.kind() == StanceKind.OBJECT || t.reason().isPresent()) {
      throw EventChecks.fail("a stance by proxy on " + p.id() + " objects or gives a reason");
    }
    Optional<DecisionProcedure> procedure = p.procedure();
    if (procedure.isPresent() && !ClosingRules.allows(procedure.get(), t.kind())) {
      throw EventChecks.fail(
          "a plain disagree on proposal " + p.id() + " under " + procedure.get().method());
    }
  }

  static void proxyGranted(FoldBuffer buffer, ProxyGranted g) {
    ImmutableGroupState s = buffer.published();
    Map<MemberId, Proxy> proxies = new LinkedHashMap<>(s.proxies());
    proxies.remove(g.actor()); // a proxy past its end date gives way, in the order of grants
    proxies.put(
        g.actor(),
        ImmutableProxy.builder()
            .grantor(g.actor())
            .holder(g.holder())
            .kind(g.kind())
            .proposalId(g.proposalId())
            .grantedAt(g.at())
            .endsAt(g.endsAt())
            .build());
    buffer.publish(s.withProxies(proxies));
  }

  static void proxyRevoked(FoldBuffer buffer, ProxyRevoked r) {
    ImmutableGroupState s = buffer.published();
    Map<MemberId, Proxy> proxies = new LinkedHashMap<>(s.proxies());
    proxies.remove(r.actor());
    buffer.publish(s.withProxies(proxies));
  }

  /** A member left or was forgotten: the proxies they granted or held end. */
  static void memberGone(FoldBuffer buffer, MemberId member) {
    ImmutableGroupState s = buffer.published();
    if (s.proxies().isEmpty()) {
      return;
    }
    Map<MemberId, Proxy> proxies = new LinkedHashMap<>(s.proxies());
    boolean changed =
        proxies.values().removeIf(p -> p.grantor().equals(member) || p.holder().equals(member));
    if (changed) {
      buffer.publish(s.withProxies(proxies));
    }
  }
}
