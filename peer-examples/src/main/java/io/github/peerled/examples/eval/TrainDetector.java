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
 * split only, advice versus not-advice) and the project's own labelled sets (four labels; of a
 * contrastive set, whose path names {@code contrast}, only the tuning part). The temperature that
 * calibrates the confidence and the advice threshold are then tuned on the Reddit dev split
 * together with the project's sets, each side weighted half. Deterministic: fixed seed, files read
 * in a fixed order.
 *
 * <p>Usage: {@code java -cp peer.jar io.github.peerled.examples.eval.TrainDetector
 * <advice-reddit-dir> <out-model.tsv> <labelled.tsv> [labelled.tsv ...]}. Not thread-safe (a
 * command-line entry point).
 */
public final class TrainDetector {
  /** Weight of one example of the project's own sets relative to one Reddit sentence. */
  static final double OWN_WEIGHT = 4.0;

  /** The training settings. */
  static final Trainer.Options OPTIONS =
      new Trainer.Options(
          12, 0.05, 1e-4, Double.parseDouble(System.getProperty("l2n", "1e-3")), 16, 20240611L);

  private TrainDetector() {}

  /**
   * Trains and writes the model.
   *
   * @param args the Reddit data directory, the output file, then the labelled TSV files
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println(
          "usage: TrainDetector <advice-reddit-dir> <out-model.tsv> <labelled.tsv>"
              + " [labelled.tsv ...]");
      System.exit(2);
    }
    Path reddit = Path.of(args[0]);
    List<Trainer.Example> train = new ArrayList<>();
    List<Trainer.Example> dev = new ArrayList<>();
    List<Trainer.Example> own = new ArrayList<>();
    for (String corpus : DetectorData.REDDIT_CORPORA) {
      for (DetectorData.Item it : DetectorData.reddit(reddit, corpus, "train")) {
        train.add(new Trainer.Example(it.text(), it.label(), true, 1.0));
      }
      for (DetectorData.Item it : DetectorData.reddit(reddit, corpus, "dev")) {
        dev.add(new Trainer.Example(it.text(), it.label(), true, 1.0));
      }
    }
    List<String> files = List.of(args).subList(2, args.length);
    for (String f : files) {
      boolean contrast = f.contains("contrast");
      for (DetectorData.Item it : DetectorData.labelled(Path.of(f))) {
        if (contrast && DetectorData.contrastHeldOut(it.text())) {
          continue; // the held-out part of a contrastive set is never trained or tuned on
        }
        own.add(new Trainer.Example(it.text(), it.label(), false, OWN_WEIGHT));
      }
    }
    train.addAll(own);
    // the threshold sees the Reddit dev split and the own sets with equal total weight
    double ownScale = (double) dev.size() / own.size();
    for (Trainer.Example e : own) {
      dev.add(new Trainer.Example(e.text(), e.label(), false, ownScale));
    }
    Trainer trainer = new Trainer("en");
    CueDetector d = trainer.train(train, OPTIONS);
    double temperature = Trainer.tuneTemperature(d, dev);
    double th = Trainer.tuneThreshold(d, dev);
    System.out.println(
        String.format(
            Locale.ROOT,
            "examples %d, temperature %.2f, advice threshold %.2f",
            train.size(),
            temperature,
            th));
    long advice = train.stream().filter(e -> e.label() == Label.ADVICE).count();
    System.out.println("advice examples " + advice);
    List<String> names = files.stream().map(f -> Path.of(f).getFileName().toString()).toList();
    trainer.write(
        d,
        Path.of(args[1]),
        List.of(
            "Weights of the English sharing/advice detector. Generated; do not edit by hand.",
            "Reproduce: see NOTICE.md beside this file (TrainDetector). Own sets: "
                + String.join(" ", names),
            "Settings: " + OPTIONS + ", own-set weight " + OWN_WEIGHT,
            "Trained on the advice-reddit data set (train split; dev split for the threshold), MIT"
                + " licence, Copyright (c) 2020 Venkat; see NOTICE.md beside this file."));
  }
}
