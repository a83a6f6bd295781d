package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Detectors;
import io.github.peerled.rules.detect.EvidenceSpan;
import io.github.peerled.rules.detect.Label;
import io.github.peerled.rules.detect.internal.TextLimit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented cap: the detector and the rules read at most the first 1,000,000 chars. */
class TextLimitTest {
  private static final int CAP = TextLimit.MAX_CHARS;
  private static final ContributionClassifier DETECTOR = Detectors.defaultDetector();
  private static final Transcript DIABETES = Transcript.load("diabetes-evening");
  private static final String ADVICE = "You should take 2 units of insulin. ";

  /** Sharing up to {@code n - tail.length()} chars, then {@code tail}. */
  private static String endingWith(int n, String tail) {
    StringBuilder sb = new StringBuilder(n);
    String unit = "I walked after dinner and my numbers came down. ";
    while (sb.length() < n - tail.length()) {
      sb.append(unit);
    }
    sb.setLength(n - tail.length());
    sb.setCharAt(sb.length() - 1, ' ');
    return sb.append(tail).toString();
  }

  private static List<Finding> review(String text) {
    Contribution c = ImmutableContribution.builder().from(DIABETES.get(5)).text(text).build();
    return Fixtures.ruleSet(Fixtures.allRules()).review(DIABETES.context(), List.of(c));
  }

  @Test
  void should_be_the_documented_million_chars() {
    assertThat(CAP).isEqualTo(1_000_000);
  }

  @Test
  void should_read_a_text_up_to_the_cap_whole() {
    String text = endingWith(CAP, ADVICE);

    Classification c = DETECTOR.classify(text);

    assertThat(c.label()).isEqualTo(Label.ADVICE);
    assertThat(c.evidence())
        .extracting(EvidenceSpan::start)
        .anyMatch(start -> start >= CAP - ADVICE.length());
    assertThat(Tokenizer.tokenize(text).text()).isEqualTo(text);
  }

  @Test
  void should_ignore_what_comes_after_the_cap() {
    String head = endingWith(CAP, "I was so tired. ");
    String text = head + ADVICE.repeat(100);

    assertThat(DETECTOR.classify(text)).isEqualTo(DETECTOR.classify(head));
    assertThat(DETECTOR.classifySentences(text)).isEqualTo(DETECTOR.classifySentences(head));
    assertThat(Tokenizer.tokenize(text).text()).isEqualTo(head);
    assertThat(Tokenizer.tokenize(text).tokenCount())
        .isEqualTo(Tokenizer.tokenize(head).tokenCount());
  }

  @Test
  void should_review_only_the_first_million_chars_of_a_contribution() {
    String head = endingWith(CAP, "I was so tired. ");
    String text = head + ADVICE.repeat(100);

    List<Finding> findings = review(text);

    assertThat(findings).noneMatch(f -> f.ruleId().equals("sharing-not-advice"));
    assertThat(PeerledJson.write(findings)).isEqualTo(PeerledJson.write(review(head)));
  }

  @Test
  void should_not_split_a_surrogate_pair_at_the_cap() {
    String text = "a".repeat(CAP - 1) + "\uD83D\uDE00" + "b";

    assertThat(TextLimit.readLength(text)).isEqualTo(CAP - 1);
    assertThat(TextLimit.readLength("a".repeat(CAP + 5))).isEqualTo(CAP);
    assertThat(TextLimit.readLength("short")).isEqualTo(5);
  }
}
