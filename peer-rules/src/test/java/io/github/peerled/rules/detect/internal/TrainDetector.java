package io.github.peerled.rules.detect.internal;

import io.github.peerled.rules.detect.Label;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * <p>A tool of the detector's own, beside its tests because it needs the detector's internals and
 * the project's labelled sets. Usage, after {@code mvn -B -q -DskipTests package}: {@code java -cp
 * peer-rules/target/test-classes:peer-examples/target/peer.jar
 * io.github.peerled.rules.detect.internal.TrainDetector <advice-reddit-dir> <out-model.tsv>
 * <labelled.tsv> [labelled.tsv ...]}. Not thread-safe (a command-line entry point).
 */
public final class TrainDetector {
  /** Weight of one example of the project's own sets relative to one Reddit sentence. */
  static final double OWN_WEIGHT = 4.0;

  /** The two subreddit corpora of the advice data set. */
  static final List<String> REDDIT_CORPORA = List.of("askparents", "needadvice");

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
    for (String corpus : REDDIT_CORPORA) {
      train.addAll(reddit(reddit, corpus, "train"));
      dev.addAll(reddit(reddit, corpus, "dev"));
    }
    List<String> files = List.of(args).subList(2, args.length);
    for (String f : files) {
      own.addAll(labelled(Path.of(f)));
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

  /**
   * Reads one split of the Reddit advice data set (columns ID, Majority_label, DS_Label, Sentence,
   * optionally Flair). Label 1 becomes {@link Label#ADVICE}, 0 becomes {@link Label#OTHER}, meaning
   * "not advice".
   */
  private static List<Trainer.Example> reddit(Path dir, String corpus, String split)
      throws IOException {
    Path f = dir.resolve(corpus + "_" + split + ".tsv");
    List<Trainer.Example> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] c = lines.get(i).split("\t", -1);
      if (c.length < 4) {
        continue;
      }
      Label label = c[1].strip().equals("1") ? Label.ADVICE : Label.OTHER;
      out.add(new Trainer.Example(c[3], label, true, 1.0));
    }
    return out;
  }

  /**
   * Reads a labelled TSV file ({@code label<TAB>text}; blank lines and {@code #} comments are
   * skipped), each example weighing {@link #OWN_WEIGHT}.
   */
  private static List<Trainer.Example> labelled(Path file) throws IOException {
    List<Trainer.Example> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(file + ": no tab in line: " + line);
      }
      Label label = Label.fromCode(line.substring(0, tab));
      String text = line.substring(tab + 1);
      int second = text.indexOf('\t');
      if (second >= 0) {
        text = text.substring(second + 1); // a contrastive set: label, category, text
        if (contrastHeldOut(text)) {
          continue; // the held-out part of a contrastive set is never trained or tuned on
        }
      }
      out.add(new Trainer.Example(text, label, false, OWN_WEIGHT));
    }
    return out;
  }

  /**
   * Whether a sentence of a contrastive set is in its held-out part: the first byte of the SHA-256
   * of its UTF-8 text, read unsigned, is below 86.
   */
  static boolean contrastHeldOut(String text) {
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(StandardCharsets.UTF_8));
      return (d[0] & 0xff) < 86;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
