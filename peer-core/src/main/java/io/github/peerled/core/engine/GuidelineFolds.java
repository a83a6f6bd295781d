package io.github.peerled.core.engine;

import io.github.peerled.core.decision.Review;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.event.GuidelineVersionScheduled;
import io.github.peerled.core.event.ScheduledVersionCancelled;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.GuidelineVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The folds of the group's guideline versions: a version adopted into force (with the reviews of
 * its clauses), a version scheduled to take effect later, and a scheduled version cancelled, one
 * small method per event. {@link Evolver} dispatches to them once {@link EventChecks} has checked
 * the event; like every fold, each looks up everything it needs before it changes anything, so an
 * event that does not fit throws {@link IllegalStateException} and changes nothing.
 *
 * <p>Not thread-safe: confined to the thread that folds, with the buffer it is given.
 */
final class GuidelineFolds {
  private GuidelineFolds() {}

  static void guidelineVersionAdopted(FoldBuffer buffer, GuidelineVersionAdopted g) {
    ImmutableGroupState s = buffer.published();
    Optional<GuidelineVersion> scheduled = s.scheduledGuidelines();
    if (scheduled.isPresent() && !scheduled.get().equals(g.version())) {
      throw new IllegalStateException(
          "guideline version "
              + scheduled.get().number()
              + " is scheduled; another version cannot be adopted before it");
    }
    ImmutableGroupState next =
        s.withGuidelines(s.guidelines().with(g.version()))
            .withPendingReviews(clauseReviews(s, g.version()))
            .withScheduledGuidelines(Optional.empty());
    buffer.publish(g.version().number() == 1 ? next.withFoundingDraft(List.of()) : next);
  }

  /** A version adopted to take effect later waits, checked against the version in force. */
  static void guidelineVersionScheduled(FoldBuffer buffer, GuidelineVersionScheduled g) {
    ImmutableGroupState s = buffer.published();
    if (s.scheduledGuidelines().isPresent()) {
      throw new IllegalStateException("a guideline version is scheduled already");
    }
    s.guidelines().with(g.version()); // throws unless it is the next version
    buffer.publish(s.withScheduledGuidelines(g.version()));
  }

  static void scheduledVersionCancelled(FoldBuffer buffer, ScheduledVersionCancelled c) {
    ImmutableGroupState s = buffer.published();
    if (s.scheduledGuidelines().map(v -> v.number() != c.version()).orElse(true)) {
      throw new IllegalStateException("no guideline version " + c.version() + " is scheduled");
    }
    buffer.publish(s.withScheduledGuidelines(Optional.empty()));
  }

  /**
   * The pending reviews once a version is in force: those of proposals as they were, that of the
   * version as a whole, and those of its clauses with a review date; a clause whose review date the
   * version keeps stays pending only if it was pending before (a review announced is not announced
   * again). The version's review takes the place of the review of the proposal that adopted it,
   * when that one is still pending: it is the same review, announced once, naming the version. A
   * version's review date comes from that proposal's, so when the proposal's review was announced
   * already (a late deadline check that reached both dates), the version's is not pending. The
   * reviews of a version no longer in force are dropped.
   */
  private static List<Review> clauseReviews(GroupState s, GuidelineVersion version) {
    Map<ClauseId, Clause> before = new LinkedHashMap<>();
    s.guidelinesInForce().ifPresent(v -> v.clauses().forEach(c -> before.put(c.id(), c)));
    @Nullable Review replaced = null;
    if (version.reviewAt().isPresent() && version.adoptedBy().isPresent()) {
      Review proposal = Review.ofProposal(version.adoptedBy().get(), version.reviewAt().get());
      if (s.pendingReviews().contains(proposal)) {
        replaced = proposal;
      }
    }
    List<Review> out = new ArrayList<>();
    for (Review r : s.pendingReviews()) {
      if (r.proposalId().isPresent() && !r.equals(replaced)) {
        out.add(r);
      }
    }
    if (replaced != null) {
      out.add(Review.ofVersion(version.number(), replaced.dueAt()));
    }
    for (Clause c : version.clauses()) {
      if (c.reviewAt().isEmpty()) {
        continue;
      }
      Review review = Review.ofClause(c.id(), c.reviewAt().get());
      Clause was = before.get(c.id());
      boolean kept = was != null && was.reviewAt().equals(c.reviewAt());
      if (!kept || s.pendingReviews().contains(review)) {
        out.add(review);
      }
    }
    return out;
  }
}
