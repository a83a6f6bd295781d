package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Findings depend only on the contributions, not on how a session is split into calls. */
class SplitInvarianceTest {
  private static final RuleSet RULES = Fixtures.ruleSet(Fixtures.allRules());
  private static final List<Transcript> SOURCES =
      List.of(
          Transcript.load("diabetes-evening"),
          Transcript.load("rare-condition-online"),
          Transcript.load("mentoring-forum"));
  private static final List<String> TEXTS = texts();
  private static final List<String> AUTHORS = List.of("ann", "bob", "carla", "dev", "erin");
  private static final ContributionKind[] KINDS = ContributionKind.values();

  private static List<String> texts() {
    List<String> out = new ArrayList<>();
    for (Transcript t : SOURCES) {
      for (Contribution c : t.contributions) {
        out.add(c.text());
      }
    }
    return out;
  }

  /** A random session: each step picks a text, an author, a kind, a gap and maybe a reply. */
  private static Gen<List<Contribution>> sessions() {
    Gen<int[]> step =
        SourceDSL.integers()
            .between(0, TEXTS.size() - 1)
            .zip(
                SourceDSL.integers().between(0, AUTHORS.size() - 1),
                SourceDSL.integers().between(0, KINDS.length - 1),
                SourceDSL.integers().between(0, 900),
                (a, b, c, d) -> new int[] {a, b, c, d})
            .zip(
                SourceDSL.integers().between(0, 3),
                (s, r) -> new int[] {s[0], s[1], s[2], s[3], r});
    return SourceDSL.lists()
        .of(step)
        .ofSizeBetween(0, 40)
        .map(
            steps -> {
              List<Contribution> out = new ArrayList<>();
              long at = 0;
              for (int i = 0; i < steps.size(); i++) {
                int[] s = steps.get(i);
                at += s[3];
                ImmutableContribution.Builder b =
                    ImmutableContribution.builder()
                        .sessionId(SessionId.of("s"))
                        .number(i + 1)
                        .author(MemberId.of(AUTHORS.get(s[1])))
                        .at(Transcript.DAY.plusSeconds(at))
                        .kind(KINDS[s[2]])
                        .text(TEXTS.get(s[0]));
                if (i > 0 && s[4] > 0) {
                  b.replyTo(Math.max(1, i + 1 - s[4]));
                }
                out.add(b.build());
              }
              return out;
            });
  }

  private static GroupContext context() {
    return SOURCES.get(0).context();
  }

  @Test
  void should_give_the_same_findings_however_the_session_is_split() {
    qt().withExamples(200)
        .forAll(
            sessions(),
            SourceDSL.lists().of(SourceDSL.integers().between(0, 40)).ofSizeBetween(0, 6))
        .checkAssert(
            (session, cuts) -> {
              List<Finding> batch = RULES.review(context(), session);
              SessionReview review = RULES.start(context());
              List<Finding> split = new ArrayList<>();
              int from = 0;
              for (int cut : cuts.stream().sorted().toList()) {
                int to = Math.min(cut, session.size());
                if (to > from) {
                  split.addAll(review.acceptAll(session.subList(from, to)));
                  from = to;
                }
              }
              for (Contribution c : session.subList(from, session.size())) {
                split.addAll(review.accept(c));
              }
              split.addAll(review.finish());

              assertThat(split).isEqualTo(batch);
            });
  }

  @Test
  void should_give_the_same_findings_every_time() {
    qt().withExamples(100)
        .forAll(sessions())
        .checkAssert(
            session ->
                assertThat(Fixtures.ruleSet(Fixtures.allRules()).review(context(), session))
                    .isEqualTo(RULES.review(context(), session)));
  }
}
