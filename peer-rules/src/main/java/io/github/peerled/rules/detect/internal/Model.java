package io.github.peerled.rules.detect.internal;

import io.github.peerled.rules.detect.Label;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A multinomial logistic regression over the dense features (one weight per feature and label) plus
 * hashed n-gram weights (one per bucket and label), with a temperature that calibrates the
 * probabilities. Stored as {@code model.tsv}: weights by feature name, so the lexicon can grow
 * without breaking an older model (new cues weigh 0 until retrained). Weights are never written
 * after construction except by {@link Trainer}; safe to share between threads once built.
 */
public final class Model {
  /** Label order of every weight vector: the declaration order of {@link Label}. */
  public static final Label[] LABELS = Label.values();

  static final int K = LABELS.length;
  static final int A = index(Label.ADVICE);

  /**
   * The position of a label in weight vectors.
   *
   * @param l the label
   * @return its index in {@link #LABELS}, which is {@link Label#values()}
   */
  @SuppressWarnings("EnumOrdinal") // LABELS is values(), so the ordinal is the index by definition
  static int index(Label l) {
    return l.ordinal();
  }

  final int features;
  final int ngramBits;
  final int ngramMask;
  final float[] bias = new float[K];
  final float[] w;
  final float[] ngram;
  float adviceThreshold = 0.5f;
  float temperature = 1f;

  /**
   * How probable advice must be to be called without a phrase to show for it (a cue or a directive
   * form); below it, advice read from the words alone is not called.
   */
  float bareAdvice = 1f;

  Model(int features, int ngramBits) {
    this.features = features;
    this.ngramBits = ngramBits;
    this.ngramMask = (1 << ngramBits) - 1;
    this.w = new float[features * K];
    this.ngram = new float[K << ngramBits];
  }

  static int bucket(int key, int mask) {
    int x = key * 0x9E3779B9;
    return (x ^ (x >>> 15)) & mask;
  }

  /**
   * Loads a language's model.
   *
   * @param language the resource folder
   * @param fx the feature extractor that names the features
   * @return the model
   * @throws IllegalArgumentException if the model is missing or malformed
   */
  static Model load(String language, FeatureExtractor fx) {
    return parse(Resources.rows(language, "model.tsv"), fx, "model.tsv for " + language);
  }

