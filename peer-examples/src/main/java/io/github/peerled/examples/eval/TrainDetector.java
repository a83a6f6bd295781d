package io.github.peerled.examples.eval;

import io.github.peerled.rules.detect.Label;
import io.github.peerled.rules.detect.internal.CueDetector;
import io.github.peerled.rules.detect.internal.Trainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the English detector's weights ({@code model.tsv}) from the Reddit advice data set (train
 * and dev splits, advice versus not-advice) and the project's own tuning set (four labels).
 * Deterministic: fixed seed, files read in a fixed order.
 *
 * <p>Usage: {@code java -cp peer.jar io.github.peerled.examples.eval.TrainDetector
 * <advice-reddit-dir> <tuning.tsv> <out-model.tsv>}. Not thread-safe (a command-line entry point).
 */
public final class TrainDetector {
  /** Weight of one example of the project's own tuning set relative to one Reddit sentence. */
  static final double TUNING_WEIGHT = 4.0;

  /** The training settings. */
  static final Trainer.Options OPTIONS = new Trainer.Options(12, 0.05, 1e-4, 1e-3, 16, 20240611L);

  private TrainDetector() {}

  /**
   * Trains and writes the model.
   *
   * @param args the Reddit data directory, the tuning TSV, the output file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: TrainDetector <advice-reddit-dir> <tuning.tsv> <out-model.tsv>");
      System.exit(2);
    }
    Path reddit = Path.of(args[0]);
    List<Trainer.Example> train = new ArrayList<>();
    List<Trainer.Example> dev = new ArrayList<>();
    for (String corpus : DetectorData.REDDIT_CORPORA) {
      for (String split : List.of("train", "dev")) {
        for (DetectorData.Item it : DetectorData.reddit(reddit, corpus, split)) {
          Trainer.Example e = new Trainer.Example(it.text(), it.label(), true, 1.0);
          train.add(e);
          if (split.equals("dev")) {
            dev.add(e);
          }
        }
      }
    }
    for (DetectorData.Item it : DetectorData.labelled(Path.of(args[1]))) {
      Trainer.Example e = new Trainer.Example(it.text(), it.label(), false, TUNING_WEIGHT);
      train.add(e);
      dev.add(e);
    }
    Trainer trainer = new Trainer("en");
    CueDetector d = trainer.train(train, OPTIONS);
    double th = Trainer.tuneThreshold(d, dev);
    System.out.println(
        String.format(Locale.ROOT, "examples %d, advice threshold %.2f", train.size(), th));
    long advice = train.stream().filter(e -> e.label() == Label.ADVICE).count();
    System.out.println("advice examples " + advice);
    trainer.write(
        d,
        Path.of(args[2]),
        List.of(
            "Weights of the English sharing/advice detector. Generated; do not edit by hand.",
            "Reproduce: java -cp peer-examples/target/peer.jar"
                + " io.github.peerled.examples.eval.TrainDetector <advice-reddit-dir>"
                + " peer-rules/src/test/resources/detect/tuning.tsv"
                + " peer-rules/src/main/resources/META-INF/peerled/detect/en/model.tsv",
            "Settings: " + OPTIONS + ", tuning weight " + TUNING_WEIGHT,
            "Trained on the advice-reddit data set (train+dev), MIT licence, Copyright (c) 2020"
                + " Venkat; see NOTICE.md beside this file."));
  }
}
