package io.github.peerled.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The learned crisis reading: its cross-validated recall and false alarms on the tuning examples
 * (rules or model must find more than the rules), the committed weights as the trainer makes them,
 * the lines only the model reads, long texts and malformed weight files.
 */
class CrisisModelTest {
  // Measured by TrainCrisisModel (5-fold CV on 7392 tuning examples: the tuning two thirds of the
  // fifth set of voices and the contributions of every tuning session, those of the three whole
  // tuning folders among them; threshold 0.31), on the crisis sets: rules recall 516/780 with
  // 37/796 false alarms; model alone 574/780 with 63/796; rules or model 619/780 with 79/796; on
  // ordinary group talk, rules or model 87/5737 false alarms (the bound the threshold keeps). The
  // floors are those of the model before (4344 examples, threshold 0.43: model alone 481/633,
  // rules or model 508/633): a retrain may trade false alarms for recall, never recall away.
  private static final double MODEL_RECALL_FLOOR = 0.73;
  private static final double EITHER_RECALL_FLOOR = 0.78;
  private static final double EITHER_FALSE_ALARM_CEILING = 0.10;
  private static final double TALK_FALSE_ALARM_CEILING = CrisisTraining.TALK_FALSE_ALARMS;

  /** As in the rule set's test of the same lines ({@code SafetyLearnedCrisisTest}). */
  private static final List<String> ONLY_THE_MODEL =
      List.of(
          "been giving my guitar and my books away to mates this week, wont be needing them where"
              + " im going",
          "wrote letters for my kids last night and put them in the drawer with the will",
          // "i've written a note for my mum, it's in my bag" fell just below the threshold (p 0.40
          // against 0.43) when twelve tuning sessions were added and the model retrained
          "i've written a note for my mum and put it in my bag, it explains everything");

  private static CrisisTraining training;
  private static List<CrisisTraining.Example> examples;
  private static double[] outOfFold;

  @BeforeAll
  static void crossValidate() {
    training = new CrisisTraining();
    examples = training.examples();
    outOfFold = CrisisTraining.crossValidate(examples);
  }

  private static SafetyReading rules(String text) {
    return SafetyReading.rules(training.analyzer().analyze(text));
  }

  private static boolean model(String text) {
    Analysis a = training.analyzer().analyze(text);
    return CrisisModel.english().isCrisis(a, SafetyReading.rules(a));
  }

  @Test
  void should_keep_the_cross_validated_recall_of_the_model_and_of_rules_or_model() {
    double threshold = CrisisModel.english().threshold();
    CrisisTraining.Rates model = CrisisTraining.rates(examples, outOfFold, false, threshold);
    CrisisTraining.Rates either = CrisisTraining.rates(examples, outOfFold, true, threshold);
    CrisisTraining.Rates rules = CrisisTraining.rates(examples, outOfFold, true, 2);

    assertThat(model.recall()).isGreaterThanOrEqualTo(MODEL_RECALL_FLOOR);
    assertThat(either.recall())
        .isGreaterThanOrEqualTo(EITHER_RECALL_FLOOR)
        .isGreaterThan(rules.recall());
    assertThat(either.falseAlarms()).isLessThanOrEqualTo(EITHER_FALSE_ALARM_CEILING);
    assertThat(CrisisTraining.rates(examples, outOfFold, true, threshold, true).falseAlarms())
        .isLessThanOrEqualTo(TALK_FALSE_ALARM_CEILING);
  }

  @Test
  void should_commit_the_weights_and_threshold_the_trainer_makes() {
    CrisisTraining.Weights fresh = CrisisTraining.train(examples);
    CrisisModel committed = CrisisModel.english();

    assertThat((double) committed.threshold())
        .isCloseTo(CrisisTraining.threshold(examples, outOfFold), offset(1e-6));
    for (CrisisTraining.Example e : examples) {
      Analysis a = training.analyzer().analyze(e.text());
      assertThat(committed.logit(a, SafetyReading.rules(a)))
          .as(e.text())
          .isCloseTo(fresh.logit(e), offset(1e-3));
    }
  }

  @Test
  void should_read_as_crisis_lines_the_rules_alone_miss() {
    for (String s : ONLY_THE_MODEL) {
      assertThat(rules(s).isCrisis()).as("rules on: %s", s).isFalse();
      assertThat(model(s)).as("model on: %s", s).isTrue();
    }
  }

  @Test
  void should_read_everyday_lines_as_no_crisis() {
    for (String s :
        List.of(
            "this heat is killing me lol",
            "I gave my old bike away to my nephew, he loves it",
            "you should try keeping a mood diary, it helped me a lot")) {
      assertThat(model(s)).as(s).isFalse();
    }
  }

  @Test
  void should_weigh_a_long_text_by_its_weightiest_window() {
    String calm = "my a1c of 5.9 is lower than yours, than you think. ".repeat(40);
    String disclosure =
        "wrote letters for my kids last night and put them in the drawer with the will";

    assertThat(model(calm)).isFalse();
    assertThat(model(calm + disclosure)).isTrue();
    assertThat(model(disclosure + " " + calm)).isTrue();
  }

  @Test
  void should_read_one_risky_sentence_in_a_long_everyday_message_by_its_clause() {
    String message =
        "Work was long again and the kids had swimming after school. The car needs new tyres"
            + " before winter. I have been saving my tablets in the drawer. Mum rang about the"
            + " weekend and we might go to the coast if the weather holds.";
    Analysis a = training.analyzer().analyze(message);
    SafetyReading rules = SafetyReading.rules(a);

    assertThat(CrisisModel.english().isCrisis(a, rules)).isTrue();
    assertThat(CrisisModel.english().withoutClauses().isCrisis(a, rules)).isFalse();
  }

  @Test
  void should_reject_a_malformed_weight_file_naming_the_line() {
    assertThatThrownBy(() -> CrisisModel.parse(List.of("bits\t4", "threshold\t0.5", "99\t1"), "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m line 3")
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> CrisisModel.parse(List.of("bits\t4", "threshold\t1.5"), "m"))
        .hasMessageContaining("m line 2");
    assertThatThrownBy(() -> CrisisModel.parse(List.of("bits\t4", "3\tx"), "m"))
        .hasMessageContaining("m line 2")
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> CrisisModel.parse(List.of("bits\t4"), "m"))
        .hasMessageContaining("threshold");
  }
}
