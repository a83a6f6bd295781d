package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Detectors;
import io.github.peerled.rules.detect.internal.TextLimit;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Tokenising, classifying and reviewing are linear in the length of the text: a text 100 times
 * longer costs at most about 100 times as much. Cost is measured deterministically, as the bytes
 * the calling thread allocates (never as time), after a warm-up; the margin is generous (200
 * times). Allocation shows a step that copies, re-splits or re-tokenises per token or sentence; a
 * loop that only reads is timed by {@code TextLengthBenchmark}.
 */
class TextLengthCostTest {
  private static final int SHORT = 2_000;
  private static final int FACTOR = 100;
  private static final double MAX_RATIO = 200;

  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final ContributionClassifier DETECTOR = Detectors.defaultDetector();
  private static final Transcript DIABETES = Transcript.load("diabetes-evening");
  private static final RuleSet RULES = Fixtures.ruleSet(Fixtures.allRules());

  /** Texts of a given length, of one shape each. */
  private static final List<IntFunction<String>> SHAPES =
      List.of(
          n -> repeat(transcriptText(), n), // sentences as members write them
          n -> repeat(transcriptText().replaceAll("[.!?]", ""), n), // one endless sentence
          n -> repeat("you should try walking, take 2 units of insulin and stop metformin, ", n),
          n -> repeat("I felt ", n), // evidence on every other word
          n -> repeat("\"you should\" ", n), // quotes, and a clause head at every one
          n -> repeat("don't worry, ", n)); // a cue overriding every clause head

  private static String transcriptText() {
    StringBuilder sb = new StringBuilder();
    for (Contribution c : DIABETES.contributions) {
      sb.append(c.text()).append(' ');
    }
    return sb.toString();
  }

  private static String repeat(String unit, int n) {
    StringBuilder sb = new StringBuilder(n + unit.length());
    while (sb.length() < n) {
      sb.append(unit);
    }
    sb.setLength(n);
    return sb.toString();
  }

  private static List<Finding> review(String text) {
    Contribution c =
        ImmutableContribution.builder()
            .from(DIABETES.get(8))
            .kind(ContributionKind.QUESTION)
            .text(text)
            .build();
    return RULES.review(DIABETES.context(), List.of(c));
  }

  private static long allocated(Function<String, ?> op, String text) {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    var unused = op.apply(text);
    return THREADS.getCurrentThreadAllocatedBytes() - before;
  }

  /** The ratio of what {@code op} allocates on a text of each shape 100 times longer. */
  private static void assertLinear(Function<String, ?> op) {
    for (IntFunction<String> shape : SHAPES) {
      String small = shape.apply(SHORT);
      String large = shape.apply(SHORT * FACTOR);
      for (int i = 0; i < 30; i++) { // warm up, so both are measured on compiled code
        var unused = op.apply(small);
      }
      var unused = op.apply(large);
      long smallCost = allocated(op, small);
      long largeCost = allocated(op, large);

      assertThat((double) largeCost / smallCost)
          .as(
              "allocated %d bytes for %d chars, %d for %d",
              smallCost, SHORT, largeCost, SHORT * 100)
          .isLessThanOrEqualTo(MAX_RATIO);
    }
  }

  @Test
  void should_classify_a_text_100_times_longer_at_about_100_times_the_cost() {
    assertLinear(DETECTOR::classify);
  }

  @Test
  void should_classify_the_sentences_of_a_text_100_times_longer_at_about_100_times_the_cost() {
    assertLinear(DETECTOR::classifySentences);
  }

  @Test
  void should_tokenise_a_text_100_times_longer_at_about_100_times_the_cost() {
    assertLinear(Tokenizer::tokenize);
  }

  @Test
  void should_review_a_contribution_100_times_longer_at_about_100_times_the_cost() {
    assertLinear(TextLengthCostTest::review);
  }

  @Test
  void should_cost_no_more_past_the_cap_than_at_it() {
    String atCap = repeat(transcriptText(), TextLimit.MAX_CHARS);
    String thrice = repeat(transcriptText(), 3 * TextLimit.MAX_CHARS);
    DETECTOR.classify(atCap);
    review(atCap);

    assertThat(
            (double) allocated(DETECTOR::classify, thrice) / allocated(DETECTOR::classify, atCap))
        .isLessThanOrEqualTo(1.5);
    assertThat(
            (double) allocated(TextLengthCostTest::review, thrice)
                / allocated(TextLengthCostTest::review, atCap))
        .isLessThanOrEqualTo(1.5);
  }
}
