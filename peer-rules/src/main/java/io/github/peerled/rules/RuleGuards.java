package io.github.peerled.rules;

import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.ReviseFoundingDraft;
import io.github.peerled.core.command.ReviseProposal;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.runtime.Guard;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.rules.validate.GuidelineValidator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The group's governance validators as {@link Guard runtime guards}, so that a bad guideline change
 * is refused when it is proposed, not discovered when a session runs.
 *
 * <pre>{@code
 * GroupRuntime runtime = GroupRuntime.builder().store(store).build();
 * runtime.addGuard(RuleGuards.guidelineChanges());
 * Submission s = group.submit(draftProposal);   // binds "no-such-rule"
 * s.status();       // VIOLATION: nothing was appended
 * s.violations();   // [UNKNOWN_RULE at $.changes[0].clause.rule.ruleId: ...]
 * }</pre>
 *
 * <p>Thread-safe: the guards hold no state.
 */
public final class RuleGuards {
  private RuleGuards() {}

  /**
   * Returns a guard that checks guideline changes with the built-in rules ({@link
   * GuidelineValidator#ofDefaults()}). See {@link #guidelineChanges(GuidelineValidator)}.
   *
   * @return the guard
   */
  public static Guard guidelineChanges() {
    return guidelineChanges(GuidelineValidator.ofDefaults());
  }

  /**
   * Returns a guard that checks guideline changes with a validator:
   *
   * <ul>
   *   <li>{@link DraftProposal}, {@link ReviseProposal}, {@link OpenProposal} and {@link
   *       CloseProposal} of a proposal whose content is a {@link
   *       io.github.peerled.core.decision.GuidelineAmendment}: the amendment against the guideline
   *       version in force ({@link GuidelineValidator#validate(ProposalContent,
   *       GuidelineVersion)}): unknown rule ids, unknown or bad parameters, a stale base version,
   *       changes that do not fit, dropping the last safety clause, removing the amendment
   *       procedure, handing decisions to outsiders. Paths point into the amendment ({@code
   *       $.changes[0]...}). Opening and closing are checked again because the version in force, or
   *       the rules the host knows, may have changed since the draft.
   *   <li>{@link FoundGroup} and {@link ReviseFoundingDraft}: the founding draft's clauses (rule
   *       bindings and texts), with paths into the command ({@code $.draft[1]...}).
   * </ul>
   *
   * Every other command passes. Each violation's code is a {@link ViolationCode} name and its
   * reason is {@link ViolationCode#reason()}; the runtime rejects the command with the first one's
   * reason.
   *
   * @param validator the validator (with the host's rule registry and lexicons, if it has its own)
   * @return the guard
   * @throws NullPointerException if {@code validator} is null
   */
  public static Guard guidelineChanges(GuidelineValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return (state, command, proposed) -> check(validator, state, command);
  }

  private static List<Violation> check(
      GuidelineValidator validator, GroupState state, GroupCommand command) {
    if (command instanceof FoundGroup f) {
      return validator.validateClauses(f.draft(), "$.draft");
    }
    if (command instanceof ReviseFoundingDraft r) {
      return validator.validateClauses(r.draft(), "$.draft");
    }
    Optional<ProposalContent> content = Optional.empty();
    if (command instanceof DraftProposal d) {
      content = Optional.of(d.content());
    } else if (command instanceof ReviseProposal r) {
      content = Optional.of(r.content());
    } else if (command instanceof OpenProposal o) {
      content = contentOf(state, o.proposalId());
    } else if (command instanceof CloseProposal c) {
      content = contentOf(state, c.proposalId());
    }
    Optional<GuidelineVersion> inForce = state.guidelinesInForce();
    if (content.isEmpty() || inForce.isEmpty()) {
      return List.of();
    }
    return validator.validate(content.get(), inForce.get());
  }

  private static Optional<ProposalContent> contentOf(GroupState state, ProposalId id) {
    return state.proposal(id).map(Proposal::content);
  }
}
