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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Prints how well the default detector does: precision, recall and F1 for advice on the test splits
 * of the Reddit advice data set (which labels advice only), and for advice and sharing on labelled
 * TSV files, with confusion matrices.
 *
 * <p>Usage: {@code java -cp peer.jar io.github.peerled.examples.eval.EvaluateDetector [--errors]
 * [--split tuning|heldout|whole] <advice-reddit-dir> [labelled.tsv ...]}. With {@code --errors},
 * every misclassified labelled line (and every Reddit dev-split error) is printed with its
 * evidence, for error analysis. Files in the three-column contrast format ({@code
 * label<TAB>category<TAB>text}) need {@code --split}: only that part of them is read (see {@link
 * DetectorData.Split}), and the report adds the accuracy of each category. Not thread-safe (a
 * command-line entry point).
 */
public final class EvaluateDetector {
  private EvaluateDetector() {}

  /**
   * Runs the evaluation.
   *
   * @param args the options, the Reddit data directory, then any number of labelled TSV files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<String> a = new ArrayList<>(List.of(args));
    boolean errors = false;
    DetectorData.@Nullable Split split = null;
    while (!a.isEmpty() && a.get(0).startsWith("--")) {
      String option = a.remove(0);
      if (option.equals("--errors")) {
        errors = true;
      } else if (option.equals("--split") && !a.isEmpty()) {
        split = DetectorData.Split.of(a.remove(0));
      } else {
        usage("unknown option: " + option);
      }
    }
    if (a.isEmpty()) {
      usage("no Reddit data directory given");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ContributionClassifier d = Detectors.defaultDetector();
    Path reddit = Path.of(a.get(0));
    List<String> labelled = new ArrayList<>();
    List<String> contrast = new ArrayList<>();
    for (String f : a.subList(1, a.size())) {
      (DetectorData.isContrast(Path.of(f)) ? contrast : labelled).add(f);
    }
    if (!contrast.isEmpty() && split == null) {
      usage("contrast files need --split tuning, heldout or whole: " + contrast);
    }
    if (errors) {
      printErrors(d, reddit, labelled, out);
    } else {
      run(d, reddit, labelled, out);
    }
    if (split != null && !contrast.isEmpty()) {
      if (errors) {
        printContrastErrors(d, contrast, split, out);
      } else {
        runContrast(d, contrast, split, out);
      }
    }
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(
        "usage: EvaluateDetector [--errors] [--split tuning|heldout|whole] <advice-reddit-dir>"
            + " [labelled.tsv ...]  (see the detector README)");
    System.exit(2);
  }

  /**
   * Evaluates a detector on one part of contrast-set files and prints, per file and for all files
   * together, precision, recall and F1 per label with the confusion matrix, then the accuracy of
   * each category over all files.
   *
   * @param d the detector
   * @param files contrast-set files ({@code label<TAB>category<TAB>text})
   * @param split which part of the files to read
   * @param out where to print
   * @throws IOException if a file cannot be read
   */
  public static void runContrast(
      ContributionClassifier d, List<String> files, DetectorData.Split split, PrintStream out)
      throws IOException {
    String part = split.name().toLowerCase(Locale.ROOT) + " part";
    Scores all = new Scores();
    CategoryTable categories = new CategoryTable();
    for (String f : files) {
      Scores s = new Scores();
      for (DetectorData.ContrastItem it : DetectorData.contrast(Path.of(f), split)) {
        Label p = d.classify(it.text()).label();
        s.add(it.label(), p);
        all.add(it.label(), p);
        categories.add(it.category(), it.label(), p);
      }
      report(out, Path.of(f).getFileName() + ", " + part, s, false);
    }
    report(out, "contrast set, all registers, " + part, all, false);
    out.println("== contrast set per category, " + part);
    out.println(categories.render());
  }

  /**
   * Prints the misclassified items of one part of contrast-set files, one per line as {@code
   * category<TAB>gold->predicted<TAB>text<TAB>evidence}.
   *
   * @param d the detector
   * @param files contrast-set files
   * @param split which part of the files to read
   * @param out where to print
   * @throws IOException if a file cannot be read
   */
  public static void printContrastErrors(
      ContributionClassifier d, List<String> files, DetectorData.Split split, PrintStream out)
      throws IOException {
    for (String f : files) {
      out.println(
          "== errors in "
              + Path.of(f).getFileName()
              + ", "
              + split.name().toLowerCase(Locale.ROOT));
      for (DetectorData.ContrastItem it : DetectorData.contrast(Path.of(f), split)) {
        Classification c = d.classify(it.text());
        if (c.label() != it.label()) {
          out.println(it.category() + "\t" + line(it.item(), c, c.label()));
        }
      }
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
