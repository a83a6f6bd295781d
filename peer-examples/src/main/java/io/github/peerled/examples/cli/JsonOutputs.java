package io.github.peerled.examples.cli;

import io.github.peerled.core.files.FileFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON outputs of the {@code peer} command: a {@code format} member, then the result. */
final class JsonOutputs {
  private JsonOutputs() {}

  static Map<String, Object> of(FileFormat format, String name, Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", format.id());
    out.put(name, value);
    return out;
  }
}
