package io.github.peerled.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.LexiconSource;
import io.github.peerled.rules.Span;
import io.github.peerled.rules.detect.Detectors;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {
  private static final Analyzer SHARED =
      SharedAnalysis.analyzer(
          LexiconSource.builtIn(), GroupResources.ofDefaults(), Detectors.defaultDetector());

  private static String widened(String text, String evidence) {
    Analysis a = SHARED.analyze(text);
    int at = text.indexOf(evidence);
    Span s = Texts.widen(a, new Span(at, at + evidence.length()));
    return text.substring(s.start(), s.end());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          It's important never to stop your basal insulin when ill. | stop your | never to stop your
          Please do not stop your tablets without asking.             | stop your | do not stop your
          There's no need to double your dose.                        | double your | no need to double your
          I don't think so, stop your metformin and call them.        | stop your | stop your
          She said "stop your insulin" and walked off.                | stop your | "stop your insulin"
          Just stop your metformin.                                   | stop your | stop your
          """)
  void should_widen_evidence_over_a_negation_in_its_clause_or_an_open_quotation(
      String text, String evidence, String expected) {
    assertThat(widened(text, evidence)).isEqualTo(expected);
  }

  @Test
  void should_never_quote_an_instruction_without_the_negation_before_it() {
    String text = "It's important never to stop your basal insulin when you are ill.";
    Analysis a = SHARED.analyze(text);
    int at = text.indexOf("stop your");

    assertThat(Texts.quoteEvidence(a, new Span(at, at + 9))).isEqualTo("\"never to stop your\"");
  }

  @Test
  void should_shorten_at_a_word_boundary() {
    String s =
        Texts.shorten(
            "I was diagnosed in December and I feel overwhelmed. Can someone help me?", 60);

    assertThat(s).isEqualTo("I was diagnosed in December and I feel overwhelmed. Can...");
    assertThat(Texts.shorten("short", 60)).isEqualTo("short");
  }

  @Test
  void should_merge_spans_that_come_to_overlap_once_widened() {
    String text = "Never stop your insulin, never stop your basal.";
    Analysis a = SHARED.analyze(text);

    List<Span> spans = Texts.widenAll(a, List.of(new Span(6, 15), new Span(31, 40)));

    assertThat(spans).containsExactly(new Span(0, 15), new Span(25, 40));
  }
}
