package io.github.peerled.core.files;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the JSON paths the file readers report true to the file it was read from: a path such as
 * {@code $.guidelines.clauses[2].rule.ruleId} is cut back to the deepest part of it that is in the
 * file, so that a problem about a field left out (say {@code $.resources.signposts} in a file
 * without resources) points at the object that lacks it.
 */
final class JsonPaths {
  private JsonPaths() {}

  /**
   * Returns the longest leading part of a path that exists in a document.
   *
   * @param document the document, as a tree
   * @param path a path of the form {@code $}, {@code $.name}, {@code $.list[3].name}
   * @return the path, or the longest part of it that exists; {@code $} if none does
   */
  static String nearest(JsonNode document, String path) {
    if (!path.startsWith("$")) {
      return "$";
    }
    JsonNode node = document;
    int kept = 1;
    int i = 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      int end;
      @Nullable JsonNode next;
      if (c == '.') {
        end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        next = node.isObject() ? node.get(path.substring(i + 1, end)) : null;
      } else if (c == '[') {
        end = path.indexOf(']', i);
        if (end < 0) {
          break;
        }
        end++;
        next = node.isArray() ? element(node, path.substring(i + 1, end - 1)) : null;
      } else {
        break;
      }
      if (next == null || next.isMissingNode()) {
        break;
      }
      node = next;
      kept = end;
      i = end;
    }
    return path.substring(0, kept);
  }

  private static @Nullable JsonNode element(JsonNode array, String index) {
    if (index.isEmpty() || index.length() > 9 || !index.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return array.get(Integer.parseInt(index));
  }
}
