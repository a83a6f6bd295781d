package io.github.peerled.core.engine;

import io.github.peerled.core.command.AgreeActionItem;
import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.command.CommentOnProposal;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.FlagContribution;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.JoinGroup;
import io.github.peerled.core.command.OpenPoll;
import io.github.peerled.core.command.RecordContribution;
import io.github.peerled.core.command.ReviewHold;
import io.github.peerled.core.command.ReviseFoundingDraft;
import io.github.peerled.core.command.ReviseProposal;
import io.github.peerled.core.command.ScheduleSession;
import io.github.peerled.core.command.StartSession;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceChange;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.HoldReview;
import io.github.peerled.core.decision.LeadershipChange;
import io.github.peerled.core.decision.LogisticsChange;
import io.github.peerled.core.decision.MembershipChange;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MeetingPlan;
import io.github.peerled.core.guideline.AddClause;
import io.github.peerled.core.guideline.AmendClause;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ReorderClauses;
import io.github.peerled.core.guideline.RuleBinding;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a command against the {@link Limits} before the engine decides it: the length and the
 * characters of every text, the size of every collection, the text of the command and of the
 * guideline version it would make, in all, and the periods of governance settings. Runs in time
 * linear in the size of the command (and of the guidelines in force, for an amendment). Pure and
 * thread-safe.
 */
final class CommandLimits {
  private CommandLimits() {}

  /**
   * The longest period a group may set in its governance settings, whatever the limits: longer ones
   * mean nothing to people and overflow the arithmetic on instants.
   */
  static final Duration MAX_PERIOD = Duration.ofDays(36_500);

  /** The most options a poll may offer. */
  static final int MAX_POLL_OPTIONS = 50;

  /**
   * Checks a command.
   *
   * @param state the state it is decided against
   * @param command the command
   * @param limits the limits
   * @return the first limit it breaks, as an {@link RejectionReason#INVALID} rejection; null if it
   *     keeps within all of them
   */
  static @Nullable Rejection check(GroupState state, GroupCommand command, Limits limits) {
    Walk walk = new Walk(limits);
    try {
      walk.command(state, command);
      if (walk.total > limits.commandText()) {
        return Rejections.tooMuchText(walk.total, limits.commandText());
      }
      return null;
    } catch (Refused refused) {
      return refused.rejection;
    }
  }

  /** Ends a walk at the first limit broken. Carries no stack trace. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Rejection rejection;

    Refused(Rejection rejection) {
      super(rejection.message(), null, false, false);
      this.rejection = rejection;
    }
  }

  /** One walk over one command. Not thread-safe. */
  private static final class Walk {
    final Limits limits;
    long total;

    Walk(Limits limits) {
      this.limits = limits;
    }

    void command(GroupState state, GroupCommand c) {
      if (c instanceof RecordContribution r) {
        text("$.text", r.text(), limits.contributionText());
      } else if (c instanceof CommentOnProposal cp) {
        text("$.text", cp.text(), limits.commentText());
      } else if (c instanceof TakeStance t) {
        text("$.reason", t.reason(), limits.stanceReason());
      } else if (c instanceof DraftProposal d) {
        text("$.title", d.title(), limits.proposalTitle());
        text("$.rationale", d.rationale(), limits.proposalRationale());
        content(state, d.content());
      } else if (c instanceof JoinGroup j) {
        text("$.displayName", j.displayName(), limits.displayName());
        int members = state.members().size();
        if (members >= limits.members() && !state.members().containsKey(j.member())) {
          throw new Refused(Rejections.groupFull(members));
        }
      } else if (c instanceof ScheduleSession s) {
        text("$.place", s.place(), limits.meetingText());
      } else if (c instanceof StartSession s) {
        count("$.attendees", s.attendees().size(), limits.members(), "attendees");
      } else if (c instanceof FoundGroup f) {
        governance("$.governance", f.governance());
        found(f);
      } else if (c instanceof ReviseFoundingDraft r) {
        draft("$.draft", r.draft());
      } else if (c instanceof CloseProposal cl) {
        text("$.outcomeStatement", cl.outcomeStatement(), limits.proposalRationale());
      } else if (c instanceof ReviseProposal r) {
        text("$.title", r.title(), limits.proposalTitle());
        text("$.rationale", r.rationale(), limits.proposalRationale());
        count("$.addresses", r.addresses().size(), limits.changes(), "objections");
        content(state, r.content());
      } else if (c instanceof OpenPoll op) {
        poll(op);
      } else if (c instanceof AgreeActionItem ai) {
        text("$.title", ai.title(), limits.proposalTitle());
      } else if (c instanceof FlagContribution fc) {
        text("$.reason", fc.reason(), limits.stanceReason());
      } else if (c instanceof ReviewHold rh) {
        text("$.reason", rh.reason(), limits.stanceReason());
      }
    }

