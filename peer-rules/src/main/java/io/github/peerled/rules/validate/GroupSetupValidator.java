package io.github.peerled.rules.validate;

import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.leadership.RotationKind;
import io.github.peerled.core.leadership.RotationPolicy;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.ViolationCode;
import io.github.peerled.rules.internal.BuiltinRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a group set-up before it is founded: founding members present and distinct, facilitation
 * able to rotate among them, a draft of guidelines whose rule bindings are valid and which keeps
 * decisions in the group, a safety clause, and help configured for it to point to.
 *
 * <p>Results are values, with JSON paths into the {@link FoundGroup} command ({@code $.founders},
 * {@code $.draft[2].rule}, {@code $.governance.rotation}) or into the resources ({@code
 * $.resources.signposts}). Immutable and thread-safe.
 */
public final class GroupSetupValidator {
  private static final GroupSetupValidator DEFAULTS =
      new GroupSetupValidator(GuidelineValidator.ofDefaults(), 2);

  private final GuidelineValidator guidelines;
  private final int minFounders;

  private GroupSetupValidator(GuidelineValidator guidelines, int minFounders) {
    this.guidelines = guidelines;
    this.minFounders = minFounders;
  }

  /**
   * Returns a validator of the built-in rules that asks for at least two founders.
   *
   * @return the validator
   */
  public static GroupSetupValidator ofDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a validator.
   *
   * @param guidelines the validator of the draft guidelines
   * @param minFounders the fewest founding members a group needs, at least 1
   * @return the validator
   * @throws IllegalArgumentException if {@code minFounders} is below 1
   */
  public static GroupSetupValidator of(GuidelineValidator guidelines, int minFounders) {
    if (minFounders < 1) {
      throw new IllegalArgumentException("minFounders must be at least 1, was " + minFounders);
    }
    return new GroupSetupValidator(guidelines, minFounders);
  }

  /**
   * Checks a set-up.
   *
   * @param setup the command that would found the group
   * @param resources what the group configured for its rules
   * @return what is wrong; empty if nothing is
   */
  public List<Violation> validate(FoundGroup setup, GroupResources resources) {
    List<Violation> out = new ArrayList<>();
    List<FoundingMember> founders = setup.founders();
    if (founders.isEmpty()) {
      out.add(
          ViolationCode.NO_FOUNDERS.at(
              "$.founders", "a group needs founding members to adopt its first guidelines"));
    } else if (founders.size() < minFounders) {
      out.add(
          ViolationCode.TOO_FEW_FOUNDERS.at(
              "$.founders",
              "a group needs at least "
                  + minFounders
                  + " founding members, has "
                  + founders.size()));
    }
    Set<MemberId> seen = new HashSet<>();
    for (int i = 0; i < founders.size(); i++) {
      if (!seen.add(founders.get(i).id())) {
        out.add(
            ViolationCode.DUPLICATE_FOUNDER.at(
                "$.founders[" + i + "].id",
                "founding member " + founders.get(i).id() + " is named twice"));
      }
    }
    checkRotation(setup.governance().rotation(), seen.size(), out);
    List<Clause> draft = setup.draft();
    out.addAll(guidelines.validateClauses(draft, "$.draft"));
    boolean safety = false;
    for (Clause c : draft) {
      safety |= c.rule().filter(b -> b.ruleId().equals(BuiltinRules.SAFETY)).isPresent();
    }
    if (!draft.isEmpty() && !safety) {
      out.add(
          ViolationCode.SAFETY_CLAUSE_MISSING.at(
              "$.draft",
              "the draft has no clause bound to the 'safety' rule; crisis language would still"
                  + " surface, but nothing would meet graphic detail or an avalanche of trauma"
                  + " stories"));
    }
    if (safety && resources.signposts().isEmpty()) {
      out.add(
          ViolationCode.SAFETY_RESOURCES_MISSING.at(
              "$.resources.signposts",
              "the safety clause needs help to point to: configure at least one signpost, such"
                  + " as a crisis line"));
    }
    return out;
  }

  /**
   * Checks that facilitation can rotate among a number of eligible members. Every kind of rotation
   * needs two; pairs need three when nobody may facilitate twice in a row.
   */
  private static void checkRotation(RotationPolicy rotation, int eligible, List<Violation> out) {
    int needed =
        rotation.kind() == RotationKind.CO_FACILITATOR_PAIRS && rotation.maxConsecutiveTurns() == 1
            ? 3
            : 2;
    if (eligible > 0 && eligible < needed) {
      out.add(
          ViolationCode.ROTATION_INFEASIBLE.at(
              "$.governance.rotation",
              rotation.kind()
                  + " rotation with at most "
                  + rotation.maxConsecutiveTurns()
                  + " consecutive turn(s) needs at least "
                  + needed
                  + " eligible founders, has "
                  + eligible));
    }
  }
}
