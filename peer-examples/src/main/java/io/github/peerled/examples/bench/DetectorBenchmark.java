package io.github.peerled.examples.bench;

import io.github.peerled.rules.Tokenizer;
import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Detectors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the sharing/advice detector on realistic contributions of about 150 characters, one
 * contribution per operation, through its public API, and of the shared tokeniser alone on the same
 * texts, so the two rates compare in one run (target: the detector at least 30% of the
 * tokenisation-only rate). Run with {@code java -cp peer-examples/target/peer.jar
 * org.openjdk.jmh.Main DetectorBenchmark -f 1 -wi 3 -i 5 -t 1}. JMH state is per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DetectorBenchmark {
  /** Contributions of 120 to 180 characters in the register of support sessions. */
  static final String[] TEXTS = {
    "What helped me was cutting carbs at breakfast, my numbers were so much steadier by lunch and"
        + " I stopped crashing mid-morning at work.",
    "Honestly just stop eating bread for a couple of weeks and see what happens, it made a huge"
        + " difference to my fasting numbers.",
    "That sounds so hard. I'm really sorry you're going through this on your own, it's a lot to"
        + " carry and you're doing better than you think.",
    "Have you thought about asking your endo for a CGM? It might help to see the overnight trend"
        + " before you change your basal again.",
    "When I was diagnosed with EDS I spent a year going from specialist to specialist, and"
        + " nobody could explain why my joints kept slipping.",
    "If I were you I'd get a second opinion from a centre that actually sees this condition,"
        + " and I'd bring a printed copy of your history.",
    "How did that feel when your supervisor said it in front of the whole lab? What happened"
        + " after the meeting, did anyone check in with you?",
    "My doctor told me to cut carbs, so I did, and honestly I felt awful for two weeks before"
        + " things settled and the headaches finally stopped.",
    "You should really tell your manager about the appointments. You don't owe them details,"
        + " but they can't plan around what they don't know.",
    "I've been on sertraline for three years. The first month was rough, the nausea faded after"
        + " about three weeks and the sleep came back slowly.",
    "Take 2 units less before you run and keep glucose tabs in your pocket, lows after exercise"
        + " can sneak up on you hours later in the evening.",
    "You know how it is when everyone at dinner watches you inject and asks if you're allowed to"
        + " eat dessert? That was my whole weekend, again.",
    "Maybe try a short walk after dinner, even ten minutes helps the numbers, and it's a nice"
        + " way to wind down before bed without a screen.",
    "I'm so proud of you for going to the appointment. That took real courage, and you've come"
        + " such a long way since you first joined the group.",
    "Why don't you ask your mentor for a weekly check-in? A lot of people find it easier to"
        + " raise problems early when there's a regular slot.",
    "I used to hide my pump under baggy shirts all through high school, and it took me years to"
        + " feel okay wearing it where people could see it.",
  };

  private ContributionClassifier detector = Detectors.defaultDetector();
  private int i;

  /** Loads the detector. */
  @Setup
  public void setup() {
    detector = Detectors.defaultDetector();
  }

  private String next() {
    i = (i + 1) & (TEXTS.length - 1);
    return TEXTS[i];
  }

  /**
   * The whole detector: tokens, sentences, features, scores and evidence.
   *
   * @return the classification
   */
  @Benchmark
  public Classification classify() {
    return detector.classify(next());
  }

  /**
   * The shared tokeniser alone, on the same texts.
   *
   * @return the number of tokens
   */
  @Benchmark
  public int tokenize() {
    return Tokenizer.tokenize(next()).tokenCount();
  }
}