  /**
   * Reads a model from the rows of a {@code model.tsv} (as {@link Resources} splits them).
   *
   * @param rows the rows, without blank and comment lines
   * @param fx the feature extractor that names the features
   * @param source what the rows were read from, for the error message
   * @return the model
   * @throws IllegalArgumentException if a row is malformed
   */
  static Model parse(List<String[]> rows, FeatureExtractor fx, String source) {
    int bits = 16;
    for (String[] r : rows) {
      if (r[0].equals("ngram-bits")) {
        bits = Integer.parseInt(r[1].strip());
      }
    }
    Model m = new Model(fx.featureCount(), bits);
    try {
      for (String[] r : rows) {
        switch (r[0]) {
          case "ngram-bits" -> {}
          case "advice-threshold" -> m.adviceThreshold = Float.parseFloat(r[1]);
          case "temperature" -> m.temperature = positive(Float.parseFloat(r[1]));
          case "bare-advice-threshold" -> m.bareAdvice = Float.parseFloat(r[1]);
          case "bias" -> readVector(r[1], m.bias, 0);
          case "w" -> {
            int f = fx.featureIndex(r[1]);
            if (f >= 0) {
              readVector(r[2], m.w, f * K);
            }
          }
          case "n" -> readNgram(r, m);
          default -> throw new IllegalArgumentException("unknown row kind: " + r[0]);
        }
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("malformed " + source + ": " + e, e);
    }
    return m;
  }

  private static float positive(float t) {
    if (!(t > 0f)) {
      throw new IllegalArgumentException("temperature must be positive: " + t);
    }
    return t;
  }

  /** An n-gram row: a bucket and either one weight per label or, in older models, advice only. */
  private static void readNgram(String[] r, Model m) {
    int b = Integer.parseInt(r[1]);
    if (b < 0 || b > m.ngramMask) {
      throw new IllegalArgumentException("n-gram bucket out of range: " + b);
    }
    if (r[2].strip().indexOf(' ') < 0) {
      m.ngram[b * K + A] = Float.parseFloat(r[2]);
    } else {
      readVector(r[2], m.ngram, b * K);
    }
  }

  private static void readVector(String s, float[] into, int off) {
    String[] p = s.strip().split(" +", -1);
    if (p.length != K) {
      throw new IllegalArgumentException("expected " + K + " weights: " + s);
    }
    for (int i = 0; i < K; i++) {
      into[off + i] = Float.parseFloat(p[i]);
    }
  }

  /**
   * Writes the model in the {@code model.tsv} format.
   *
   * @param fx the feature extractor that names the features
   * @param out where to write
   * @param header comment lines to put first (without the leading {@code #})
   * @throws IOException if writing fails
   */
  void write(FeatureExtractor fx, Writer out, List<String> header) throws IOException {
    for (String h : header) {
      out.write("# " + h + "\n");
    }
    out.write("# labels: advice sharing question other\n");
    out.write("ngram-bits\t" + ngramBits + "\n");
    out.write("advice-threshold\t" + fmt(adviceThreshold) + "\n");
    out.write("temperature\t" + fmt(temperature) + "\n");
    out.write("bare-advice-threshold\t" + fmt(bareAdvice) + "\n");
    out.write("bias\t" + vector(bias, 0) + "\n");
    for (int f = 0; f < features; f++) {
      out.write("w\t" + fx.featureName(f) + "\t" + vector(w, f * K) + "\n");
    }
    for (int b = 0; b < ngram.length / K; b++) {
      boolean any = false;
      for (int k = 0; k < K; k++) {
        any |= Math.abs(ngram[b * K + k]) >= 0.0005f;
      }
      if (any) {
        out.write("n\t" + b + "\t" + vector(ngram, b * K) + "\n");
      }
    }
  }

  private static String vector(float[] a, int off) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < K; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(fmt(a[off + i]));
    }
    return sb.toString();
  }

  private static String fmt(float v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    return s.equals("-0.000") ? "0.000" : s;
  }

  /** Rounds the weights as {@link #write} would, so a trained model scores like a loaded one. */
  void round() {
    roundAll(bias);
    roundAll(w);
    for (int i = 0; i < ngram.length; i++) {
      float v = ngram[i];
      ngram[i] = Math.abs(v) >= 0.0005f ? Float.parseFloat(fmt(v)) : 0f;
    }
    adviceThreshold = Float.parseFloat(fmt(adviceThreshold));
    temperature = Float.parseFloat(fmt(temperature));
    bareAdvice = Float.parseFloat(fmt(bareAdvice));
  }

  private static void roundAll(float[] a) {
    for (int i = 0; i < a.length; i++) {
      a[i] = Float.parseFloat(fmt(a[i]));
    }
  }

  /**
   * Computes label probabilities for one unit.
   *
   * @param fired the unit's features
   * @param seen scratch of {@link #features} ints, used to count each feature once
   * @param stamp a value not yet used in {@code seen} for this call
   * @param probs receives the probabilities, in {@link #LABELS} order
   */
  void score(Fired fired, int[] seen, int stamp, double[] probs) {
    double[] z = probs;
    for (int k = 0; k < K; k++) {
      z[k] = bias[k];
    }
    for (int i = 0; i < fired.n; i++) {
      int f = fired.feature[i];
      if (seen[f] == stamp) {
        continue;
      }
      seen[f] = stamp;
      int o = f * K;
      for (int k = 0; k < K; k++) {
        z[k] += w[o + k];
      }
    }
    for (int i = 0; i < fired.ngrams; i++) {
      int o = bucket(fired.ngram[i], ngramMask) * K;
      for (int k = 0; k < K; k++) {
        z[k] += ngram[o + k];
      }
    }
    calibrate(z, temperature);
  }

  /** Turns scores into probabilities, softened or sharpened by a temperature. */
  static void calibrate(double[] z, double temperature) {
    if (temperature != 1.0) {
      for (int k = 0; k < K; k++) {
        z[k] /= temperature;
      }
    }
    softmax(z);
  }

  static void softmax(double[] z) {
    double max = z[0];
    for (int k = 1; k < K; k++) {
      max = Math.max(max, z[k]);
    }
    double sum = 0;
    for (int k = 0; k < K; k++) {
      z[k] = StrictMath.exp(z[k] - max);
      sum += z[k];
    }
    for (int k = 0; k < K; k++) {
      z[k] /= sum;
    }
  }

  /**
   * The label of a unit given its probabilities: advice when its probability reaches the tuned
   * threshold, otherwise the most probable of the others.
   */
  int decide(double[] probs) {
    if (probs[A] >= adviceThreshold) {
      return A;
    }
    int best = -1;
    for (int k = 0; k < K; k++) {
      if (k != A && (best < 0 || probs[k] > probs[best])) {
        best = k;
      }
    }
    return best;
  }
}
