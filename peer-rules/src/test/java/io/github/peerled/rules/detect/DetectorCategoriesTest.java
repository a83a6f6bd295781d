package io.github.peerled.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The error categories of the detector's precision issue, one group each: first person that states
 * a stance, generic we, conversational talk, quotations and spurious tokens, encouragement and
 * closings, suggestions put as questions, impersonal recommendations, imperatives after an
 * if-clause or a vocative, a directive beside empathy, and sharing without an "I".
 */
class DetectorCategoriesTest {
  private final ContributionClassifier detector = Detectors.defaultDetector();

  private Classification classify(String text) {
    return detector.classify(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I'm sure you'll manage.
          I know it's hard.
          I see.
          I think that matters.
          I'm glad you have your sister.
          I hope that helped.
          """)
  void should_read_first_person_stance_as_other_not_sharing(String text) {
    assertThat(classify(text).label()).as(text).isEqualTo(Label.OTHER);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          We all get scared sometimes.
          People like us get tired of explaining.
          Our bodies react to stress.
          """)
  void should_read_generic_we_as_other_not_sharing(String text) {
    assertThat(classify(text).label()).as(text).isEqualTo(Label.OTHER);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Tell me more.
          Say more about that.
          Can I ask why?
          In my practice, clients often feel this way at the start.
          """)
  void should_read_conversational_and_professional_first_person_as_neither_sharing_nor_advice(
      String text) {
    assertThat(classify(text).label()).as(text).isIn(Label.OTHER, Label.QUESTION);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Oh my, that sounds exhausting.
          My dear, that sounds so hard.
          Insulin costs far more in the US.
          He keeps telling himself "I am useless", which is heartbreaking.
          """)
  void should_ignore_quoted_and_spurious_first_person(String text) {
    assertThat(classify(text).label()).as(text).isEqualTo(Label.OTHER);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Chin up!
          Hang in there.
          Be proud of yourself.
          Don't lose heart.
          Have a lovely evening.
          Take care.
          Work has been crazy for everyone lately.
          """)
  void should_read_encouragement_closings_and_nouns_at_a_clause_start_as_other(String text) {
    assertThat(classify(text).label()).as(text).isEqualTo(Label.OTHER);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Have you spoken to your sister?
          Is there a mentor you could talk to?
          Could you try writing it down?
          Maybe pottery?
          Perhaps a short walk?
          """)
  void should_read_suggestions_put_as_questions_as_advice(String text) {
    assertThat(classify(text).label()).as(text).isEqualTo(Label.ADVICE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          How long have you had the symptoms?
          Have you had this before?
          What did the doctor say?
          """)
  void should_keep_information_seeking_questions_as_questions(String text) {
    assertThat(classify(text).label()).as(text).isEqualTo(Label.QUESTION);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          A planner might keep you on track.
          It's probably time to ask for help.
          This is worth raising with your doctor.
          """)
  void should_read_impersonal_recommendations_as_advice(String text) {
    assertThat(classify(text).label()).as(text).isEqualTo(Label.ADVICE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          If it gets worse, head to A&E.
          Sam, ring the helpline tonight.
          Honestly, just head home and rest.
          I'd suggest seeing someone, I know how hard this is.
          I completely understand how painful this is, and you should talk to your GP.
          I went through the same thing last year. Phone your doctor tomorrow.
          """)
  void should_read_imperatives_and_directives_beside_empathy_or_sharing_as_advice(String text) {
    assertThat(classify(text).label()).as(text).isEqualTo(Label.ADVICE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Your mum sounds like mine.
          What helped me was writing everything down.
          """)
  void should_read_identification_and_experience_framed_tips_as_sharing(String text) {
    assertThat(classify(text).label()).as(text).isEqualTo(Label.SHARING);
  }

  @Test
  void should_show_the_stance_and_no_sharing_evidence_for_a_stance() {
    // when
    Classification c = classify("I'm sure you'll manage.");

    // then
    assertThat(c.evidence()).extracting(EvidenceSpan::label).doesNotContain(Label.SHARING);
    assertThat(c.supportingEvidence())
        .anySatisfy(
            e -> {
              assertThat(e.cue()).isEqualTo("i-stance");
              assertThat(e.text()).isEqualTo("I'm sure");
            });
  }

  @Test
  void should_show_generic_we_and_no_first_person_evidence() {
    // when
    Classification c = classify("We all get scared sometimes.");

    // then
    assertThat(c.evidence())
        .extracting(EvidenceSpan::cue, EvidenceSpan::text, EvidenceSpan::start, EvidenceSpan::end)
        .containsExactly(Tuple.tuple("generic-we", "We all", 0, 6));
  }

  @Test
  void should_show_no_first_person_evidence_inside_a_quotation_or_for_a_country_code() {
    // when
    List<EvidenceSpan> quoted =
        classify("He keeps telling himself \"I am useless\", which is heartbreaking.").evidence();
    List<EvidenceSpan> country = classify("She moved to the US last year.").evidence();
    List<EvidenceSpan> exclamation = classify("Oh my, that sounds exhausting.").evidence();

    // then
    assertThat(quoted).extracting(EvidenceSpan::label).doesNotContain(Label.SHARING);
    assertThat(country).extracting(EvidenceSpan::text).doesNotContain("US");
    assertThat(exclamation).extracting(EvidenceSpan::cue).doesNotContain("my");
    assertThat(exclamation).extracting(EvidenceSpan::cue).contains("spurious");
  }

  @Test
  void should_point_the_imperative_after_an_if_clause_at_its_verb() {
    // given
    String text = "If it gets worse, head to A&E.";

    // when
    Classification c = classify(text);

    // then
    assertThat(c.supportingEvidence())
        .anySatisfy(
            e -> {
              assertThat(e.cue()).isEqualTo("imperative");
              assertThat(e.start()).isEqualTo(18);
              assertThat(e.end()).isEqualTo(22);
              assertThat(text.substring(e.start(), e.end())).isEqualTo("head");
            });
  }

  @Test
  void should_point_a_suggestion_question_at_its_cue_and_not_at_the_question_mark() {
    // given
    String text = "Is there a mentor you could talk to?";

    // when
    Classification c = classify(text);

    // then
    assertThat(c.label()).isEqualTo(Label.ADVICE);
    assertThat(c.evidence()).extracting(EvidenceSpan::cue).doesNotContain("question-mark");
    assertThat(c.supportingEvidence())
        .anySatisfy(
            e -> {
              assertThat(e.cue()).isEqualTo("suggestion-question");
              assertThat(e.text()).isEqualTo("Is there a mentor you could");
            });
  }

  @Test
  void should_point_encouragement_at_its_phrase_and_show_no_imperative() {
    // when
    Classification c = classify("Be proud of yourself.");

    // then
    assertThat(c.evidence()).extracting(EvidenceSpan::cue).doesNotContain("imperative");
    assertThat(c.supportingEvidence())
        .extracting(EvidenceSpan::cue, EvidenceSpan::text)
        .contains(Tuple.tuple("encourage", "Be proud of yourself"));
  }

  @Test
  void should_point_an_impersonal_recommendation_at_its_phrase() {
    // when
    Classification c = classify("A planner might keep you on track.");

    // then
    assertThat(c.supportingEvidence())
        .extracting(EvidenceSpan::cue, EvidenceSpan::text)
        .contains(Tuple.tuple("impersonal-rec", "might keep you"));
  }
}
