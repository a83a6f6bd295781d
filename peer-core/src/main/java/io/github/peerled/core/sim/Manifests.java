package io.github.peerled.core.sim;

import io.github.peerled.core.files.PeerledVersion;
import io.github.peerled.core.json.PeerledJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manifests of simulation output: what identifies an experiment (format, build, Java version,
 * parameters, scenarios), written the same way for one run of the whole, for a part and for merged
 * parts. Stateless and thread-safe.
 */
final class Manifests {
  private Manifests() {}

  /**
   * What identifies an experiment's output, in the manifest's order: two outputs with the same
   * identity hold the same runs.
   */
  static Map<String, Object> identity(Experiment experiment) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", ExperimentResult.FORMAT);
    m.put("peerled", PeerledVersion.current());
    m.put("commit", PeerledVersion.commit());
    m.put("java", System.getProperty("java.specification.version", "unknown"));
    m.put("masterSeed", experiment.masterSeed());
    m.put("replicates", experiment.replicates());
    m.put("commonRandomNumbers", experiment.commonRandomNumbers());
    m.put("runs", experiment.size());
    m.put("scenarios", experiment.scenarios());
    return m;
  }

  /** The manifest: the identity, then the size and SHA-256 of each file. */
  static String write(Map<String, ?> identity, Map<String, byte[]> files) {
    Map<String, Object> m = new LinkedHashMap<>(identity);
    m.put("files", files(files));
    return PeerledJson.writePretty(m) + "\n";
  }

  /** The files' names, sizes and SHA-256 checksums, in order. */
  static List<Map<String, Object>> files(Map<String, byte[]> files) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", f.getKey());
      e.put("bytes", f.getValue().length);
      e.put("sha256", ExperimentResult.sha256(f.getValue()));
      list.add(e);
    }
    return list;
  }
}
