package io.github.peerled.core.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peerled.core.json.PeerledJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Merges parts of an experiment ({@link Experiment#runRange(int, int)}) into the output of one run
 * of the whole: the same CSV, JSON lines, summary and manifest, byte for byte. No run is made
 * again. The parts must belong to the same experiment (format, build version and commit, Java
 * version, seed, replicates, seeding and scenarios) and cover its runs exactly once; otherwise the
 * merge names the part and what is wrong, and writes nothing. Stateless and thread-safe.
 */
public final class ExperimentParts {
  private ExperimentParts() {}

  /**
   * Merges parts held in memory, such as those a cluster job gathers from its partitions.
   *
   * @param parts the parts, in any order
   * @return the result of the whole experiment, equal to {@link Experiment#run()}'s
   * @throws IllegalArgumentException if there is no part, the parts belong to different
   *     experiments, or they do not cover the runs exactly once
   */
  public static ExperimentResult merge(List<ExperimentPart> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no part to merge");
    }
    JsonNode first = tree(Manifests.identity(parts.get(0).experiment()));
    List<Range> ranges = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      ExperimentPart p = parts.get(i);
      String name = "part " + (i + 1) + " (runs " + p.first() + ".." + p.last() + ")";
      sameExperiment(name, tree(Manifests.identity(p.experiment())), "part 1", first);
      ranges.add(new Range(name, p.first(), p.last(), i));
    }
    List<Range> ordered = cover(ranges, first.get("runs").asInt());
    List<RunResult> runs = new ArrayList<>();
    for (Range r : ordered) {
      runs.addAll(parts.get(r.index()).runs());
    }
    return new ExperimentResult(parts.get(0).experiment(), runs);
  }

  /**
   * Merges parts written by {@link ExperimentPart#writeTo(Path)} into a directory: {@code
   * runs.csv}, {@code runs.jsonl}, {@code summary.csv} and {@code manifest.json}, the bytes {@link
   * ExperimentResult#writeTo(Path)} writes for the whole experiment. Every part is checked (its
   * manifest, the checksums of its files, its rows' run numbers) before anything is written.
   *
   * @param parts the parts' directories (or their {@value ExperimentPart#MANIFEST} files), in any
   *     order
   * @param out the directory to write to, created if need be
   * @return the files written
   * @throws IllegalArgumentException if there is no part, a part cannot be read or was changed, the
   *     parts belong to different experiments, or they do not cover the runs exactly once; the
   *     message names the part's file
   * @throws io.github.peerled.core.json.JsonInputException if a part manifest or JSON line is not
   *     valid JSON; it names the file
   * @throws IOException if a file cannot be read or written
   */
  public static List<Path> mergeFiles(List<Path> parts, Path out) throws IOException {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no part to merge");
    }
    List<Part> read = new ArrayList<>();
    List<Range> ranges = new ArrayList<>();
    for (Path p : parts) {
      Part part = Part.read(p);
      if (!read.isEmpty()) {
        Part first = read.get(0);
        sameExperiment(
            part.manifest().toString(),
            part.identity(),
            first.manifest().toString(),
            first.identity());
      }
      ranges.add(new Range(part.manifest().toString(), part.first(), part.last(), read.size()));
      read.add(part);
    }
    JsonNode identity = read.get(0).identity();
    List<Range> ordered = cover(ranges, identity.get("runs").asInt());
    StringBuilder csv = new StringBuilder(String.join(",", ExperimentResult.header())).append('\n');
    StringBuilder jsonl = new StringBuilder();
    List<RunResult> runs = new ArrayList<>();
    for (Range r : ordered) {
      Part part = read.get(r.index());
      csv.append(part.rows());
      jsonl.append(part.jsonLines());
      runs.addAll(part.runs());
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : identity.properties()) {
      fields.put(f.getKey(), f.getValue());
    }
    return ExperimentResult.write(
        out,
        fields,
        csv.toString().getBytes(StandardCharsets.UTF_8),
        jsonl.toString().getBytes(StandardCharsets.UTF_8),
        Summary.csv(Summary.of(runs)).getBytes(StandardCharsets.UTF_8));
  }

  /** A part's place: its name for messages, its runs, and its index in the list given. */
  private record Range(String name, int first, int last, int index) {}

  /** Orders the ranges and checks they cover runs 0 to {@code runs - 1} exactly once. */
  private static List<Range> cover(List<Range> ranges, int runs) {
    List<Range> ordered = new ArrayList<>(ranges);
    ordered.sort(Comparator.comparingInt(Range::first).thenComparingInt(Range::last));
    int next = 0;
    @Nullable Range previous = null;
    for (Range r : ordered) {
      if (r.first() < 0 || r.last() < r.first() || r.last() >= runs) {
        throw new IllegalArgumentException(
            r.name()
                + ": runs "
                + r.first()
                + ".."
                + r.last()
                + " are not within the experiment's runs 0.."
                + (runs - 1));
      }
      if (r.first() < next && previous != null) {
        throw new IllegalArgumentException(
            "runs "
                + r.first()
                + ".."
                + Math.min(r.last(), next - 1)
                + " are in two parts: "
                + previous.name()
                + " and "
                + r.name());
      }
      if (r.first() > next) {
        throw new IllegalArgumentException(
            "runs "
                + next
                + ".."
                + (r.first() - 1)
                + " are in no part (the next is "
                + r.name()
                + ")");
      }
      next = r.last() + 1;
      previous = r;
    }
    if (next < runs) {
      throw new IllegalArgumentException(
          "runs "
              + next
              + ".."
              + (runs - 1)
              + " are in no part (the experiment has "
              + runs
              + " runs)");
    }
    return ordered;
  }

  /** Checks two parts belong to the same experiment, naming the first field that differs. */
  private static void sameExperiment(
      String name, JsonNode identity, String firstName, JsonNode first) {
    if (identity.equals(first)) {
      return;
    }
    List<String> keys = new ArrayList<>();
    first.fieldNames().forEachRemaining(keys::add);
    identity
        .fieldNames()
        .forEachRemaining(
            k -> {
              if (!keys.contains(k)) {
                keys.add(k);
              }
            });
    for (String k : keys) {
      JsonNode a = identity.get(k);
      JsonNode b = first.get(k);
      if (a == null || !a.equals(b)) {
        String what =
            k.equals("scenarios")
                ? "other scenarios (SHA-256 " + shortHash(a) + ", not " + shortHash(b) + ")"
                : (a == null ? "no " + k : k + " " + a) + ", not " + (b == null ? "none" : b);
        throw new IllegalArgumentException(
            name
                + ": belongs to another experiment than "
                + firstName
                + ": at $.experiment."
                + k
                + ": "
                + what);
      }
    }
  }

  private static String shortHash(JsonNode node) {
    return node == null
        ? "none"
        : ExperimentResult.sha256(PeerledJson.write(node).getBytes(StandardCharsets.UTF_8))
            .substring(0, 12);
  }

  private static JsonNode tree(Object value) {
    return PeerledJson.read(PeerledJson.write(value), JsonNode.class, "experiment");
  }
}