    private void poll(OpenPoll op) {
      text("$.question", op.question(), limits.proposalTitle());
      count("$.options", op.options().size(), MAX_POLL_OPTIONS, "options");
      for (int i = 0; i < op.options().size(); i++) {
        text("$.options[" + i + "]", op.options().get(i), limits.proposalTitle());
      }
    }

    private void found(FoundGroup f) {
      profile("$.profile", f.profile());
      List<FoundingMember> founders = f.founders();
      count("$.founders", founders.size(), limits.founders(), "founders");
      count("$.founders", founders.size(), limits.members(), "members");
      for (int i = 0; i < founders.size(); i++) {
        text(
            "$.founders[" + i + "].displayName",
            founders.get(i).displayName(),
            limits.displayName());
      }
      draft("$.draft", f.draft());
    }

    private void profile(String path, GroupProfile p) {
      text(path + ".name", p.name(), limits.groupName());
      text(path + ".purpose", p.purpose(), limits.profileText());
      text(path + ".topic", p.topic(), limits.profileText());
      text(path + ".openTo", p.openTo(), limits.profileText());
      count(path + ".formats", p.formats().size(), MeetingFormat.values().length, "formats");
      if (p.meeting().isPresent()) {
        meeting(path + ".meeting", p.meeting().get());
      }
    }

    private void meeting(String path, MeetingPlan m) {
      text(path + ".schedule", m.schedule(), limits.meetingText());
      text(path + ".place", m.place(), limits.meetingText());
      text(path + ".online", m.online(), limits.meetingText());
    }

    /** A whole set of clauses: a founding draft. */
    private void draft(String path, List<Clause> clauses) {
      count(path, clauses.size(), limits.clauses(), "clauses");
      for (int i = 0; i < clauses.size(); i++) {
        clause(path + "[" + i + "]", clauses.get(i));
      }
      version(path, clauses);
    }

    private void clause(String path, Clause c) {
      text(path + ".text", c.text(), limits.clauseText());
      rule(path + ".rule", c.rule());
    }

    private void rule(String path, Optional<RuleBinding> binding) {
      if (binding.isEmpty()) {
        return;
      }
      RuleBinding b = binding.get();
      text(path + ".ruleId", b.ruleId(), limits.ruleText());
      String parameters = path + ".parameters";
      count(parameters, b.parameters().size(), limits.ruleParameters(), "parameters");
      int i = 0;
      for (Map.Entry<String, String> p : b.parameters().entrySet()) {
        i++;
        text(parameters + " (the name of parameter " + i + ")", p.getKey(), limits.ruleText());
        text(parameters + "." + p.getKey(), p.getValue(), limits.ruleText());
      }
    }

    private void content(GroupState state, ProposalContent content) {
      if (content instanceof GuidelineAmendment a) {
        amendment(state, a);
      } else if (content instanceof LogisticsChange l) {
        meeting("$.content.meeting", l.meeting());
      } else if (content instanceof GovernanceChange g) {
        governance("$.content.settings", g.settings());
      } else if (content instanceof LeadershipChange l) {
        count("$.content.mentorsToAdd", l.mentorsToAdd().size(), limits.members(), "members");
        count("$.content.mentorsToRemove", l.mentorsToRemove().size(), limits.members(), "members");
      } else if (content instanceof MembershipChange m) {
        text("$.content.reason", m.reason(), limits.proposalRationale());
      } else if (content instanceof HoldReview h) {
        text("$.content.reason", h.reason(), limits.proposalRationale());
      }
    }

