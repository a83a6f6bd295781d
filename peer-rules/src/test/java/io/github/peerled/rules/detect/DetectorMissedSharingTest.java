package io.github.peerled.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sharing that is easy to miss: disclosure in the present tense or without a subject, and
 * identification with the other person's experience; and the reflections and recommendations that
 * look like them but are not sharing.
 */
class DetectorMissedSharingTest {
  private final ContributionClassifier detector = Detectors.defaultDetector();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Still not eating properly since the funeral.
          Two years sober this week.
          Struggling with exactly the same.
          Relapsed on Friday, starting again.
          Currently waiting for my results.
          """)
  void should_read_present_tense_and_subjectless_disclosure_as_sharing(String text) {
    assertThat(detector.classify(text).label()).as(text).isEqualTo(Label.SHARING);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I can relate to all of it.
          Your brother sounds like mine.
          Same here, every morning.
          Been there myself.
          omg same
          """)
  void should_read_identification_as_sharing(String text) {
    assertThat(detector.classify(text).label()).as(text).isEqualTo(Label.SHARING);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Your sister sounds lovely.
          Sounds like a tough month.
          Six months is a normal wait.
          """)
  void should_read_reflections_and_plain_facts_as_other(String text) {
    assertThat(detector.classify(text).label()).as(text).isEqualTo(Label.OTHER);
  }

  @Test
  void should_not_read_a_gerund_that_is_the_subject_of_a_recommendation_as_disclosure() {
    // when
    Classification c = detector.classify("Taking a walk every day is really important.");

    // then
    assertThat(c.label()).isEqualTo(Label.ADVICE);
    assertThat(c.evidence()).extracting(EvidenceSpan::cue).doesNotContain("subjectless-state");
  }

  @Test
  void should_point_a_subjectless_disclosure_at_its_head_after_the_fillers() {
    // given
    String text = "Still not eating properly since the funeral.";

    // when
    Classification c = detector.classify(text);

    // then: "still" is a filler; the span is "not eating"
    assertThat(c.supportingEvidence())
        .extracting(EvidenceSpan::cue, EvidenceSpan::start, EvidenceSpan::end, EvidenceSpan::text)
        .contains(Tuple.tuple("subjectless-state", 6, 16, "not eating"));
  }

  @Test
  void should_point_a_time_span_at_the_count_and_its_unit() {
    // when
    Classification c = detector.classify("Two years sober this week.");

    // then
    assertThat(c.supportingEvidence())
        .extracting(EvidenceSpan::cue, EvidenceSpan::text)
        .contains(Tuple.tuple("time-span", "Two years"));
  }

  @Test
  void should_point_identification_at_its_phrase() {
    // when
    Classification c = detector.classify("Your brother sounds like mine.");

    // then
    assertThat(c.supportingEvidence())
        .extracting(EvidenceSpan::cue, EvidenceSpan::label, EvidenceSpan::text)
        .contains(Tuple.tuple("identify", Label.SHARING, "sounds like mine"));
  }
}
