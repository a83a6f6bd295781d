package io.github.peerled.rules.detect.internal;

import io.github.peerled.rules.detect.Label;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains the detector's linear model: multinomial logistic regression with AdaGrad and L2, over the
 * lexicon's features. Examples either carry a full label, or only say "not advice" (data sets that
 * label advice and nothing else): for those the loss is {@code -log(1 - p(advice))}, so they teach
 * the advice/non-advice boundary and leave the split between sharing, question and other to the
 * fully labelled examples. Deterministic for a given seed and example order. Not thread-safe; use
 * one instance per training run.
 */
public final class Trainer {
  /**
   * One training example.
   *
   * @param text the text, treated as one unit
   * @param label the label; for a partial example, {@link Label#ADVICE} or any other label meaning
   *     "not advice"
   * @param partial whether only advice versus not-advice is known
   * @param weight how much the example counts
   */
  public record Example(String text, Label label, boolean partial, double weight) {}

  /**
   * Training settings.
   *
   * @param epochs passes over the data
   * @param learningRate the AdaGrad step
   * @param l2Dense L2 strength on cue and structural weights
   * @param l2Ngram L2 strength on n-gram weights
   * @param ngramBits log2 of the number of n-gram buckets
   * @param seed the shuffling seed
   */
  public record Options(
      int epochs, double learningRate, double l2Dense, double l2Ngram, int ngramBits, long seed) {}

  private final Tokenizer tokenizer;
  private final FeatureExtractor fx;

  /**
   * Creates a trainer for a language's lexicon.
   *
   * @param language the resource folder name
   * @throws IllegalArgumentException if the lexicon is missing or malformed
   */
  public Trainer(String language) {
    Lexicon lex = Lexicon.load(language);
    this.tokenizer = new Tokenizer(lex);
    this.fx = new FeatureExtractor(lex);
  }

  private static final class Encoded {
    final int[] feats;
    final int[] buckets;
    final int label;
    final boolean partial;
    final float weight;

    Encoded(int[] feats, int[] buckets, int label, boolean partial, float weight) {
      this.feats = feats;
      this.buckets = buckets;
      this.label = label;
      this.partial = partial;
      this.weight = weight;
    }
  }

  private Encoded encode(Example e, int mask) {
    Tokens t = tokenizer.tokenize(e.text());
    Fired f = new Fired();
    fx.extract(t, 0, t.n, f, new Matches());
    boolean[] seen = new boolean[fx.featureCount()];
    int[] feats = new int[f.n];
    int nf = 0;
    for (int i = 0; i < f.n; i++) {
      if (!seen[f.feature[i]]) {
        seen[f.feature[i]] = true;
        feats[nf++] = f.feature[i];
      }
    }
    int[] buckets = new int[f.ngrams];
    for (int i = 0; i < f.ngrams; i++) {
      buckets[i] = Model.bucket(f.ngram[i], mask);
    }
    return new Encoded(
        java.util.Arrays.copyOf(feats, nf),
        buckets,
        Model.index(e.label()),
        e.partial(),
        (float) e.weight());
  }

  /**
   * Trains a detector.
   *
   * @param examples the training examples, in a fixed order
   * @param o the settings
   * @return the trained detector, with weights rounded as they will be stored
   */
  public CueDetector train(List<Example> examples, Options o) {
    Model m = new Model(fx.featureCount(), o.ngramBits());
    List<Encoded> data = new ArrayList<>(examples.size());
    for (Example e : examples) {
      data.add(encode(e, m.ngramMask));
    }
    int k = Model.K;
    int a = Model.A;
    double[] gw = new double[m.w.length];
    double[] gb = new double[k];
    double[] gn = new double[m.ngram.length];
    double[] p = new double[k];
    double[] g = new double[k];
    int[] order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random rnd = new Random(o.seed());
    double lr = o.learningRate();
    for (int epoch = 0; epoch < o.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      for (int idx : order) {
        Encoded e = data.get(idx);
        for (int c = 0; c < k; c++) {
          p[c] = m.bias[c];
        }
        for (int f : e.feats) {
          for (int c = 0; c < k; c++) {
            p[c] += m.w[f * k + c];
          }
        }
        for (int b : e.buckets) {
          for (int c = 0; c < k; c++) {
            p[c] += m.ngram[b * k + c];
          }
        }
        Model.softmax(p);
        if (e.partial && e.label != a) {
          double pa = Math.min(p[a], 1 - 1e-9);
          for (int c = 0; c < k; c++) {
            g[c] = c == a ? pa : -p[c] * pa / (1 - pa);
          }
        } else {
          for (int c = 0; c < k; c++) {
            g[c] = p[c] - (c == e.label ? 1 : 0);
          }
        }
        double wgt = e.weight;
        for (int c = 0; c < k; c++) {
          double d = g[c] * wgt;
          gb[c] += d * d;
          m.bias[c] -= (float) (lr * d / StrictMath.sqrt(gb[c] + 1e-8));
        }
        for (int f : e.feats) {
          for (int c = 0; c < k; c++) {
            int ix = f * k + c;
            double d = g[c] * wgt + o.l2Dense() * m.w[ix];
            gw[ix] += d * d;
            m.w[ix] -= (float) (lr * d / StrictMath.sqrt(gw[ix] + 1e-8));
          }
        }
        for (int b : e.buckets) {
          for (int c = 0; c < k; c++) {
            int ix = b * k + c;
            double d = g[c] * wgt + o.l2Ngram() * m.ngram[ix];
            gn[ix] += d * d;
            m.ngram[ix] -= (float) (lr * d / StrictMath.sqrt(gn[ix] + 1e-8));
          }
        }
      }
    }
    m.round();
    return new CueDetector(tokenizer, fx, m);
  }

