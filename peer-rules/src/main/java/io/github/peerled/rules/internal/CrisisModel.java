package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learned crisis reading: a logistic regression over the hashed features of {@link
 * CrisisFeatures} (words and word pairs read through chat spellings, character four-grams, the
 * crisis reading's classes and the rules' own reading). It reads crisis said in words the rules do
 * not know; the safety rule calls a crisis when the rules or this model say so. The weights are a
 * resource ({@value #RESOURCE}) written by the project's trainer, never downloaded or changed at
 * run time: a line {@code bits<TAB>n}, {@code bias<TAB>w}, {@code threshold<TAB>p}, then one line
 * {@code bucket<TAB>weight} per weight that is not zero. Each bucket counts once per part (a
 * feature is present or not). The log-odds are the bias, the weights of the features of the whole
 * text (its classes and the rules' reading) and those of its weightiest part: its words as a whole,
 * or, for a text longer than {@value #WINDOW} words, its weightiest window of {@value #WINDOW}
 * words (windows overlap by half); or one of its sentences read as a clause of its own, with the
 * classes met in it and each two of them together. So a long text neither dilutes one risky
 * sentence nor adds up to one by repeating itself, and the trainer learns from the part it weighs
 * (see {@link CrisisFeatures.Sink#clause()}). Scoring is linear in the length of the text and
 * allocates nothing per word (a per-thread table marks the buckets counted). Immutable and
 * thread-safe once read.
 */
final class CrisisModel {
  /** The classpath resource of the English weights. */
  static final String RESOURCE = "/META-INF/peerled/lexicon/en/crisis-model.tsv";

  /** The most words weighed together; the examples the model learns from are mostly shorter. */
  static final int WINDOW = 48;

  /** The model that calls nothing (no weights, an unreachable threshold). */
  static final CrisisModel NONE = new CrisisModel(1, new float[2], 0f, 1f, CrisisFeatures.NONE);

  private static final class Holder {
    static final CrisisModel ENGLISH = load(RESOURCE);
  }

  private final int mask;
  private final float[] weights;
  private final float bias;
  private final float threshold;
  private final double logitThreshold;
  private final CrisisFeatures features;
  private final boolean clauses;

  CrisisModel(int bits, float[] weights, float bias, float threshold, CrisisFeatures features) {
    this(bits, weights, bias, threshold, features, true);
  }

  private CrisisModel(
      int bits,
      float[] weights,
      float bias,
      float threshold,
      CrisisFeatures features,
      boolean clauses) {
    if (weights.length != 1 << bits) {
      throw new IllegalArgumentException("expected " + (1 << bits) + " weights");
    }
    this.mask = (1 << bits) - 1;
    this.weights = weights;
    this.bias = bias;
    this.threshold = threshold;
    this.logitThreshold =
        threshold >= 1f ? Double.POSITIVE_INFINITY : StrictMath.log(threshold / (1.0 - threshold));
    this.features = features;
    this.clauses = clauses;
    int size = weights.length;
    this.seen = ThreadLocal.withInitial(() -> new Seen(size));
  }

  /** Returns the English model, read once from the classpath. */
  static CrisisModel english() {
    return Holder.ENGLISH;
  }

  /** The probability at or above which the model calls a crisis. */
  float threshold() {
    return threshold;
  }

  /**
   * The same model without its clauses: the words of the whole text (or of its windows) alone, as a
   * check of what reading each clause adds.
   */
  CrisisModel withoutClauses() {
    return new CrisisModel(
        Integer.numberOfTrailingZeros(weights.length), weights, bias, threshold, features, false);
  }

  /** The features this model reads. */
  CrisisFeatures features() {
    return features;
  }

  /**
   * Returns the model's log-odds that a contribution is a crisis disclosure.
   *
   * @param a the contribution's analysis
   * @param rules the rules' reading of it, without the model
   */
  double logit(Analysis a, SafetyReading rules) {
    Sum sum = new Sum(weights, mask, seen.get(), a.tokenCount, clauses);
    features.visit(a, rules, sum);
    return bias + sum.value();
  }

  /** Tells whether a log-odds of {@link #logit} reaches the model's threshold. */
  boolean calls(double logit) {
    return logit >= logitThreshold;
  }

  /** Tells whether the model calls the contribution a crisis disclosure. */
  boolean isCrisis(Analysis a, SafetyReading rules) {
    return a.tokenCount > 0 && logit(a, rules) >= logitThreshold;
  }

  /**
   * The words to show for the model's call: the sentence whose words weigh most toward a crisis,
   * from its first word to its last.
   */
  Span span(Analysis a) {
    int sentences = Math.max(1, a.sentenceCount);
    double best = Double.NEGATIVE_INFINITY;
    int bestSentence = 0;
    for (int s = 0; s < sentences; s++) {
      int from = a.sentenceCount == 0 ? 0 : a.sentenceFirstToken[s];
      int to = s + 1 < a.sentenceCount ? a.sentenceFirstToken[s + 1] : a.tokenCount;
      Sum sum = new Sum(weights, mask, seen.get(), 0, false);
      sum.whole();
      for (int t = from; t < to; t++) {
        sum.add(CrisisFeatures.mix(0x1001, features.word(a.tokenHash[t])));
      }
      if (to > from && sum.value() > best) {
        best = sum.value();
        bestSentence = s;
      }
    }
    int from = a.sentenceCount == 0 ? 0 : a.sentenceFirstToken[bestSentence];
    int to =
        bestSentence + 1 < a.sentenceCount ? a.sentenceFirstToken[bestSentence + 1] : a.tokenCount;
    if (to <= from) {
      return new Span(0, a.text.length());
    }
    return new Span(a.tokenStart[from], a.tokenEnd[to - 1]);
  }

  /** Per thread: which buckets a part has counted, by a stamp per part (never cleared). */
  private static final class Seen {
    final int[] first;
    final int[] second;
    final int[] third;
    int stamp;

    Seen(int size) {
      first = new int[size];
      second = new int[size];
      third = new int[size];
    }
  }

  private final ThreadLocal<Seen> seen;

  /**
   * Sums the weights of the features given to it, each bucket once per part: the features of the
   * whole text, plus the weightiest of its parts. The parts are the words of a text up to {@link
   * #WINDOW} words as a whole, or of a longer text its windows of {@link #WINDOW} words
   * (overlapping by half); and, when clauses are read, each clause with the classes met in it.
   */
  private static final class Sum implements CrisisFeatures.Sink {
    private final float[] weights;
    private final int mask;
    private final Seen seen;
    private final boolean windows;
    private final boolean clauses;
    private int first = -1; // the window of each of the two tracks, -1 before the first word
    private int second = -1;
    private int firstStamp;
    private int secondStamp;
    private double firstSum;
    private double secondSum;
    private double best = Double.NEGATIVE_INFINITY;
    private final int wordStamp;
    private double wordSum;
    private int clauseCount;
    private int clauseStamp;
    private double clauseSum;
    private double bestClause = Double.NEGATIVE_INFINITY;
    private boolean whole;
    private int wholeStamp;
    private double total;

    Sum(float[] weights, int mask, Seen seen, int words, boolean clauses) {
      this.weights = weights;
      this.mask = mask;
      this.seen = seen;
      this.windows = words > WINDOW;
      this.clauses = clauses;
      this.wordStamp = ++seen.stamp;
    }

    @Override
    public void token(int index) {
      if (!windows) {
        return;
      }
      int f = index / WINDOW;
      if (f != first) {
        best = first < 0 ? best : Math.max(best, firstSum);
        first = f;
        firstSum = 0;
        firstStamp = ++seen.stamp;
      }
      int s = (index + WINDOW / 2) / WINDOW;
      if (s != second) {
        best = second < 0 ? best : Math.max(best, secondSum);
        second = s;
        secondSum = 0;
        secondStamp = ++seen.stamp;
      }
    }

    @Override
    public void clause() {
      if (!clauses) {
        return;
      }
      endClause();
      clauseCount++;
      clauseSum = 0;
      clauseStamp = ++seen.stamp;
    }

    private void endClause() {
      if (clauseCount > 0) {
        bestClause = Math.max(bestClause, clauseSum);
      }
    }

    @Override
    public void clauseOnly(int key) {
      int b = key & mask;
      if (clauses && clauseCount > 0 && seen.third[b] != clauseStamp) {
        seen.third[b] = clauseStamp;
        clauseSum += weights[b];
      }
    }

    @Override
    public void whole() {
      if (clauses) {
        endClause();
      }
      whole = true;
      wholeStamp = ++seen.stamp;
    }

    @Override
    public void add(int key) {
      int b = key & mask;
      if (whole) {
        if (seen.first[b] != wholeStamp) {
          seen.first[b] = wholeStamp;
          total += weights[b];
        }
        return;
      }
      clauseOnly(key);
      if (!windows) {
        if (seen.first[b] != wordStamp) {
          seen.first[b] = wordStamp;
          wordSum += weights[b];
        }
        return;
      }
      if (seen.first[b] != firstStamp) {
        seen.first[b] = firstStamp;
        firstSum += weights[b];
      }
      if (seen.second[b] != secondStamp) {
        seen.second[b] = secondStamp;
        secondSum += weights[b];
      }
    }

    /** The sum of the whole text's features and of its weightiest part. */
    double value() {
      double words =
          windows
              ? Math.max(best, Math.max(first < 0 ? 0 : firstSum, second < 0 ? 0 : secondSum))
              : wordSum;
      return total + (clauses ? Math.max(words, bestClause) : words);
    }
  }

  /**
   * Reads a model from a classpath resource.
   *
   * @throws IllegalArgumentException if the resource is missing or a line is malformed, naming the
   *     line
   */
  static CrisisModel load(String resource) {
    try (InputStream in = CrisisModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no crisis model at " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        lines.add(l);
      }
      return parse(lines, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read crisis model " + resource, e);
    }
  }

  /**
   * Reads a model from the lines of its file.
   *
   * @throws IllegalArgumentException if a line is malformed, naming the source and line
   */
  static CrisisModel parse(List<String> lines, String source) {
    int bits = -1;
    float bias = 0f;
    float threshold = Float.NaN;
    float[] w = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = source + " line " + (i + 1) + " ('" + line + "')";
      try {
        if (f.length != 2) {
          throw new IllegalArgumentException("expected two fields separated by a tab");
        }
        switch (f[0]) {
          case "bits" -> {
            bits = Integer.parseInt(f[1]);
            if (bits < 1 || bits > 24 || w != null) {
              throw new IllegalArgumentException("bits must come first and lie in 1..24");
            }
            w = new float[1 << bits];
          }
          case "bias" -> bias = finite(f[1]);
          case "threshold" -> {
            threshold = finite(f[1]);
            if (!(threshold > 0f && threshold < 1f)) {
              throw new IllegalArgumentException("threshold must lie strictly between 0 and 1");
            }
          }
          default -> {
            if (w == null) {
              throw new IllegalArgumentException("a weight before the line 'bits'");
            }
            int b = Integer.parseInt(f[0]);
            if (b < 0 || b >= w.length) {
              throw new IllegalArgumentException("bucket out of range 0.." + (w.length - 1));
            }
            w[b] = finite(f[1]);
          }
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": not a number: " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    if (w == null || Float.isNaN(threshold)) {
      throw new IllegalArgumentException(source + ": needs the lines 'bits' and 'threshold'");
    }
    return new CrisisModel(
        bits, w, bias, threshold, CrisisFeatures.of(ClasspathLexicons.INSTANCE, "en"));
  }

  private static float finite(String s) {
    float v = Float.parseFloat(s.strip());
    if (!Float.isFinite(v)) {
      throw new NumberFormatException("not finite: " + s);
    }
    return v;
  }

  /** Writes the lines of a model's file, the weights rounded to six significant digits. */
  static List<String> lines(int bits, float[] weights, float bias, float threshold) {
    List<String> out = new ArrayList<>();
    out.add("bits\t" + bits);
    out.add(String.format(Locale.ROOT, "bias\t%.6g", bias));
    out.add(String.format(Locale.ROOT, "threshold\t%.4f", threshold));
    for (int b = 0; b < weights.length; b++) {
      if (weights[b] != 0f) {
        out.add(String.format(Locale.ROOT, "%d\t%.6g", b, weights[b]));
      }
    }
    return out;
  }
}
