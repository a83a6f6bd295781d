package io.github.peerled.examples.bench;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.rules.Finding;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.RuleSet;
import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.ContributionClassifier;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How the cost of one contribution grows with its length: the detector's classification, and the
 * review of the contribution by the full default rule set (all eight built-in rules), on one text
 * of {@code length} chars made of realistic sentences. Both are linear in the length: a text 100
 * times longer takes about 100 times as long. Past 1,000,000 chars only the first 1,000,000 are
 * read, so the 2,000,000-char text costs what the 1,000,000-char one does.
 *
 * <p>Run with {@code java -cp peer-examples/target/peer.jar org.openjdk.jmh.Main TextLength -f 1
 * -wi 2 -i 3 -w 1 -r 1}. JMH state is per thread.
 *
 * <p>Figures of that run on a shared two-core machine (load average 1.3 to 2), in ms per operation
 * for 2,000 / 20,000 / 200,000 / 1,000,000 / 2,000,000 chars: classify 0.029 / 0.277 / 2.90 / 14.5
 * / 14.3; review 0.053 / 0.487 / 5.24 / 28.0 / 26.2. A text 100 times longer (2,000 to 200,000
 * chars) took 100 times as long to classify and 99 times as long to review. Before the detector and
 * the analysis were made linear, a 2,000,000-char line took 12 s in {@code peer classify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TextLengthBenchmark {
  /** The length of the text, in chars. */
  @Param({"2000", "20000", "200000", "1000000", "2000000"})
  public int length;

  private final RuleSet rules = RuleSet.of(RulesBenchmark.guidelines(), RulesBenchmark.resources());
  private final ContributionClassifier classifier = rules.classifier(); // the default detector
  private final GroupContext context = RulesBenchmark.groupContext();
  private String text = "";
  private List<Contribution> contribution = List.of();

  /** Builds the text and the contribution. */
  @Setup
  public void setUp() {
    StringBuilder sb = new StringBuilder(length + 200);
    for (int i = 0; sb.length() < length; i++) {
      sb.append(DetectorBenchmark.TEXTS[i % DetectorBenchmark.TEXTS.length]).append(' ');
    }
    sb.setLength(length);
    text = sb.toString();
    contribution =
        List.of(
            ImmutableContribution.builder()
                .sessionId(SessionId.of("bench"))
                .number(1)
                .author(MemberId.of("m1"))
                .at(Instant.EPOCH)
                .kind(ContributionKind.SHARING)
                .text(text)
                .build());
  }

  /**
   * The detector alone.
   *
   * @return the classification
   */
  @Benchmark
  public Classification classify() {
    return classifier.classify(text);
  }

  /**
   * The review of one contribution by the full default rule set.
   *
   * @return the findings
   */
  @Benchmark
  public List<Finding> review() {
    return rules.review(context, contribution);
  }
}
