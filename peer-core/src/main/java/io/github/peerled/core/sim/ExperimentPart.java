package io.github.peerled.core.sim;

import io.github.peerled.core.json.PeerledJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A range of an experiment's runs, made by {@link Experiment#runRange(int, int)}: the same CSV rows
 * and JSON lines that the whole experiment gives for these runs, and a part manifest ({@value
 * #MANIFEST}) naming the experiment, the range and the files' checksums. {@link ExperimentParts}
 * merges parts that cover the experiment into the bytes of one run of the whole. Immutable and
 * thread-safe.
 */
public final class ExperimentPart {
  /** The name of the part manifest. */
  public static final String MANIFEST = "part.json";

  /** The format of the part manifest. */
  public static final String FORMAT = "peerled-simulation-part/1";

  private final Experiment experiment;
  private final int first;
  private final List<RunResult> runs;

  ExperimentPart(Experiment experiment, int first, List<RunResult> runs) {
    this.experiment = experiment;
    this.first = first;
    this.runs = List.copyOf(runs);
  }

  /**
   * Returns the experiment this is a part of.
   *
   * @return the experiment
   */
  public Experiment experiment() {
    return experiment;
  }

  /**
   * Returns the number of the part's first run.
   *
   * @return the number
   */
  public int first() {
    return first;
  }

  /**
   * Returns the number of the part's last run.
   *
   * @return the number, at least {@link #first()}
   */
  public int last() {
    return first + runs.size() - 1;
  }

  /**
   * Returns the part's runs.
   *
   * @return the results, in run order
   */
  public List<RunResult> runs() {
    return runs;
  }

  /**
   * Returns the CSV text: the header of {@link ExperimentResult#csv()} and the part's rows.
   *
   * @return the text
   */
  public String csv() {
    StringBuilder b = new StringBuilder(256 * (runs.size() + 1));
    b.append(String.join(",", ExperimentResult.header())).append('\n');
    for (RunResult r : runs) {
      b.append(ExperimentResult.csvRow(experiment, r)).append('\n');
    }
    return b.toString();
  }

  /**
   * Returns the JSON lines text: the part's lines of {@link ExperimentResult#jsonLines()}.
   *
   * @return the text
   */
  public String jsonLines() {
    StringBuilder b = new StringBuilder();
    for (RunResult r : runs) {
      b.append(PeerledJson.write(r)).append('\n');
    }
    return b.toString();
  }

  /**
   * Writes the CSV, the JSON lines and the part manifest into a directory, creating it if need be.
   *
   * @param dir the directory
   * @return the files written: CSV, JSON lines, part manifest
   * @throws IOException if a file cannot be written
   */
  public List<Path> writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
    byte[] jsonl = jsonLines().getBytes(StandardCharsets.UTF_8);
    Path csvFile = Files.write(dir.resolve(ExperimentResult.CSV), csv);
    Path jsonlFile = Files.write(dir.resolve(ExperimentResult.JSON_LINES), jsonl);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(ExperimentResult.CSV, csv);
    files.put(ExperimentResult.JSON_LINES, jsonl);
    Path manifest =
        Files.write(dir.resolve(MANIFEST), manifest(files).getBytes(StandardCharsets.UTF_8));
    return List.of(csvFile, jsonlFile, manifest);
  }

  /**
   * Returns the part manifest: its format, the range, the experiment's identity (as in {@link
   * ExperimentResult#manifest(Map)}), the SHA-256 of the scenarios, and the files' checksums.
   *
   * @param files the files' names and contents, in order
   * @return the manifest as indented JSON
   */
  public String manifest(Map<String, byte[]> files) {
    Map<String, Object> identity = Manifests.identity(experiment);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("first", first);
    m.put("last", last());
    m.put("experiment", identity);
    m.put(
        "scenariosSha256",
        ExperimentResult.sha256(
            PeerledJson.write(experiment.scenarios()).getBytes(StandardCharsets.UTF_8)));
    m.put("files", Manifests.files(files));
    return PeerledJson.writePretty(m) + "\n";
  }
}
