package io.github.peerled.core.privacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.PersonalData;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The registry of personal fields, computed once from the {@link PersonalData} marks on the model:
 * for each event type, where in its JSON each personal value is and whose it is. The walk starts at
 * every permitted event type and follows the model's value types (lists, sets and optionals of
 * them, and the permitted subtypes of sealed ones). Thread-safe (immutable after class init).
 */
public final class PersonalFields {
  private PersonalFields() {}

  /**
   * One personal field of an event type.
   *
   * @param path the property names from the event's JSON object, {@code *} for each element of an
   *     array
   * @param owner the property of the same object naming the member, or empty for the actor
   * @param declaredOn the model type and accessor that declare it, {@code Contribution.text}
   */
  public record Field(List<String> path, String owner, String declaredOn) {}

  /** What a visitor is shown of one personal value present in an event's JSON. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * Visits one value.
     *
     * @param holder the object holding the value
     * @param property the value's property in {@code holder}
     * @param where the value's place, with array indices ({@code founders.0.displayName})
     * @param owner the member the value is about
     */
    void visit(ObjectNode holder, String property, String where, MemberId owner);
  }

  private static final int MAX_DEPTH = 8;
  private static final Map<Class<?>, List<Field>> BY_TYPE;
  private static final Set<String> UNMARKED_TEXT;

  static {
    java.util.LinkedHashMap<Class<?>, List<Field>> byType = new java.util.LinkedHashMap<>();
    Set<String> unmarked = new TreeSet<>();
    for (Class<?> type : GroupEvent.class.getPermittedSubclasses()) {
      List<Field> fields = new ArrayList<>();
      walk(type, List.of(), 0, fields, unmarked);
      byType.put(type, List.copyOf(fields));
    }
    BY_TYPE = Collections.unmodifiableMap(byType);
    UNMARKED_TEXT = Collections.unmodifiableSet(unmarked);
  }

  /** The fields by the name an event type is written under ({@code "type"} of its JSON). */
  private static final Map<String, List<Field>> BY_NAME = byName();

  private static Map<String, List<Field>> byName() {
    Map<String, List<Field>> out = new java.util.HashMap<>();
    com.fasterxml.jackson.annotation.JsonSubTypes subtypes =
        GroupEvent.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class);
    if (subtypes != null) {
      for (com.fasterxml.jackson.annotation.JsonSubTypes.Type t : subtypes.value()) {
        for (Map.Entry<Class<?>, List<Field>> e : BY_TYPE.entrySet()) {
          if (e.getKey().isAssignableFrom(t.value())) {
            out.put(t.name(), e.getValue());
          }
        }
      }
    }
    return Map.copyOf(out);
  }

  private static final ClassValue<List<Field>> CACHE =
      new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
          for (Map.Entry<Class<?>, List<Field>> e : BY_TYPE.entrySet()) {
            if (e.getKey().isAssignableFrom(type)) {
              return e.getValue();
            }
          }
          return List.of();
        }
      };

  /**
   * Returns the personal fields of every event type.
   *
   * @return the fields by event type (the permitted subtypes of {@link GroupEvent})
   */
  public static Map<Class<?>, List<Field>> byType() {
    return BY_TYPE;
  }

  /**
   * Returns the text fields reachable from the events that are not marked personal, as {@code
   * Type.accessor}: what the completeness test holds against its list of fields judged not
   * personal.
   *
   * @return the fields, sorted
   */
  public static Set<String> unmarkedText() {
    return UNMARKED_TEXT;
  }

  /**
   * Returns the personal fields of an event.
   *
   * @param event the event
   * @return its fields; empty if it has none
   */
  public static List<Field> of(GroupEvent event) {
    return CACHE.get(event.getClass());
  }

  /**
   * Returns the personal fields of an event type by the name its JSON gives it.
   *
   * @param typeName the value of the event's {@code type} property
   * @return its fields; empty if it has none or the name is unknown
   */
  public static List<Field> ofTypeName(String typeName) {
    return BY_NAME.getOrDefault(typeName, List.of());
  }

  /**
   * Visits every personal value present (a text, not null or absent) in an event's JSON.
   *
   * @param root the event's JSON object
   * @param fields its fields
   * @param visitor the visitor
   * @throws IllegalArgumentException if a value or its owner is not where the registry says
   */
  public static void forEach(ObjectNode root, List<Field> fields, Visitor visitor) {
    for (Field f : fields) {
      visit(root, root, f, 0, "", visitor);
    }
  }

  private static void visit(
      ObjectNode root, ObjectNode node, Field f, int i, String where, Visitor visitor) {
    String segment = f.path().get(i);
    String here = where.isEmpty() ? segment : where + "." + segment;
    if (i == f.path().size() - 1) {
      JsonNode value = node.get(segment);
      if (value == null || value.isNull()) {
        return;
      }
      JsonNode owner = f.owner().isEmpty() ? root.get("actor") : node.get(f.owner());
      if (!value.isTextual() || owner == null || !owner.isTextual()) {
        throw new IllegalArgumentException(
            here + ": a personal value must be text with its member beside it");
      }
      visitor.visit(node, segment, here, MemberId.of(owner.asText()));
      return;
    }
    String next = f.path().get(i + 1);
    JsonNode child = node.get(segment);
    if ("*".equals(next)) {
      if (child instanceof ArrayNode array) {
        for (int k = 0; k < array.size(); k++) {
          if (array.get(k) instanceof ObjectNode element && i + 2 < f.path().size()) {
            visitNested(root, element, f, i + 2, here + "." + k, visitor);
          }
        }
      }
    } else if (child instanceof ObjectNode object) {
      visit(root, object, f, i + 1, here, visitor);
    }
  }

  private static void visitNested(
      ObjectNode root, ObjectNode node, Field f, int i, String where, Visitor visitor) {
    visit(root, node, f, i, where, visitor);
  }

  private static void walk(
      Class<?> type, List<String> prefix, int depth, List<Field> out, Set<String> unmarked) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("the model nests deeper than " + MAX_DEPTH + " at " + prefix);
    }
    for (Method m : type.getMethods()) {
      if (!Modifier.isAbstract(m.getModifiers())
          || m.getParameterCount() != 0
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      String name = m.getName();
      String declared = m.getDeclaringClass().getSimpleName() + "." + name;
      List<String> path = new ArrayList<>(prefix);
      path.add(name);
      PersonalData mark = m.getAnnotation(PersonalData.class);
      Type t = m.getGenericReturnType();
      if (mark != null) {
        if (!(t == String.class || isOptionalOf(t, String.class))) {
          throw new IllegalStateException(
              declared + " is marked personal but is not a String or Optional<String>");
        }
        if (!mark.owner().isEmpty() && !ownerExists(type, mark.owner())) {
          throw new IllegalStateException(
              declared + " names owner " + mark.owner() + ", which is not a MemberId beside it");
        }
        out.add(new Field(List.copyOf(path), mark.owner(), declared));
        continue;
      }
      Class<?> element = element(t, path);
      if (element == String.class) {
        unmarked.add(declared);
      } else if (element == Map.class) {
        if (t instanceof ParameterizedType p
            && p.getActualTypeArguments().length == 2
            && p.getActualTypeArguments()[1] == String.class) {
          unmarked.add(declared);
        }
      } else if (element.isInterface()
          && element.getPackageName().startsWith("io.github.peerled.core")) {
        walkType(element, path, depth + 1, out, unmarked);
      }
    }
  }

  private static void walkType(
      Class<?> type, List<String> path, int depth, List<Field> out, Set<String> unmarked) {
    if (type.isSealed()) {
      for (Class<?> sub : type.getPermittedSubclasses()) {
        walkType(sub, path, depth, out, unmarked);
      }
    }
    List<Field> found = new ArrayList<>();
    walk(type, path, depth, found, unmarked);
    for (Field f : found) {
      if (!out.contains(f)) {
        out.add(f);
      }
    }
  }

  private static boolean ownerExists(Class<?> type, String owner) {
    try {
      return type.getMethod(owner).getReturnType() == MemberId.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static boolean isOptionalOf(Type t, Class<?> of) {
    return t instanceof ParameterizedType p
        && p.getRawType() == Optional.class
        && p.getActualTypeArguments()[0] == of;
  }

  /** The class of a property's values: itself, or what its optional or collection holds. */
  private static Class<?> element(Type t, List<String> path) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      if (Map.class.isAssignableFrom(raw)) {
        return Map.class;
      }
      Type arg = p.getActualTypeArguments()[0];
      if (Collection.class.isAssignableFrom(raw)) {
        path.add("*");
        return element(arg, path);
      }
      if (raw == Optional.class) {
        return element(arg, path);
      }
      return raw;
    }
    return Object.class;
  }
}
