package io.github.peerled.core.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peerled.core.json.PeerledJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A part as read back from its directory, checked: its manifest, the checksums of its files, its
 * CSV header and the run number of every row and JSON line. Immutable.
 *
 * @param manifest the part manifest's path, which messages name
 * @param first the first run's number
 * @param last the last run's number
 * @param identity the experiment's identity, as in the manifest of the whole
 * @param rows the CSV rows, without the header
 * @param jsonLines the JSON lines
 * @param runs the runs read from the JSON lines
 */
record Part(
    Path manifest,
    int first,
    int last,
    JsonNode identity,
    String rows,
    String jsonLines,
    List<RunResult> runs) {

  /** Reads and checks a part from its directory or its manifest file. */
  static Part read(Path path) throws IOException {
    Path manifest = Files.isDirectory(path) ? path.resolve(ExperimentPart.MANIFEST) : path;
    if (!Files.isRegularFile(manifest)) {
      throw new IllegalArgumentException(
          manifest + ": no such part manifest (peer simulate --runs A..B writes one)");
    }
    JsonNode m =
        PeerledJson.read(PeerledJson.readText(manifest), JsonNode.class, manifest.toString());
    String format = m.path("format").asText("");
    if (!ExperimentPart.FORMAT.equals(format)) {
      throw bad(
          manifest, "$.format", "expected " + ExperimentPart.FORMAT + ", was '" + format + "'");
    }
    int first = integer(manifest, m, "first");
    int last = integer(manifest, m, "last");
    JsonNode identity = m.path("experiment");
    if (!identity.isObject() || !identity.path("runs").isInt()) {
      throw bad(manifest, "$.experiment", "expected the experiment, with its number of runs");
    }
    if (last < first) {
      throw bad(manifest, "$.last", "is " + last + ", before the first run " + first);
    }
    Path dir = Objects.requireNonNull(manifest.toAbsolutePath().getParent(), "a file's directory");
    String csv = checked(manifest, m, dir, 0, ExperimentResult.CSV);
    String jsonl = checked(manifest, m, dir, 1, ExperimentResult.JSON_LINES);
    Path csvFile = dir.resolve(ExperimentResult.CSV);
    Path jsonlFile = dir.resolve(ExperimentResult.JSON_LINES);
    String header = String.join(",", ExperimentResult.header()) + "\n";
    if (!csv.startsWith(header)) {
      throw new IllegalArgumentException(
          csvFile + ": line 1: the header is not the one this version writes");
    }
    String rows = csv.substring(header.length());
    List<String> rowLines = rows.lines().toList();
    List<String> lines = jsonl.lines().toList();
    int count = last - first + 1;
    if (rowLines.size() != count || !rows.endsWith("\n")) {
      throw new IllegalArgumentException(
          csvFile
              + ": holds "
              + rowLines.size()
              + " rows, not the "
              + count
              + " of runs "
              + first
              + ".."
              + last);
    }
    if (lines.size() != count || !jsonl.endsWith("\n")) {
      throw new IllegalArgumentException(
          jsonlFile
              + ": holds "
              + lines.size()
              + " lines, not the "
              + count
              + " of runs "
              + first
              + ".."
              + last);
    }
    List<RunResult> runs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int run = first + i;
      String row = rowLines.get(i);
      if (!row.startsWith(run + ",")) {
        throw new IllegalArgumentException(
            csvFile
                + ": line "
                + (i + 2)
                + ": expected run "
                + run
                + ", was '"
                + row.substring(0, Math.max(0, row.indexOf(',')))
                + "'");
      }
      String source = jsonlFile + " line " + (i + 1);
      RunResult r = PeerledJson.read(lines.get(i), RunResult.class, source);
      if (r.run() != run) {
        throw new IllegalArgumentException(
            source + ": at $.run: expected run " + run + ", was " + r.run());
      }
      runs.add(r);
    }
    return new Part(manifest, first, last, identity, rows, jsonl, List.copyOf(runs));
  }

  /** Reads a file the manifest lists, checking its name, size and SHA-256. */
  private static String checked(Path manifest, JsonNode m, Path dir, int index, String name)
      throws IOException {
    JsonNode entry = m.path("files").path(index);
    String at = "$.files[" + index + "]";
    if (!name.equals(entry.path("name").asText(""))) {
      throw bad(manifest, at + ".name", "expected '" + name + "'");
    }
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": missing (" + manifest + " lists it)");
    }
    byte[] bytes = Files.readAllBytes(file);
    String sha = ExperimentResult.sha256(bytes);
    String recorded = entry.path("sha256").asText("");
    if (!sha.equals(recorded) || entry.path("bytes").asLong(-1) != bytes.length) {
      throw new IllegalArgumentException(
          file
              + ": "
              + bytes.length
              + " bytes with SHA-256 "
              + sha
              + ", but "
              + manifest
              + " records "
              + entry.path("bytes").asText("?")
              + " bytes with SHA-256 "
              + recorded
              + " (the file was changed or cut short)");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static int integer(Path manifest, JsonNode m, String field) {
    JsonNode n = m.path(field);
    if (!n.isInt() || n.asInt() < 0) {
      throw bad(manifest, "$." + field, "expected a run number, was " + n);
    }
    return n.asInt();
  }

  private static IllegalArgumentException bad(Path manifest, String at, String what) {
    return new IllegalArgumentException(manifest + ": at " + at + ": " + what);
  }
}
