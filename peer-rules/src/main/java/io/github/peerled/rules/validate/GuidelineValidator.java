package io.github.peerled.rules.validate;

import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.guideline.AddClause;
import io.github.peerled.core.guideline.AmendClause;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.rules.LexiconSource;
import io.github.peerled.rules.RuleRegistry;
import io.github.peerled.rules.ViolationCode;
import io.github.peerled.rules.internal.BuiltinRules;
import io.github.peerled.rules.internal.ClauseTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks guidelines and proposed changes to them, so that what a session enforces was checked when
 * it was proposed, not when the session runs. A change is flagged when it does not fit the version
 * it is based on, binds an unknown rule or bad parameters, hands the group's decisions to
 * outsiders, removes the group's own amendment procedure, or drops the last safety clause.
 *
 * <p>Results are values; nothing is thrown for a bad change. Immutable and thread-safe.
 */
public final class GuidelineValidator {
  private static final GuidelineValidator DEFAULTS =
      new GuidelineValidator(RuleRegistry.ofDefaults(), LexiconSource.builtIn(), "en");

  private final RuleRegistry registry;
  private final ClauseTexts texts;

  private GuidelineValidator(RuleRegistry registry, LexiconSource source, String language) {
    this.registry = registry;
    this.texts = new ClauseTexts(source, language);
  }

  /**
   * Returns a validator of the built-in rules, in English.
   *
   * @return the validator
   */
  public static GuidelineValidator ofDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a validator.
   *
   * @param registry the rules clauses may bind
   * @param source where lexicons come from
   * @param language the language of the clause texts
   * @return the validator
   * @throws IllegalArgumentException if the source lacks a lexicon for the language
   */
  public static GuidelineValidator of(
      RuleRegistry registry, LexiconSource source, String language) {
    return new GuidelineValidator(registry, source, language);
  }

  /**
   * Checks a guideline version's rule bindings and clause texts.
   *
   * @param version the version
   * @return what is wrong, with paths into the version; empty if nothing is
   */
  public List<Violation> validate(GuidelineVersion version) {
    return validateClauses(version.clauses(), "$.clauses");
  }

