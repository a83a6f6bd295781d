package io.github.peerled.core.privacy.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Opens the sealed values of an event's JSON as stored, before it is bound: one pass over its
 * tokens (no tree, no binding) finds the sealed values at the places of personal fields, their
 * members and the event's group and sequence; each is opened, and the JSON is copied with the
 * opened values in their places. Not thread-safe: one a read.
 */
final class SealedScan {
  private static final byte[] MARK = Sealer.PREFIX.getBytes(StandardCharsets.US_ASCII);

  /** A sealed value found: where it is in the JSON and in the event, and whose. */
  private record Found(
      PersonalFields.Field field, int object, String where, int start, int end, String stored) {}

  /** An open object or array. */
  private static final class Frame {
    final boolean array;
    final int id;
    final String segment;
    final String where;
    @Nullable String name;
    int index = -1;

    Frame(boolean array, int id, String segment, String where) {
      this.array = array;
      this.id = id;
      this.segment = segment;
      this.where = where;
    }
  }

  private SealedScan() {}

  /** Tells whether the bytes hold the mark of a sealed value. */
  static boolean marked(byte[] b, int off, int len) {
    int last = off + len - MARK.length;
    byte first = MARK[0];
    outer:
    for (int i = off; i <= last; i++) {
      if (b[i] != first) {
        continue;
      }
      for (int k = 1; k < MARK.length; k++) {
        if (b[i + k] != MARK[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Returns the JSON with its sealed values opened, or null if it holds none at a personal place or
   * is not of the shape the store writes ({@code type} first); the caller then binds it as it is.
   *
   * @throws IllegalStateException if a sealed value is damaged or does not open with its key
   * @throws IOException if the JSON does not parse
   */
  static byte @Nullable [] open(JsonFactory factory, Sealer sealer, byte[] b, int off, int len)
      throws IOException {
    List<PersonalFields.Field> fields;
    List<Found> found = new ArrayList<>(2);
    Map<String, String> owners = new HashMap<>();
    String group = null;
    String actor = null;
    long sequence = -1;
    try (JsonParser p = factory.createParser(b, off, len)) {
      if (p.nextToken() != JsonToken.START_OBJECT || !"type".equals(p.nextFieldName())) {
        return null;
      }
      String type = p.nextTextValue();
      fields = type == null ? List.of() : PersonalFields.ofTypeName(type);
      if (fields.isEmpty()) {
        return null;
      }
      List<Frame> stack = new ArrayList<>();
      int ids = 0;
      Frame top = new Frame(false, ids++, "", "");
      top.name = "type";
      stack.add(top);
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case FIELD_NAME -> top.name = p.currentName();
          case START_OBJECT, START_ARRAY -> {
            String segment;
            String where;
            if (top.array) {
              top.index++;
              segment = "*";
              where = join(top.where, String.valueOf(top.index));
            } else {
              segment = String.valueOf(top.name);
              where = join(top.where, segment);
            }
            top = new Frame(t == JsonToken.START_ARRAY, ids++, segment, where);
            stack.add(top);
          }
          case END_OBJECT, END_ARRAY -> {
            stack.remove(stack.size() - 1);
            if (stack.isEmpty()) {
              break;
            }
            top = stack.get(stack.size() - 1);
          }
          case VALUE_STRING -> {
            if (top.array) {
              top.index++;
              continue;
            }
            String name = String.valueOf(top.name);
            if (stack.size() == 1 && name.equals("groupId")) {
              group = p.getText();
            } else if (stack.size() == 1 && name.equals("actor")) {
              actor = p.getText();
            }
            for (PersonalFields.Field f : fields) {
              if (!f.owner().isEmpty() && f.owner().equals(name)) {
                owners.put(top.id + "." + name, p.getText());
              }
            }
            PersonalFields.Field f = at(fields, stack, name);
            if (f != null) {
              String text = p.getText();
              if (text.startsWith(Sealer.PREFIX)) {
                int start = (int) p.currentTokenLocation().getByteOffset();
                found.add(
                    new Found(
                        f, top.id, join(top.where, name), start, start + text.length() + 2, text));
              }
            }
          }
          case VALUE_NUMBER_INT -> {
            if (top.array) {
              top.index++;
            } else if (stack.size() == 1 && "sequence".equals(top.name)) {
              sequence = p.getLongValue();
            }
          }
          default -> {
            if (top.array) {
              top.index++;
            }
          }
        }
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    if (group == null || actor == null || sequence < 0) {
      return null;
    }
    GroupId groupId = GroupId.of(group);
    byte[] out = new byte[len + 64 * found.size()];
    int size = 0;
    int from = off;
    JsonStringEncoder encoder = JsonStringEncoder.getInstance();
    for (Found v : found) {
      String owner =
          v.field().owner().isEmpty() ? actor : owners.get(v.object() + "." + v.field().owner());
      if (owner == null) {
        throw new IllegalStateException(
            v.where() + ": a personal value must be text with its member beside it");
      }
      int start = off + v.start();
      int end = off + v.end();
      if (start < from || end > off + len || b[start] != '"' || b[end - 1] != '"') {
        throw new IllegalStateException(v.where() + ": the sealed value is damaged");
      }
      String plain = sealer.openValue(groupId, MemberId.of(owner), sequence, v.where(), v.stored());
      byte[] quoted = encoder.quoteAsUTF8(plain);
      int need = size + (start - from) + quoted.length + 2 + (off + len - end);
      if (need > out.length) {
        out = java.util.Arrays.copyOf(out, need + 64);
      }
      System.arraycopy(b, from, out, size, start - from);
      size += start - from;
      out[size++] = '"';
      System.arraycopy(quoted, 0, out, size, quoted.length);
      size += quoted.length;
      out[size++] = '"';
      from = end;
    }
    int tail = off + len - from;
    if (size + tail > out.length) {
      out = java.util.Arrays.copyOf(out, size + tail);
    }
    System.arraycopy(b, from, out, size, tail);
    size += tail;
    return size == out.length ? out : java.util.Arrays.copyOf(out, size);
  }

  private static String join(String where, String segment) {
    return where.isEmpty() ? segment : where + "." + segment;
  }

  /** The personal field at the place of a string named {@code name} in the top frame, or null. */
  private static PersonalFields.@Nullable Field at(
      List<PersonalFields.Field> fields, List<Frame> stack, String name) {
    for (PersonalFields.Field f : fields) {
      List<String> path = f.path();
      if (path.size() != stack.size() || !path.get(path.size() - 1).equals(name)) {
        continue;
      }
      boolean same = true;
      for (int i = 1; i < stack.size() && same; i++) {
        same = path.get(i - 1).equals(stack.get(i).segment);
      }
      if (same) {
        return f;
      }
    }
    return null;
  }
}
