package io.github.peerled.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains the learned crisis reading ({@link CrisisModel}) and measures it by k-fold
 * cross-validation. The examples are the tuning halves of the two sets of voices ({@code
 * /safety/voices/}, {@code /safety/voices2/}; an utterance is held out when the first byte of the
 * SHA-256 of its UTF-8 text is below 128, and held-out utterances are never read here) and the
 * whole of the older sets ({@code crisis.txt}, {@code not-crisis.txt}, {@code crisis-reading.txt},
 * {@code not-crisis-reading.txt}), and ordinary group talk as negatives (see {@link #ORDINARY}). A
 * logistic regression over hashed features, trained by stochastic gradient descent with per-weight
 * step sizes (AdaGrad) and an L2 penalty, in an order shuffled by a fixed seed: the same data give
 * the same weights. Not thread-safe.
 */
final class CrisisTraining {
  static final int BITS = 16;
  static final int EPOCHS = 40;
  static final double RATE = 0.1;
  static final double L2 = 1e-4;
  static final long SEED = 20261203L;
  static final int FOLDS = 5;

  /**
   * The recall the threshold is chosen for: of the model alone, out of fold. The rules were tuned
   * on these very examples, so their recall here (above this target already) says little of unseen
   * text; the model is asked to reach the target without them, and rules or model reach at least as
   * much.
   */
  static final double TARGET_RECALL = 0.95;

  /** The sets, each a folder (split by hash) or a pair of whole files, positives first. */
  static final List<String[]> SETS =
      List.of(
          new String[] {"voices/crisis.txt", "voices/not-crisis.txt", "split"},
          new String[] {"voices2/crisis.txt", "voices2/not-crisis.txt", "split"},
          new String[] {"crisis.txt", "not-crisis.txt", "whole"},
          new String[] {"crisis-reading.txt", "not-crisis-reading.txt", "whole"});

  /**
   * Ordinary group talk, none of it a crisis: the tuning parts of the advice detector's labelled
   * sets (of a contrastive set, label, category and text, only the part its own split tunes on).
   */
  static final List<String> ORDINARY =
      List.of(
          "detect/tuning.tsv",
          "detect/counselling-tuning.tsv",
          "detect/contrast/counselling-info.tsv",
          "detect/contrast/forum-replies.tsv",
          "detect/contrast/group-talk.tsv",
          "detect/contrast/support-chat.tsv");

  /** One utterance: its features' buckets, its label, the rules' call and where it came from. */
  static final class Example {
    private final String text;
    private final int[] buckets;
    private final boolean crisis;
    private final boolean rules;
    private final String set;
    private final int words;

    Example(String text, int[] buckets, boolean crisis, boolean rules, String set, int words) {
      this.words = words;
      this.text = text;
      this.buckets = buckets;
      this.crisis = crisis;
      this.rules = rules;
      this.set = set;
    }

    String text() {
      return text;
    }

    int[] buckets() {
      return buckets;
    }

    boolean crisis() {
      return crisis;
    }

    boolean rules() {
      return rules;
    }

    String set() {
      return set;
    }

    int words() {
      return words;
    }
  }

  private final Analyzer analyzer;
  private final CrisisFeatures features;

  CrisisTraining() {
    Lexicon.Builder b =
        Lexicon.builder()
            .addLexicons(ClasspathLexicons.INSTANCE, "en", SharedAnalysis.SESSION_CUES)
            .addOptionalLexicons(ClasspathLexicons.INSTANCE, "en", SharedAnalysis.OPTIONAL_CUES);
    this.analyzer = new Analyzer(b.build(), null);
    this.features = CrisisFeatures.of(ClasspathLexicons.INSTANCE, "en");
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /** Whether an utterance of a set of voices is in its held-out half. */
  static boolean heldOut(String utterance) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(utterance.getBytes(StandardCharsets.UTF_8));
      return (d[0] & 0xff) < 128;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** Reads every training example, in file order. */
  List<Example> examples() {
    List<Example> out = new ArrayList<>();
    for (String[] set : SETS) {
      boolean split = set[2].equals("split");
      for (int i = 0; i < 2; i++) {
        for (String line : lines("/safety/" + set[i])) {
          if (split && heldOut(line)) {
            continue; // the held-out half is never read for training or tuning
          }
          out.add(example(line, i == 0, set[i]));
        }
      }
    }
    for (String file : ORDINARY) {
      for (String line : lines("/" + file)) {
        String[] f = line.split("\t", -1);
        if (f.length < 2) {
          throw new IllegalArgumentException(file + ": no tab in line: " + line);
        }
        String text = f[f.length - 1].strip();
        if (f.length == 3 && contrastHeldOut(text)) {
          continue; // the held-out part of a contrastive set is never trained or tuned on
        }
        out.add(example(text, false, file));
      }
    }
    return out;
  }

  /** As the advice detector splits a contrastive set: held out when the first byte is below 86. */
  static boolean contrastHeldOut(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return (d[0] & 0xff) < 86;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** Whether an example is ordinary group talk rather than of the crisis sets. */
  static boolean ordinary(Example e) {
    return e.set().startsWith("detect/");
  }

  Example example(String text, boolean crisis, String set) {
    Analysis a = analyzer.analyze(text);
    SafetyReading rules = SafetyReading.rules(a);
    int[] keys = new int[64];
    int[] n = {0};
    int[][] holder = {keys};
    features.visit(
        a,
        rules,
        key -> {
          if (n[0] == holder[0].length) {
            holder[0] = Arrays.copyOf(holder[0], n[0] * 2);
          }
          holder[0][n[0]++] = key & ((1 << BITS) - 1);
        });
    // each bucket once, in the order met, as the model counts them
    int[] distinct = Arrays.stream(holder[0], 0, n[0]).distinct().toArray();
    return new Example(text, distinct, crisis, rules.isCrisis(), set, a.tokenCount);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = CrisisTraining.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      List<String> out = new ArrayList<>();
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Weights and bias of a trained model. */
  static final class Weights {
    private final float[] w;
    private final float bias;

    Weights(float[] w, float bias) {
      this.w = w;
      this.bias = bias;
    }

    float[] w() {
      return w;
    }

    float bias() {
      return bias;
    }

    double logit(int[] buckets) {
      double z = bias;
      for (int b : buckets) {
        z += w[b];
      }
      return z;
    }

    double probability(int[] buckets) {
      return 1 / (1 + Math.exp(-logit(buckets)));
    }
  }

  /** Trains on some examples; deterministic for the same examples in the same order. */
  static Weights train(List<Example> examples) {
    int size = 1 << BITS;
    double[] w = new double[size];
    double[] g2 = new double[size];
    double bias = 0;
    double biasG2 = 0;
    Random random = new Random(SEED);
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int i : order) {
        Example e = examples.get(i);
        double z = bias;
        for (int b : e.buckets()) {
          z += w[b];
        }
        double g = 1 / (1 + Math.exp(-z)) - (e.crisis() ? 1 : 0);
        for (int b : e.buckets()) {
          double gb = g + L2 * w[b];
          g2[b] += gb * gb;
          w[b] -= RATE * gb / Math.sqrt(g2[b] + 1e-8);
        }
        biasG2 += g * g;
        bias -= RATE * g / Math.sqrt(biasG2 + 1e-8);
      }
    }
    float[] f = new float[size];
    for (int b = 0; b < size; b++) {
      f[b] = (float) w[b];
    }
    return new Weights(f, (float) bias);
  }

  /** The out-of-fold probability of every example, folds stratified by label, seeded. */
  static double[] crossValidate(List<Example> examples) {
    int[] fold = new int[examples.size()];
    Random random = new Random(SEED);
    for (boolean label : new boolean[] {true, false}) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (examples.get(i).crisis() == label) {
          idx.add(i);
        }
      }
      java.util.Collections.shuffle(idx, random);
      for (int k = 0; k < idx.size(); k++) {
        fold[idx.get(k)] = k % FOLDS;
      }
    }
    double[] p = new double[examples.size()];
    for (int f = 0; f < FOLDS; f++) {
      List<Example> train = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (fold[i] != f) {
          train.add(examples.get(i));
        }
      }
      Weights m = train(train);
      for (int i = 0; i < examples.size(); i++) {
        if (fold[i] == f) {
          p[i] = m.probability(examples.get(i).buckets());
        }
      }
    }
    return p;
  }

  /** Recall and false-alarm rate of a call. */
  record Rates(int found, int crises, int alarms, int calm) {
    double recall() {
      return crises == 0 ? 0 : (double) found / crises;
    }

    double falseAlarms() {
      return (double) alarms / calm;
    }
  }

  /**
   * How a call does on the examples of the crisis sets: with the rules, the model at a threshold,
   * or both.
   */
  static Rates rates(List<Example> ex, double[] p, boolean rules, double threshold) {
    return rates(ex, p, rules, threshold, false);
  }

  /** How a call does on the crisis sets, or on ordinary group talk. */
  static Rates rates(
      List<Example> ex, double[] p, boolean rules, double threshold, boolean ordinaryTalk) {
    int found = 0;
    int crises = 0;
    int alarms = 0;
    int calm = 0;
    for (int i = 0; i < ex.size(); i++) {
      Example e = ex.get(i);
      if (ordinary(e) != ordinaryTalk) {
        continue;
      }
      boolean call = (rules && e.rules()) || p[i] >= threshold;
      if (e.crisis()) {
        crises++;
        found += call ? 1 : 0;
      } else {
        calm++;
        alarms += call ? 1 : 0;
      }
    }
    return new Rates(found, crises, alarms, calm);
  }

  /**
   * The highest threshold (in steps of 0.01) at which the model alone reaches {@link
   * #TARGET_RECALL} on the out-of-fold probabilities.
   */
  static double threshold(List<Example> ex, double[] p) {
    for (int t = 95; t >= 1; t--) {
      if (rates(ex, p, false, t / 100.0).recall() >= TARGET_RECALL) {
        return t / 100.0;
      }
    }
    return 0.01;
  }
}
