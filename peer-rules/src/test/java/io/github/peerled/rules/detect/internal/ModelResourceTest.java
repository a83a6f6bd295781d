package io.github.peerled.rules.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelResourceTest {
  @Test
  void should_have_a_weight_row_for_every_feature_of_the_lexicon() {
    // given: the model must be retrained whenever a cue is added or renamed
    FeatureExtractor fx = new FeatureExtractor(Lexicon.load("en"));
    Set<String> rows = new HashSet<>();
    for (String[] r : Resources.rows("en", "model.tsv")) {
      if (r[0].equals("w")) {
        rows.add(r[1]);
      }
    }

    // then
    for (int f = 0; f < fx.featureCount(); f++) {
      assertThat(rows).as("model.tsv row for feature").contains(fx.featureName(f));
    }
    assertThat(rows).hasSize(fx.featureCount());
  }

  @Test
  void should_keep_the_label_order_of_the_stored_weight_vectors() {
    // then: model.tsv stores each weight vector as advice, sharing, question, other
    assertThat(Model.LABELS)
        .containsExactly(
            io.github.peerled.rules.detect.Label.ADVICE,
            io.github.peerled.rules.detect.Label.SHARING,
            io.github.peerled.rules.detect.Label.QUESTION,
            io.github.peerled.rules.detect.Label.OTHER);
  }

  @Test
  void should_score_the_same_after_training_output_is_rounded_and_reloaded() throws IOException {
    // given: a tiny deterministic training run
    Trainer trainer = new Trainer("en");
    List<Trainer.Example> ex =
        List.of(
            new Trainer.Example(
                "you should stop", io.github.peerled.rules.detect.Label.ADVICE, false, 1),
            new Trainer.Example(
                "I stopped last year", io.github.peerled.rules.detect.Label.SHARING, false, 1),
            new Trainer.Example(
                "how was it?", io.github.peerled.rules.detect.Label.QUESTION, false, 1),
            new Trainer.Example(
                "thanks so much", io.github.peerled.rules.detect.Label.OTHER, true, 1));
    Trainer.Options o = new Trainer.Options(30, 0.1, 1e-4, 1e-3, 10, 7L);

    Lexicon lex = Lexicon.load("en");
    FeatureExtractor fx = new FeatureExtractor(lex);

    // when: trained twice, and the first written in the model.tsv format and read back
    CueDetector a = trainer.train(ex, o);
    CueDetector b = trainer.train(ex, o);
    StringWriter written = new StringWriter();
    a.model().write(fx, written, List.of("written by a test"));
    Model read =
        Model.parse(Resources.rows(written.toString().lines().toList()), fx, "the written model");
    CueDetector reloaded = new CueDetector(new Tokenizer(lex), fx, read);

    // then: same seed, same weights, and the training examples are learnt
    assertThat(a.model().w).containsExactly(b.model().w);
    assertThat(a.classify("you should stop").label())
        .isEqualTo(io.github.peerled.rules.detect.Label.ADVICE);
    assertThat(a.classify("I stopped last year").label())
        .isEqualTo(io.github.peerled.rules.detect.Label.SHARING);
    // and the reloaded model scores exactly as the rounded one it was written from
    assertThat(read.w).containsExactly(a.model().w);
    assertThat(read.ngram).containsExactly(a.model().ngram);
    for (String text :
        List.of(
            "you should stop",
            "I stopped last year",
            "how was it?",
            "thanks so much",
            "When I was diagnosed I was terrified. You should join a group, honestly.",
            "Have you tried a CGM? It helped me a lot with nights.")) {
      double[] expected = new double[Model.K];
      double[] actual = new double[Model.K];
      a.classifyAsOneUnit(text, expected);
      reloaded.classifyAsOneUnit(text, actual);
      assertThat(actual).as(text).containsExactly(expected);
      assertThat(reloaded.classify(text)).as(text).isEqualTo(a.classify(text));
    }
  }
}
