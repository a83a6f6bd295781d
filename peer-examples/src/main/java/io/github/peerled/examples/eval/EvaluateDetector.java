package io.github.peerled.examples.eval;

import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Detectors;
import io.github.peerled.rules.detect.EvidenceSpan;
import io.github.peerled.rules.detect.Label;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints how well the default detector does: precision, recall and F1 for advice on the test splits
 * of the Reddit advice data set (which labels advice only), and for advice and sharing on labelled
 * TSV files, with confusion matrices.
 *
 * <p>Usage: {@code java -cp peer.jar io.github.peerled.examples.eval.EvaluateDetector [--errors]
 * <advice-reddit-dir> [labelled.tsv ...]}. With {@code --errors}, every misclassified labelled line
 * (and every Reddit dev-split error) is printed with its evidence, for error analysis. Not
 * thread-safe (a command-line entry point).
 */
public final class EvaluateDetector {
  private EvaluateDetector() {}

  /**
   * Runs the evaluation.
   *
   * @param args the Reddit data directory, then any number of labelled TSV files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<String> a = List.of(args);
    boolean errors = !a.isEmpty() && a.get(0).equals("--errors");
    if (errors) {
      a = a.subList(1, a.size());
    }
    if (a.isEmpty()) {
      System.err.println(
          "usage: EvaluateDetector [--errors] <advice-reddit-dir> [labelled.tsv ...]  (see the"
              + " detector README)");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ContributionClassifier d = Detectors.defaultDetector();
    Path reddit = Path.of(a.get(0));
    List<String> labelled = a.subList(1, a.size());
    if (errors) {
      printErrors(d, reddit, labelled, out);
    } else {
      run(d, reddit, labelled, out);
    }
  }

  /**
   * Prints the misclassified items: of the labelled files, and of the Reddit dev splits (never the
   * test splits), one per line as {@code gold->predicted<TAB>text<TAB>evidence}.
   *
   * @param d the detector
   * @param redditDir the Reddit data directory; skipped if absent
   * @param labelled labelled TSV files
   * @param out where to print
   * @throws IOException if a file cannot be read
   */
  public static void printErrors(
      ContributionClassifier d, Path redditDir, List<String> labelled, PrintStream out)
      throws IOException {
    for (String f : labelled) {
      out.println("== errors in " + Path.of(f).getFileName());
      for (DetectorData.Item it : DetectorData.labelled(Path.of(f))) {
        Classification c = d.classify(it.text());
        if (c.label() != it.label()) {
          out.println(line(it, c, c.label()));
        }
      }
    }
    if (Files.isDirectory(redditDir)) {
      for (String corpus : DetectorData.REDDIT_CORPORA) {
        out.println("== errors in reddit " + corpus + "_dev (advice vs not advice)");
        for (DetectorData.Item it : DetectorData.reddit(redditDir, corpus, "dev")) {
          Classification c = d.classify(it.text());
          Label p = c.label() == Label.ADVICE ? Label.ADVICE : Label.OTHER;
          if (p != it.label()) {
            out.println(line(it, c, p));
          }
        }
      }
    }
  }

  private static String line(DetectorData.Item it, Classification c, Label predicted) {
    StringBuilder sb = new StringBuilder();
    sb.append(it.label().code()).append("->").append(predicted.code());
    sb.append(String.format(Locale.ROOT, " %.2f\t", c.confidence())).append(it.text()).append('\t');
    for (EvidenceSpan e : c.evidence()) {
      sb.append(e.label().code()).append(':').append(e.cue()).append('"').append(e.text());
      sb.append("\" ");
    }
    return sb.toString();
  }

  /**
   * Evaluates a detector and prints the report.
   *
   * @param d the detector
   * @param redditDir the Reddit data directory; skipped with a note if absent
   * @param labelled labelled TSV files
   * @param out where to print
   * @throws IOException if a file cannot be read
   */
  public static void run(
      ContributionClassifier d, Path redditDir, List<String> labelled, PrintStream out)
      throws IOException {
    if (Files.isDirectory(redditDir)) {
      Scores all = new Scores();
      for (String corpus : DetectorData.REDDIT_CORPORA) {
        Scores s = new Scores();
        for (DetectorData.Item it : DetectorData.reddit(redditDir, corpus, "test")) {
          Label p = d.classify(it.text()).label() == Label.ADVICE ? Label.ADVICE : Label.OTHER;
          s.add(it.label(), p);
          all.add(it.label(), p);
        }
        report(out, "reddit " + corpus + "_test (advice vs not advice)", s, true);
      }
      report(out, "reddit both test splits (advice vs not advice)", all, true);
    } else {
      out.println("Reddit advice data not found at " + redditDir + ": skipped");
    }
    for (String f : labelled) {
      Scores s = new Scores();
      for (DetectorData.Item it : DetectorData.labelled(Path.of(f))) {
        s.add(it.label(), d.classify(it.text()).label());
      }
      report(out, Path.of(f).getFileName().toString(), s, false);
    }
  }

  private static void report(PrintStream out, String title, Scores s, boolean binary) {
    out.println("== " + title + ", n=" + s.total());
    out.println(s.line(Label.ADVICE));
    if (binary) {
      out.print(s.matrix(Label.ADVICE, Label.OTHER).replace("other ", "not-adv"));
    } else {
      out.println(s.line(Label.SHARING));
      out.println(s.line(Label.QUESTION));
      out.println(s.line(Label.OTHER));
      out.println(String.format(Locale.ROOT, "accuracy %.3f", s.accuracy()));
      out.print(s.matrix(Label.values()));
    }
    out.println();
  }
}
