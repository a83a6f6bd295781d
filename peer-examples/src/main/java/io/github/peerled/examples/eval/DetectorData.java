package io.github.peerled.examples.eval;

import io.github.peerled.rules.detect.Label;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the data sets the detector is trained and evaluated on. Stateless and thread-safe. */
public final class DetectorData {
  private DetectorData() {}

  /**
   * A labelled text.
   *
   * @param label the gold label
   * @param text the text
   */
  public record Item(Label label, String text) {}

  /** The two subreddit corpora of the advice data set. */
  public static final List<String> REDDIT_CORPORA = List.of("askparents", "needadvice");

  /**
   * Reads one split of the Reddit advice data set (columns ID, Majority_label, DS_Label, Sentence,
   * optionally Flair). Label 1 becomes {@link Label#ADVICE}, 0 becomes {@link Label#OTHER}, meaning
   * "not advice".
   *
   * @param dir the data set directory
   * @param corpus {@code askparents} or {@code needadvice}
   * @param split {@code train}, {@code dev} or {@code test}
   * @return the items, in file order
   * @throws IOException if the file cannot be read
   */
  public static List<Item> reddit(Path dir, String corpus, String split) throws IOException {
    Path f = dir.resolve(corpus + "_" + split + ".tsv");
    List<Item> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] c = lines.get(i).split("\t", -1);
      if (c.length < 4) {
        continue;
      }
      out.add(new Item(c[1].strip().equals("1") ? Label.ADVICE : Label.OTHER, c[3]));
    }
    return out;
  }

  /**
   * Whether a sentence of the contrastive sets is in their held-out part: the first byte of the
   * SHA-256 of its UTF-8 text is below 86. The held-out part is never trained or tuned on.
   *
   * @param text the sentence
   * @return true if held out
   */
  public static boolean contrastHeldOut(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return (d[0] & 0xff) < 86;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /**
   * Reads a labelled TSV file ({@code label<TAB>text}, or {@code label<TAB>category<TAB>text} for
   * the contrastive sets; blank lines and {@code #} comments are skipped).
   *
   * @param file the file
   * @return the items, in file order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a line has no tab or an unknown label
   */
  public static List<Item> labelled(Path file) throws IOException {
    List<Item> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(file + ": no tab in line: " + line);
      }
      String text = line.substring(tab + 1);
      int second = text.indexOf('\t');
      if (second >= 0) {
        text = text.substring(second + 1); // label, category, text
      }
      out.add(new Item(Label.fromCode(line.substring(0, tab)), text));
    }
    return out;
  }

  /**
   * A sentence of the contrast set.
   *
   * @param label the gold label
   * @param category the error category it was written for, for example {@code stance-i}
   * @param text the text
   */
  public record ContrastItem(Label label, String category, String text) {
    /**
     * The sentence as a plain labelled item.
     *
     * @return the label and text
     */
    public Item item() {
      return new Item(label, text);
    }
  }

  /**
   * The two parts of the contrast set, or a whole file. A text is held out when the first byte of
   * the SHA-256 of its UTF-8 bytes, read unsigned, is below 86 (about a third of the set); every
   * other text is in the tuning part. {@link #WHOLE} reads every line, for sets held out whole
   * (such as {@code detect/turns}, which is never trained or tuned on).
   */
  public enum Split {
    /** The part that may be used for training and tuning. */
    TUNING,
    /** The part kept for the final measurement only. */
    HELDOUT,
    /** Every line: for files that are held out whole. */
    WHOLE;

    /**
     * Reads a split name.
     *
     * @param name {@code tuning}, {@code heldout} or {@code whole}, in any case
     * @return the split
     * @throws IllegalArgumentException if the name is none of these
     */
    public static Split of(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "tuning" -> TUNING;
        case "heldout" -> HELDOUT;
        case "whole" -> WHOLE;
        default ->
            throw new IllegalArgumentException(
                "split must be tuning, heldout or whole, not: " + name);
      };
    }

    /**
     * Whether a text belongs to this split.
     *
     * @param text the text, as written in the file
     * @return true if the hash rule puts the text in this split
     */
    public boolean contains(String text) {
      return this == WHOLE || isHeldOut(text) == (this == HELDOUT);
    }
  }

  /**
   * Whether a contrast-set text is held out: the first byte of the SHA-256 of its UTF-8 bytes, read
   * unsigned, is below 86.
   *
   * @param text the text, as written
   * @return true if held out
   */
  public static boolean isHeldOut(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return (digest[0] & 0xff) < 86;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /**
   * Whether a file is in the three-column contrast format: its first line that is neither blank nor
   * a {@code #} comment has two tabs.
   *
   * @param file the file
   * @return true for a contrast file, false for a two-column labelled file or an empty one
   * @throws IOException if the file cannot be read
   */
  public static boolean isContrast(Path file) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        return line.split("\t", -1).length == 3;
      }
    }
    return false;
  }

  /**
   * Reads one split of a contrast-set file ({@code label<TAB>category<TAB>text}; blank lines and
   * {@code #} comments are skipped).
   *
   * @param file the file
   * @param split which part to keep
   * @return the items of that part, in file order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a line has not three columns or has an unknown label
   */
  public static List<ContrastItem> contrast(Path file, Split split) throws IOException {
    List<ContrastItem> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 3) {
        throw new IllegalArgumentException(file + ": not three columns: " + line);
      }
      if (split.contains(c[2])) {
        out.add(new ContrastItem(Label.fromCode(c[0]), c[1], c[2]));
      }
    }
    return out;
  }
}