    private void amendment(GroupState state, GuidelineAmendment a) {
      String path = "$.content.changes";
      List<GuidelineChange> changes = a.changes();
      count(path, changes.size(), limits.changes(), "changes");
      for (int i = 0; i < changes.size(); i++) {
        String at = path + "[" + i + "]";
        GuidelineChange change = changes.get(i);
        if (change instanceof AddClause add) {
          clause(at + ".clause", add.clause());
        } else if (change instanceof AmendClause amend) {
          text(at + ".text", amend.text(), limits.clauseText());
          rule(at + ".rule", amend.rule());
        } else if (change instanceof ReorderClauses reorder) {
          count(at + ".order", reorder.order().size(), limits.clauses(), "clause ids");
        }
      }
      Optional<GuidelineVersion> inForce = state.guidelinesInForce();
      if (inForce.isEmpty() || a.baseVersion() != inForce.get().number()) {
        return; // the engine rejects it for that
      }
      List<Clause> after = inForce.get().clauses();
      try {
        for (GuidelineChange change : changes) {
          after = change.applyTo(after);
        }
      } catch (IllegalArgumentException doesNotFit) {
        return; // the engine rejects it for that
      }
      if (after.size() > limits.clauses()) {
        throw new Refused(
            Rejections.versionOverLimit(path, after.size(), limits.clauses(), "clauses"));
      }
      version(path, after);
    }

    /** Checks the text of the guideline version a set of clauses makes. */
    private void version(String path, List<Clause> clauses) {
      long chars = 0;
      for (Clause c : clauses) {
        chars += c.text().length();
        if (c.rule().isPresent()) {
          RuleBinding b = c.rule().get();
          chars += b.ruleId().length();
          for (Map.Entry<String, String> p : b.parameters().entrySet()) {
            chars += p.getKey().length() + p.getValue().length();
          }
        }
      }
      if (chars > limits.guidelineText()) {
        throw new Refused(
            Rejections.versionOverLimit(path, chars, limits.guidelineText(), "characters of text"));
      }
    }

    private void governance(String path, GovernanceSettings g) {
      period(path + ".newcomerPeriod", g.newcomerPeriod());
      if (g.contributionRetention().isPresent()) {
        period(path + ".contributionRetention", g.contributionRetention().get());
      }
      for (Map.Entry<DecisionKind, DecisionProcedure> p : g.procedures().entrySet()) {
        String at = path + ".procedures." + p.getKey().name();
        period(at + ".discussionPeriod", p.getValue().discussionPeriod());
        period(at + ".deadline", p.getValue().deadline());
        period(at + ".closingSoon", p.getValue().closingSoon());
        period(at + ".lateQuorumWindow", p.getValue().lateQuorumWindow());
        period(at + ".lateQuorumExtension", p.getValue().lateQuorumExtension());
        period(at + ".effectDelay", p.getValue().effectDelay());
        text(at + ".objectionTest", p.getValue().objectionTest(), limits.proposalRationale());
      }
      count(path + ".roles", g.roles().size(), limits.clauses(), "roles");
      for (int i = 0; i < g.roles().size(); i++) {
        String at = path + ".roles[" + i + "]";
        text(at + ".duties", g.roles().get(i).duties(), limits.clauseText());
        period(at + ".term", g.roles().get(i).term());
      }
    }

    private void period(String path, Duration d) {
      if (d.compareTo(MAX_PERIOD) > 0) {
        throw new Refused(Rejections.tooLongAPeriod(path, d, MAX_PERIOD));
      }
    }

    private void count(String path, int size, int limit, String what) {
      if (size > limit) {
        throw new Refused(Rejections.tooMany(path, size, limit, what));
      }
    }

    private void text(String path, Optional<String> value, int limit) {
      if (value.isPresent()) {
        text(path, value.get(), limit);
      }
    }

    private void text(String path, String value, int limit) {
      int length = value.length();
      if (length > limit) {
        throw new Refused(Rejections.tooLong(path, length, limit));
      }
      int i = 0;
      while (i < length) {
        char c = value.charAt(i);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          throw new Refused(Rejections.controlCharacter(path, i, c));
        }
        if (Character.isSurrogate(c)) {
          boolean pair =
              Character.isHighSurrogate(c)
                  && i + 1 < length
                  && Character.isLowSurrogate(value.charAt(i + 1));
          if (!pair) {
            throw new Refused(Rejections.loneSurrogate(path, i, c));
          }
          i++; // a whole pair: one character beyond the basic plane
        }
        i++;
      }
      total += length;
    }
  }
}
