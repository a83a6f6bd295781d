package io.github.peerled.examples.eval;

import io.github.peerled.rules.detect.Label;
import java.util.Locale;

/**
 * A confusion matrix over the four labels, with precision, recall and F1 per label. Not
 * thread-safe.
 */
public final class Scores {
  private static final int N = Label.values().length;
  private final long[][] m = new long[N][N];

  /**
   * Counts one prediction.
   *
   * @param gold the gold label
   * @param predicted the predicted label
   */
  public void add(Label gold, Label predicted) {
    m[index(gold)][index(predicted)]++;
  }

  /**
   * Precision of a label.
   *
   * @param l the label
   * @return true positives over predicted positives, 0 if none predicted
   */
  public double precision(Label l) {
    long tp = m[index(l)][index(l)];
    long p = 0;
    for (int g = 0; g < N; g++) {
      p += m[g][index(l)];
    }
    return p == 0 ? 0 : (double) tp / p;
  }

  /**
   * Recall of a label.
   *
   * @param l the label
   * @return true positives over gold positives, 0 if none
   */
  public double recall(Label l) {
    long tp = m[index(l)][index(l)];
    long g = 0;
    for (int p = 0; p < N; p++) {
      g += m[index(l)][p];
    }
    return g == 0 ? 0 : (double) tp / g;
  }

  /**
   * F1 of a label.
   *
   * @param l the label
   * @return the harmonic mean of precision and recall, 0 if both are 0
   */
  public double f1(Label l) {
    double p = precision(l);
    double r = recall(l);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * How many items were counted.
   *
   * @return the total
   */
  public long total() {
    long t = 0;
    for (long[] row : m) {
      for (long v : row) {
        t += v;
      }
    }
    return t;
  }

  /**
   * The share of items whose predicted label equals the gold label.
   *
   * @return the accuracy, 0 if nothing was counted
   */
  public double accuracy() {
    long ok = 0;
    for (int i = 0; i < N; i++) {
      ok += m[i][i];
    }
    long t = total();
    return t == 0 ? 0 : (double) ok / t;
  }

  /**
   * A one-line summary for a label.
   *
   * @param l the label
   * @return for example {@code "advice P=0.712 R=0.650 F1=0.680"}
   */
  public String line(Label l) {
    return String.format(
        Locale.ROOT, "%-8s P=%.3f R=%.3f F1=%.3f", l.code(), precision(l), recall(l), f1(l));
  }

  /**
   * The confusion matrix as text, gold labels in rows.
   *
   * @param labels the labels to show, in order
   * @return the matrix
   */
  public String matrix(Label... labels) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-14s", "gold\\pred"));
    for (Label p : labels) {
      sb.append(String.format(Locale.ROOT, "%9s", p.code()));
    }
    sb.append('\n');
    for (Label g : labels) {
      sb.append(String.format(Locale.ROOT, "%-14s", g.code()));
      for (Label p : labels) {
        sb.append(String.format(Locale.ROOT, "%9d", m[index(g)][index(p)]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The row or column of a label: its position in {@link Label#values()}. */
  @SuppressWarnings("EnumOrdinal") // the matrix is sized by values(), so the ordinal is the index
  private static int index(Label l) {
    return l.ordinal();
  }
}
