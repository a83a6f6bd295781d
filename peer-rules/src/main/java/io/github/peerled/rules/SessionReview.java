package io.github.peerled.rules;

import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.rules.internal.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The review of one session: feed its contributions in order, one by one or in batches, and get the
 * findings each one raises; {@link #finish()} adds what only shows over the whole session. The
 * findings are the same however the contributions are split into calls. Each contribution is
 * analysed once (tokens, lexicons, classification) and the analysis is shared by every rule; the
 * analysis is linear in the length of the text and reads at most its first 1,000,000 chars (see
 * {@link RuleSet}).
 *
 * <p>Not thread-safe: one review belongs to one session and one thread at a time. Start one with
 * {@link RuleSet#start(GroupContext)}.
 */
public final class SessionReview {
  private final RuleSet rules;
  private final GroupContext context;
  private final RuleSession[] sessions;
  private final Sink sink = new Sink();
  private @Nullable SessionId sessionId;
  private int lastNumber;
  private boolean finished;

  SessionReview(RuleSet rules, GroupContext context) {
    this.rules = rules;
    this.context = context;
    List<RuleSet.Active> active = rules.active();
    this.sessions = new RuleSession[active.size()];
    for (int i = 0; i < sessions.length; i++) {
      RuleSet.Active a = active.get(i);
      sessions[i] = a.rule().startSession(a.parameters(), context, rules.resources());
    }
  }

  /**
   * Returns who is in the session.
   *
   * @return the context
   */
  public GroupContext context() {
    return context;
  }

  /**
   * Reads the next contribution.
   *
   * @param contribution the contribution: of the same session as the ones before, with a higher
   *     number
   * @return the findings it raises, in clause order; often empty
   * @throws IllegalArgumentException if the contribution is of another session or out of order
   * @throws IllegalStateException if the review is finished
   */
  public List<Finding> accept(Contribution contribution) {
    List<Finding> out = new ArrayList<>(0);
    accept(contribution, out);
    return out.isEmpty() ? List.of() : out;
  }

  /**
   * Reads the next contributions, in order.
   *
   * @param contributions the contributions
   * @return the findings they raise, in order
   * @throws IllegalArgumentException if a contribution is of another session or out of order
   * @throws IllegalStateException if the review is finished
   */
  public List<Finding> acceptAll(List<Contribution> contributions) {
    List<Finding> out = new ArrayList<>();
    for (Contribution c : contributions) {
      accept(c, out);
    }
    return out;
  }

  /**
   * Ends the session and returns what shows over the whole of it: participation equity, requests
   * left unanswered, members who never spoke.
   *
   * @return the findings, in clause order
   * @throws IllegalStateException if the review is already finished
   */
  public List<Finding> finish() {
    checkOpen();
    finished = true;
    List<Finding> out = new ArrayList<>();
    if (sessionId == null) {
      return out;
    }
    sink.out = out;
    for (int i = 0; i < sessions.length; i++) {
      sink.select(i, lastNumber);
      sessions[i].finish(sink);
    }
    return out;
  }

  /**
   * The words to analyse: none for a contribution whose text was erased or expired ({@link
   * PersonalData#REMOVED}, {@link PersonalData#EXPIRED}), so that a review of a log read back after
   * erasure or expiry finds nothing in the marker's own words; who spoke and when still count.
   */
  private static String wordsOf(Contribution c) {
    String text = c.text();
    return text.equals(PersonalData.EXPIRED) || text.equals(PersonalData.REMOVED) ? "" : text;
  }

  private void accept(Contribution c, List<Finding> out) {
    checkOpen();
    SessionId sid = sessionId;
    if (sid == null) {
      sessionId = c.sessionId();
    } else if (!sid.equals(c.sessionId())) {
      throw new IllegalArgumentException(
          "contribution "
              + c.number()
              + " is of session "
              + c.sessionId()
              + ", but this review is of session "
              + sid);
    }
    if (c.number() <= lastNumber) {
      throw new IllegalArgumentException(
          "contributions must come in session order: " + c.number() + " came after " + lastNumber);
    }
    lastNumber = c.number();
    Analysis a = rules.analyzer().analyze(wordsOf(c), c);
    sink.out = out;
    for (int i = 0; i < sessions.length; i++) {
      sink.select(i, c.number());
      sessions[i].accept(a, sink);
    }
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("the review of session " + sessionId + " is finished");
    }
  }

  private final class Sink implements FindingSink {
    private List<Finding> out = new ArrayList<>();
    private int rule;
    private int contribution;

    void select(int rule, int contribution) {
      this.rule = rule;
      this.contribution = contribution;
    }

    @Override
    public ImmutableFinding.Builder draft(
        Severity severity, SuggestedAction action, String message) {
      RuleSet.Active a = rules.active().get(rule);
      Optional<ClauseId> clause = a.clauseId();
      SessionId sid = sessionId;
      if (sid == null) {
        throw new IllegalStateException("no contribution read yet");
      }
      return ImmutableFinding.builder()
          .ruleId(a.rule().id())
          .clauseId(clause)
          .guidelineVersion(rules.guidelines().number())
          .sessionId(sid)
          .contribution(contribution)
          .severity(severity)
          .action(action)
          .message(message);
    }

    @Override
    public void report(Finding finding) {
      out.add(finding);
    }
  }
}
