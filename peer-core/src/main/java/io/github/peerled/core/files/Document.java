package io.github.peerled.core.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peerled.core.runtime.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A document read from a file: its value, and its JSON tree, so that what is reported about it can
 * point at paths that are in the file. Immutable (the tree is a private copy the reader does not
 * change) and thread-safe as long as no caller changes the tree.
 *
 * @param source the file, or what the text was (such as {@code standard input})
 * @param tree the document's JSON
 * @param value the value the document describes
 * @param <T> the type of the value
 */
public record Document<T>(String source, JsonNode tree, T value) {
  /**
   * Returns the violations with each path cut back to the deepest part of it that is in the file,
   * so that a problem about a field left out points at the object that lacks it.
   *
   * @param violations violations with paths in the document's own terms
   * @return the violations, each at a path that exists in the document
   */
  public List<Violation> locate(List<Violation> violations) {
    List<Violation> out = new ArrayList<>();
    for (Violation v : violations) {
      String path = v.path().isEmpty() ? v.path() : JsonPaths.nearest(tree, v.path());
      out.add(new Violation(v.code(), path, v.message(), v.reason()));
    }
    return List.copyOf(out);
  }
}