  /**
   * Sets the temperature of a trained detector to the one that minimises the weighted log loss on
   * the given examples, scored as whole units, so that its confidence is calibrated: of the calls
   * made with confidence 0.8, about eight in ten are right. A partial example counts by its
   * advice-versus-not-advice probability.
   *
   * @param detector a detector returned by {@link #train}
   * @param dev the examples to calibrate on
   * @return the chosen temperature
   */
  public static double tuneTemperature(CueDetector detector, List<Example> dev) {
    Model m = detector.model();
    m.temperature = 1f;
    double[][] logits = new double[dev.size()][];
    for (int i = 0; i < dev.size(); i++) {
      double[] probs = new double[Model.K];
      detector.classifyAsOneUnit(dev.get(i).text(), probs);
      for (int c = 0; c < Model.K; c++) {
        probs[c] = StrictMath.log(Math.max(probs[c], 1e-12));
      }
      logits[i] = probs;
    }
    double best = 1.0;
    double bestLoss = Double.POSITIVE_INFINITY;
    double[] p = new double[Model.K];
    for (int step = 10; step <= 60; step++) {
      double temp = step / 20.0;
      double loss = 0;
      for (int i = 0; i < logits.length; i++) {
        System.arraycopy(logits[i], 0, p, 0, Model.K);
        Model.calibrate(p, temp);
        Example e = dev.get(i);
        int gold = Model.index(e.label());
        double q;
        if (e.partial()) {
          q = gold == Model.A ? p[Model.A] : 1 - p[Model.A];
        } else {
          q = p[gold];
        }
        loss -= e.weight() * StrictMath.log(Math.max(q, 1e-12));
      }
      if (loss < bestLoss - 1e-9) {
        bestLoss = loss;
        best = temp;
      }
    }
    m.temperature = (float) best;
    return best;
  }

  /**
   * Sets the advice threshold of a trained detector to the one that maximises advice F1 on the
   * given examples, each classified as a contribution, among the thresholds whose precision is at
   * least their recall: a wrong nudge costs a facilitator's trust, a missed one costs little (if no
   * threshold qualifies, the one of best F1). Then, the same way, sets how probable advice must be
   * to be called with no cue or directive form to show for it (from 0.5 to 1: 1 never calls it).
   *
   * @param detector a detector returned by {@link #train}
   * @param dev the examples to tune on
   * @return the chosen threshold
   */
  public static double tuneThreshold(CueDetector detector, List<Example> dev) {
    Model m = detector.model();
    m.bareAdvice = 1f;
    m.adviceThreshold = (float) best(detector, dev, 20, 80, 100.0, false);
    m.bareAdvice = (float) best(detector, dev, 10, 20, 20.0, true);
    return m.adviceThreshold;
  }

  /**
   * The best of the values {@code from/scale..to/scale} for the advice threshold, or for the bare
   * advice threshold if {@code bare}: of best F1 among those whose precision is at least their
   * recall.
   */
  private static double best(
      CueDetector detector, List<Example> dev, int from, int to, double scale, boolean bare) {
    Model m = detector.model();
    double best = to / scale;
    double bestF1 = -2;
    for (int step = from; step <= to; step++) {
      double th = step / scale;
      if (bare) {
        m.bareAdvice = (float) th;
      } else {
        m.adviceThreshold = (float) th;
      }
      double tp = 0;
      double fp = 0;
      double fn = 0;
      for (Example e : dev) {
        // the whole decision, sentences and clauses included, as a contribution is classified
        boolean pred = detector.classify(e.text()).label() == Label.ADVICE;
        boolean gold = e.label() == Label.ADVICE;
        if (pred && gold) {
          tp += e.weight();
        } else if (pred) {
          fp += e.weight();
        } else if (gold) {
          fn += e.weight();
        }
      }
      double f1 = tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
      if (fp > fn) {
        f1 -= 1; // precision below recall: only if nothing better qualifies
      }
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = th;
      }
    }
    return best;
  }

  /**
   * Writes a trained detector's model in the {@code model.tsv} format.
   *
   * @param detector a detector returned by {@link #train}
   * @param out the file to write
   * @param header comment lines for the top of the file
   * @throws IOException if writing fails
   */
  public void write(CueDetector detector, Path out, List<String> header) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      detector.model().write(fx, w, header);
    }
  }
}
