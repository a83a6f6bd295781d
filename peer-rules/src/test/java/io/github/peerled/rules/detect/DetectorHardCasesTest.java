package io.github.peerled.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectorHardCasesTest {
  private final ContributionClassifier detector = Detectors.defaultDetector();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SHARING  | what helped me was cutting carbs at breakfast
          ADVICE   | honestly just stop eating bread
          ADVICE   | Cut back the caffeine.
          ADVICE   | You should really get your thyroid checked.
          ADVICE   | you need to tell your endo about the night lows
          ADVICE   | maybe try a short walk after dinner
          ADVICE   | it might help to write your questions down first
          ADVICE   | You could ask your mentor for a weekly check-in.
          ADVICE   | I'd suggest keeping a symptom diary.
          ADVICE   | Have you thought about joining the Thursday group?
          ADVICE   | Why don't you ask for the liquid version?
          ADVICE   | Have you tried pre-bolusing?
          ADVICE   | If I were you I'd get a second opinion.
          ADVICE   | Take 2 units less before you run.
          ADVICE   | Stop your metformin and call the clinic.
          ADVICE   | I would call your doctor today.
          ADVICE   | Don't stop your meds without talking to your psychiatrist.
          SHARING  | I called my doctor and she moved the appointment up.
          SHARING  | My doctor told me to cut carbs, so I did.
          SHARING  | In my experience the lows get easier to spot.
          SHARING  | When I was diagnosed I cried in the car park.
          SHARING  | I found that walking after meals helped a lot.
          SHARING  | I didn't stop my meds, I just forgot them for a few days.
          SHARING  | I would have given anything for a group like this back then.
          SHARING  | You know how it is when everyone at dinner watches you inject.
          OTHER    | that sounds so hard
          OTHER    | you're doing great
          OTHER    | Thank you for sharing that with us.
          OTHER    | Oh sure, just stop being depressed, that always works.
          QUESTION | how did that feel?
          QUESTION | What happened next?
          QUESTION | How long have you been feeling this way?
          """)
  void should_label_the_hard_cases_of_the_issue(Label expected, String text) {
    // when
    Classification c = detector.classify(text);

    // then
    assertThat(c.label()).as("label of '%s' (evidence %s)", text, c.evidence()).isEqualTo(expected);
    assertThat(c.confidence())
        .as("the confidence of '%s' is that of its surest %s sentence", text, expected)
        .isEqualTo(
            detector.classifySentences(text).stream()
                .map(SentenceClassification::classification)
                .filter(s -> s.label() == expected)
                .mapToDouble(Classification::confidence)
                .max()
                .orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          What worked for me was the walking, you should give it a go.
          I was the same when I started. Honestly, just talk to your manager.
          I've been there. Don't make any big decisions this week.
          """)
  void should_let_advice_win_when_a_contribution_also_shares(String text) {
    // when
    Classification c = detector.classify(text);

    // then
    assertThat(c.label()).isEqualTo(Label.ADVICE);
    assertThat(c.evidence()).extracting(EvidenceSpan::label).contains(Label.ADVICE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          just stop eating bread
          just stop eating bread.
          JUST STOP EATING BREAD
          just stop eating bread !!!
          """)
  void should_not_depend_on_case_or_trailing_punctuation(String text) {
    assertThat(detector.classify(text).label()).isEqualTo(Label.ADVICE);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          QUESTION | what about metformin?
          QUESTION | So what about metformin then?
          QUESTION | what about metformin, has anyone been on it?
          QUESTION | How's everyone's week been?
          QUESTION | Right, let's get started. How's everyone's week been?
          QUESTION | Has anyone tried the Libre 3 yet?
          QUESTION | What helped you when you were first diagnosed?
          SHARING  | My nurse suggested I set the low alarm a bit lower to start with.
          SHARING  | My nurse suggested setting the low alarm a bit lower to start with.
          SHARING  | My doctor told me to cut out bread for a while.
          SHARING  | I was advised to keep juice by the bed.
          ADVICE   | have you tried the libre? why don't you ask your nurse?
          """)
  void should_read_exploring_questions_and_reported_advice_as_not_advice(
      Label expected, String text) {
    // when
    Classification c = detector.classify(text);

    // then
    assertThat(c.label()).as("'%s' (evidence %s)", text, c.evidence()).isEqualTo(expected);
  }
}