  /**
   * Warns about a version, and about its clauses, past the review date the group set for them
   * ({@link GuidelineVersion#reviewAt()}, {@link Clause#reviewAt()}): the version gives a {@link
   * ViolationCode#REVIEW_DATE_PASSED} at {@code $.reviewAt}, then each such clause one at {@code
   * $.clauses[i].reviewAt}. These are warnings for the facilitator, to put the version or the
   * clause on the agenda; it stays in force, and no guard refuses anything for them.
   *
   * @param version the version, usually the one in force
   * @param now the instant to judge by, such as the engine's clock
   * @return the warnings, the version's first; empty if no review date is at or before {@code now}
   */
  public List<Violation> pastReview(GuidelineVersion version, Instant now) {
    List<Violation> out = new ArrayList<>();
    if (version.reviewAt().isPresent() && !version.reviewAt().get().isAfter(now)) {
      out.add(
          ViolationCode.REVIEW_DATE_PASSED.at(
              "$.reviewAt",
              "guideline version "
                  + version.number()
                  + " was to be reviewed by "
                  + version.reviewAt().get()
                  + "; put it on the group's agenda, and amend it or close a new decision with a"
                  + " new review date"));
    }
    List<Clause> clauses = version.clauses();
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      if (c.reviewAt().isPresent() && !c.reviewAt().get().isAfter(now)) {
        out.add(
            ViolationCode.REVIEW_DATE_PASSED.at(
                "$.clauses[" + i + "].reviewAt",
                "clause '"
                    + c.id()
                    + "' was to be reviewed by "
                    + c.reviewAt().get()
                    + "; put it on the group's agenda, and amend it or set a new review date"));
      }
    }
    return out;
  }

  /**
   * Checks a list of clauses (a founding draft, a version's clauses): at least one, ids distinct,
   * valid rule bindings, and texts that keep decisions in the group.
   *
   * @param clauses the clauses
   * @param path the list's JSON path, such as {@code $.draft}
   * @return what is wrong; empty if nothing is
   */
  public List<Violation> validateClauses(List<Clause> clauses, String path) {
    List<Violation> out = new ArrayList<>();
    if (clauses.isEmpty()) {
      out.add(ViolationCode.EMPTY_GUIDELINES.at(path, "the guidelines need at least one clause"));
    }
    Set<ClauseId> ids = new HashSet<>();
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      if (!ids.add(c.id())) {
        out.add(
            ViolationCode.DUPLICATE_CLAUSE.at(
                path + "[" + i + "].id",
                "clause id '"
                    + c.id()
                    + "' is used by an earlier clause; give each clause its own"));
      }
      checkClause(c, path + "[" + i + "]", out);
    }
    return out;
  }

  /**
   * Checks proposal content: a guideline amendment against the version in force; other kinds of
   * content have nothing to check here.
   *
   * @param content the proposal's content
   * @param inForce the version in force
   * @return what is wrong; empty if nothing is
   */
  public List<Violation> validate(ProposalContent content, GuidelineVersion inForce) {
    return content instanceof GuidelineAmendment amendment
        ? validate(amendment, inForce)
        : List.of();
  }

  /**
   * Checks a proposed guideline amendment against the version in force.
   *
   * @param amendment the amendment
   * @param inForce the version in force
   * @return what is wrong, with paths into the amendment; empty if nothing is
   */
  public List<Violation> validate(GuidelineAmendment amendment, GuidelineVersion inForce) {
    List<Violation> out = new ArrayList<>();
    if (amendment.baseVersion() != inForce.number()) {
      out.add(
          ViolationCode.BASE_VERSION_CONFLICT.at(
              "$.baseVersion",
              "the amendment is based on version "
                  + amendment.baseVersion()
                  + ", but version "
                  + inForce.number()
                  + " is in force; base it on version "
                  + inForce.number()
                  + " and propose it again"));
    }
    List<Clause> clauses = inForce.clauses();
    List<GuidelineChange> changes = amendment.changes();
    for (int i = 0; i < changes.size(); i++) {
      GuidelineChange change = changes.get(i);
      String path = "$.changes[" + i + "]";
      if (change instanceof AddClause add) {
        checkClause(add.clause(), path + ".clause", out);
      } else if (change instanceof AmendClause a) {
        a.rule().ifPresent(b -> out.addAll(registry.validate(b, path + ".rule")));
        a.text().ifPresent(t -> checkText(t, path + ".text", out));
      }
      List<Clause> after;
      try {
        after = change.applyTo(clauses);
      } catch (IllegalArgumentException e) {
        out.add(ViolationCode.INVALID_CHANGE.at(path, String.valueOf(e.getMessage())));
        continue;
      }
      if (hasSafety(clauses) && !hasSafety(after)) {
        out.add(
            ViolationCode.SAFETY_CLAUSE_REMOVED.at(
                path,
                "this change would drop the group's last safety clause; crisis language would"
                    + " still surface, but graphic detail and avalanches of trauma stories would"
                    + " no longer be met. Keep a clause bound to the 'safety' rule"));
      }
      if (hasAmendmentProcedure(clauses) && !hasAmendmentProcedure(after)) {
        out.add(
            ViolationCode.AMENDMENT_PROCEDURE_REMOVED.at(
                path,
                "this change would remove the clause that says how the group changes its own"
                    + " guidelines; the group would no longer hold its own law"));
      }
      clauses = after;
    }
    return out;
  }

  private void checkClause(Clause c, String path, List<Violation> out) {
    c.rule().ifPresent(b -> out.addAll(registry.validate(b, path + ".rule")));
    checkText(c.text(), path + ".text", out);
  }

  private void checkText(String text, String path, List<Violation> out) {
    String phrase = texts.outsiderDecides(text);
    if (phrase != null) {
      out.add(
          ViolationCode.DECISIONS_TO_OUTSIDERS.at(
              path,
              "\""
                  + phrase
                  + "\" would hand the group's decisions to people outside it; outsiders may"
                  + " advise, but the decision-making power stays with the group"));
    }
  }

  private static boolean hasSafety(List<Clause> clauses) {
    for (Clause c : clauses) {
      if (c.rule().isPresent() && c.rule().get().ruleId().equals(BuiltinRules.SAFETY)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasAmendmentProcedure(List<Clause> clauses) {
    for (Clause c : clauses) {
      if (texts.isAmendmentProcedure(c.text())) {
        return true;
      }
    }
    return false;
  }
}
