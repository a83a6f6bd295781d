package io.github.peerled.examples.cli;

import io.github.peerled.core.decision.Objection;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.session.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Describes a group's state in readable lines. */
final class StateReport {
  private StateReport() {}

  static List<String> describe(GroupState s) {
    List<String> lines = new ArrayList<>();
    Instant at = s.updatedAt().orElse(Instant.EPOCH);
    lines.add(
        "group "
            + s.groupId()
            + s.profile().map(p -> " \"" + p.name() + "\"").orElse(" (not founded)")
            + ", version "
            + s.version()
            + ", as of "
            + at);
    lines.add("members:");
    for (Member m : s.members().values()) {
      lines.add(
          "   "
              + m.id()
              + m.displayName().map(n -> " (" + n + ")").orElse("")
              + ": "
              + words(m.standing())
              + (m.roles().isEmpty() ? "" : ", " + words(m.roles().iterator().next()))
              + (m.isActive() ? "" : ", left"));
    }
    GuidelineVersion v = s.guidelinesInForce().orElse(null);
    if (v == null) {
      lines.add(
          "guidelines: none in force yet (founding draft revision "
              + s.foundingDraftRevision()
              + ")");
    } else {
      lines.add(
          "guidelines: v"
              + v.number()
              + " in force since "
              + v.effectiveAt()
              + v.adoptedBy().map(p -> ", adopted by " + p).orElse(", adopted by the founders")
              + v.reviewAt().map(r -> ", to be reviewed from " + r).orElse(""));
      for (Clause c : v.clauses()) {
        lines.add("   [" + c.id() + "] " + c.text());
      }
    }
    for (Proposal p : s.activeProposals()) {
      proposal(lines, p, at);
    }
    for (Proposal p : s.pastProposals().values()) {
      proposal(lines, p, at);
    }
    for (Session x : s.activeSessions()) {
      lines.add(session(x));
    }
    for (Session x : s.pastSessions().values()) {
      lines.add(session(x));
    }
    return lines;
  }

  /** A proposal's status, then its stances on the current revision and its objections. */
  private static void proposal(List<String> lines, Proposal p, Instant at) {
    lines.add(
        "proposal "
            + p.id()
            + " \""
            + p.title()
            + "\": "
            + words(p.statusAt(at))
            + (p.revision() > 1 ? ", revision " + p.revision() : ""));
    if (!p.hiddenStances().isEmpty()) {
      lines.add("   stances hidden from members; took part: " + names(p.hiddenStances()));
    } else if (!p.currentStances().isEmpty()) {
      List<String> stances = new ArrayList<>();
      for (Stance st : p.currentStances()) {
        stances.add(st.member() + " " + words(st.kind()));
      }
      lines.add("   stances: " + String.join(", ", stances));
    }
    for (Objection o : p.objections()) {
      lines.add("   objection " + o.id() + " by " + o.author() + ": " + words(o.status()));
    }
  }

  private static String names(List<MemberId> members) {
    List<String> out = new ArrayList<>();
    for (MemberId m : members) {
      out.add(m.value());
    }
    return String.join(", ", out);
  }

  private static String session(Session x) {
    return "session "
        + x.id()
        + ": "
        + words(x.status())
        + x.facilitator().map(f -> ", facilitated by " + f).orElse("")
        + ", "
        + x.attendees().size()
        + " present, "
        + x.contributions()
        + " contributions";
  }

  private static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
