package io.github.peerled.core.sim;

import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.MemberLeft;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalOpened;
import io.github.peerled.core.event.SessionStarted;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionAct;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a simulated run's metrics back from the engine's event log alone: who attended each session
 * (from the sessions started), who said what in reply to what (from the contributions recorded, by
 * the act each carries, {@link Contribution#act()}; their text is never read), who left, and how
 * proposals were decided.
 */
final class EventLogMetrics {
  private static final Map<ContributionAct, Act> ACTS = new EnumMap<>(ContributionAct.class);
  private static final Map<ContributionAct, InterventionKind> INTERVENTIONS =
      new EnumMap<>(ContributionAct.class);

  static {
    for (Act a : Act.values()) {
      if (ACTS.put(a.act(), a) != null) {
        throw new ExceptionInInitializerError("two acts are recorded as " + a.act());
      }
    }
    for (InterventionKind k : InterventionKind.values()) {
      if (ACTS.containsKey(k.act()) || INTERVENTIONS.put(k.act(), k) != null) {
        throw new ExceptionInInitializerError("two acts are recorded as " + k.act());
      }
    }
  }

  private EventLogMetrics() {}

  private record Said(int number, int author, Act act, int replyTo) {}

  static RunMetrics read(Scenario scenario, List<? extends GroupEvent> events) {
    return read(scenario, PolicyArm.none(), events);
  }

  /**
   * Reads the metrics of a run of an arm; the arm's facilitator terms are replayed from the log.
   */
  static RunMetrics read(Scenario scenario, PolicyArm arm, List<? extends GroupEvent> events) {
    int n = scenario.group().size();
    int sessions = scenario.sessions();
    Map<MemberId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(Members.memberId(i), i);
    }
    int words = MemberSet.wordsFor(n);
    long[][] leftAt = new long[sessions + 1][words];
    long[][] present = new long[sessions][words];
    List<List<Object>> said = new ArrayList<>();
    for (int s = 0; s < sessions; s++) {
      said.add(new ArrayList<>());
    }
    int proposals = 0;
    List<Boolean> decided = new ArrayList<>();
    List<Tally> tallies = new ArrayList<>();
    for (GroupEvent e : events) {
      if (e instanceof MemberLeft l) {
        long days = Duration.between(Simulation.START, l.at()).toDays();
        int m = member(index, l.member());
        leftAt[(int) Math.min(sessions, Math.max(0, days / 7))][m >> 6] |= 1L << m;
      } else if (e instanceof SessionStarted st) {
        int s = session(st.sessionId().value(), sessions);
        for (MemberId id : st.attendees()) {
          int m = member(index, id);
          present[s][m >> 6] |= 1L << m;
        }
      } else if (e instanceof ContributionRecorded cr) {
        Contribution c = cr.contribution();
        int s = session(c.sessionId().value(), sessions);
        ContributionAct recorded =
            c.act()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "contribution "
                                + c.number()
                                + " of "
                                + c.sessionId()
                                + " carries no act, so it is not simulated"));
        Act act = ACTS.get(recorded);
        if (act != null) {
          said.get(s)
              .add(new Said(c.number(), member(index, c.author()), act, c.replyTo().orElse(0)));
        } else {
          InterventionKind k = INTERVENTIONS.get(recorded);
          if (k == null) {
            throw new IllegalArgumentException(
                "contribution "
                    + c.number()
                    + " of "
                    + c.sessionId()
                    + " is a "
                    + recorded
                    + ", which the simulation never records");
          }
          said.get(s).add(k);
        }
      } else if (e instanceof ProposalOpened) {
        proposals++;
      } else if (e instanceof ProposalDecided d) {
        decided.add(d.tally().outcome() == Outcome.ADOPTED);
        tallies.add(d.tally());
      }
    }
    Tracker t = new Tracker(n, scenario.group().newcomers(), sessions);
    TermModel terms = TermModel.of(scenario, arm);
    MemberSet active = MemberSet.range(0, n);
    for (int s = 0; s < sessions; s++) {
      active = active.andNot(MemberSet.ofWords(leftAt[s]));
      if (terms != null) {
        terms.dropOut(); // the worn-out holder's leave is in the log already
        terms.startSession(s, active);
      }
      MemberSet here = MemberSet.ofWords(present[s]);
      t.session(s, active, here);
      if (here.isEmpty()) {
        if (terms != null) {
          terms.endPlanned();
        }
        continue;
      }
      int requests = 0;
      int traumaStories = 0;
      MemberSet silent = here;
      for (Object o : said.get(s)) {
        if (o instanceof Said x) {
          t.contribution(x.number(), x.author(), x.act(), x.replyTo());
          silent = silent.without(x.author());
          requests += x.act() == Act.REQUEST_SUPPORT ? 1 : 0;
          traumaStories += x.act() == Act.TRAUMA_STORY ? 1 : 0;
        } else {
          t.intervention((InterventionKind) o);
        }
      }
      t.endSession();
      if (terms != null) {
        terms.sessionHeld(requests, traumaStories, silent.size());
        terms.endPlanned();
      }
    }
    active = active.andNot(MemberSet.ofWords(leftAt[sessions]));
    for (int p = 0; p < proposals; p++) {
      t.proposalMade();
    }
    for (Tally tally : tallies) {
      t.proposalClosed(tally.electorate(), Simulation.stances(tally), tally.quorumMet());
    }
    for (boolean adopted : decided) {
      t.proposalDecided(adopted);
    }
    // Proposals that lapsed, or were still open at the end, were never decided in the engine.
    for (int p = decided.size(); p < proposals; p++) {
      t.proposalDecided(false);
    }
    return TermModel.with(t.finish(active), terms, t.unanswered());
  }

  private static int member(Map<MemberId, Integer> index, MemberId id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException(id + " is not a simulated member");
    }
    return i;
  }

  private static int session(String id, int sessions) {
    int s = Integer.parseInt(id.substring(1)) - 1;
    if (s < 0 || s >= sessions) {
      throw new IllegalArgumentException("session " + id + " is not in the plan");
    }
    return s;
  }
}
