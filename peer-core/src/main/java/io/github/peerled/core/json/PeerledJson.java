package io.github.peerled.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON mapping of the Peerled model. Instants are ISO-8601 text, durations ISO-8601 ({@code
 * P30D}), empty optionals are left out, unknown fields are an error, and map entries and set
 * elements keep their order, so that the same value always gives the same bytes.
 *
 * <p>Reading fails with a {@link JsonInputException} that says where (source, JSON path, line and
 * column) and why. Thread-safe: the shared mapper is configured once and never changed.
 */
public final class PeerledJson {
  private static final ObjectMapper MAPPER = newMapper();
  private static final Pattern KNOWN_IDS = Pattern.compile("known type ids = (\\[[^\\]]*\\])");
  private static final Pattern FOUND_TOKEN = Pattern.compile("JsonToken\\.(\\w+)");
  private static final Pattern FOUND_VALUE =
      Pattern.compile("from ([A-Z][a-z-]*(?:-point)?|[A-Z]\\w*) value");
  private static final Pattern MISSING_TYPE = Pattern.compile("missing type id property '(\\w+)'");

  private PeerledJson() {}

  /**
   * Returns a new mapper configured like the shared one, for hosts that want to add modules.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    SimpleModule ordered = new SimpleModule("peerled-model");
    ordered.addAbstractTypeMapping(Set.class, LinkedHashSet.class);
    ordered.setSerializerModifier(new AlwaysTyped.Modifier());
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(ordered)
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }

  /**
   * Writes a value as compact JSON on one line.
   *
   * @param value the value
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be written as JSON
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName(), e);
    }
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value the value
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be written as JSON
   */
  public static String writePretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName(), e);
    }
  }

  /**
   * Reads a value from JSON text.
   *
   * @param <T> the type
   * @param json the text
   * @param type the type to read
   * @param source what the text is, for error messages (for example a file name)
   * @return the value
   * @throws JsonInputException if the text is not JSON or does not describe a valid value
   */
  public static <T> T read(String json, Class<T> type, String source) {
    try {
      return notNull(MAPPER.readValue(json, type), source);
    } catch (JsonProcessingException e) {
      throw translate(source, json, e);
    }
  }

  /**
   * Reads a value from JSON text into a generic type, such as a list of events.
   *
   * @param <T> the type
   * @param json the text
   * @param type the type to read
   * @param source what the text is, for error messages
   * @return the value
   * @throws JsonInputException if the text is not JSON or does not describe a valid value
   */
  public static <T> T read(String json, TypeReference<T> type, String source) {
    try {
      return notNull(MAPPER.readValue(json, type), source);
    } catch (JsonProcessingException e) {
      throw translate(source, json, e);
    }
  }

  private static <T> T notNull(@Nullable T value, String source) {
    if (value == null) {
      throw new JsonInputException(source, "$", "expected a value, found null", 1, 1, null);
    }
    return value;
  }

  /**
   * Tells whether a syntax error lies after one complete JSON value, that is in trailing content.
   */
  private static boolean afterTheValue(String json, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    if (at == null || !(e instanceof StreamReadException)) {
      return false;
    }
    try (JsonParser p = MAPPER.createParser(json)) {
      if (p.nextToken() == null) {
        return false;
      }
      p.skipChildren();
      return at.getCharOffset() >= p.currentLocation().getCharOffset();
    } catch (IOException notOneValue) {
      return false;
    }
  }

  /**
   * Reads a value from a UTF-8 JSON file.
   *
   * @param <T> the type
   * @param file the file
   * @param type the type to read
   * @return the value
   * @throws JsonInputException if the file is not JSON or does not describe a valid value
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> T read(Path file, Class<T> type) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return read(text, type, file.toString());
  }

  /**
   * Turns a Jackson failure into an error that says where and why.
   *
   * @param source what was read
   * @param e the failure
   * @return the error
   */
  public static JsonInputException translate(String source, JsonProcessingException e) {
    return translate(source, "", e);
  }

  private static JsonInputException translate(
      String source, String json, JsonProcessingException e) {
    String path = "$";
    if (e instanceof JsonMappingException m) {
      path = path(m.getPath());
    }
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : loc.getLineNr();
    int column = loc == null ? 0 : loc.getColumnNr();
    String reason = afterTheValue(json, e) ? "unexpected content after the JSON value" : reason(e);
    return new JsonInputException(source, path, reason, Math.max(line, 0), Math.max(column, 0), e);
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder b = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        b.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String reason(JsonProcessingException e) {
    if (e instanceof InvalidTypeIdException t) {
      Matcher m = KNOWN_IDS.matcher(String.valueOf(t.getOriginalMessage()));
      String known = m.find() ? "; known types are " + m.group(1) : "";
      if (t.getTypeId() == null) {
        Matcher p = MISSING_TYPE.matcher(String.valueOf(t.getOriginalMessage()));
        String property = p.find() ? "'" + p.group(1) + "' " : "";
        return "the "
            + property
            + "property that names the type is missing"
            + knownSubtypes(t.getBaseType() == null ? null : t.getBaseType().getRawClass());
      }
      return "unknown type '" + t.getTypeId() + "'" + known;
    }
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = new ArrayList<>();
      for (Object o : u.getKnownPropertyIds()) {
        known.add(String.valueOf(o));
      }
      known.sort(null);
      return "unknown field '" + u.getPropertyName() + "'; known fields are " + known;
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      if (target != null && target.isEnum()) {
        List<String> values = new ArrayList<>();
        for (Object c : target.getEnumConstants()) {
          values.add(((Enum<?>) c).name());
        }
        return "'" + f.getValue() + "' is not one of " + values;
      }
      if (target == int.class
          || target == long.class
          || target == Integer.class
          || target == Long.class) {
        Object v = f.getValue();
        return "expected a whole number, found " + (v instanceof String ? "'" + v + "'" : v);
      }
      if (target == boolean.class || target == Boolean.class) {
        return "expected true or false, found '" + f.getValue() + "'";
      }
      return "'" + f.getValue() + "' is not a valid " + simpleName(target);
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause();
      String msg = cause == null ? String.valueOf(v.getOriginalMessage()) : cause.getMessage();
      return plain(String.valueOf(msg));
    }
    if (e instanceof MismatchedInputException mi) {
      Class<?> target = mi.getTargetType();
      String original = String.valueOf(mi.getOriginalMessage());
      if (original.startsWith("Missing required creator property")
          || original.contains("missing")) {
        return plain(original);
      }
      if (original.startsWith("Trailing token")) {
        return "unexpected content after the JSON value";
      }
      return "expected " + describe(target) + ", found " + found(original);
    }
    if (e instanceof JsonMappingException m && m.getCause() != null) {
      return plain(String.valueOf(m.getCause().getMessage()));
    }
    String original = String.valueOf(e.getOriginalMessage());
    return "not valid JSON: " + firstLine(original);
  }

  private static String knownSubtypes(@Nullable Class<?> base) {
    JsonSubTypes subtypes = base == null ? null : base.getAnnotation(JsonSubTypes.class);
    if (subtypes == null) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (JsonSubTypes.Type type : subtypes.value()) {
      names.add(type.name());
    }
    names.sort(null);
    return "; known types are " + names;
  }

  private static String found(String jacksonMessage) {
    Matcher m = FOUND_TOKEN.matcher(jacksonMessage);
    if (!m.find()) {
      Matcher from = FOUND_VALUE.matcher(jacksonMessage);
      if (!from.find()) {
        return "something else";
      }
      return switch (from.group(1)) {
        case "Number", "Integer", "Floating-point" -> "a number";
        case "String" -> "text";
        case "Array" -> "an array";
        case "Object" -> "an object";
        case "Boolean" -> "true or false";
        default -> "something else";
      };
    }
    return switch (m.group(1)) {
      case "START_OBJECT", "FIELD_NAME" -> "an object";
      case "START_ARRAY" -> "an array";
      case "VALUE_STRING" -> "text";
      case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
      case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
      case "VALUE_NULL" -> "null";
      default -> "something else";
    };
  }

  private static String plain(String message) {
    String m = firstLine(message);
    Matcher missing =
        Pattern.compile("Cannot build (\\w+), some of required attributes are not set (\\[.*\\])")
            .matcher(m);
    if (missing.find()) {
      return "missing required field(s) " + missing.group(2) + " of " + missing.group(1);
    }
    return m;
  }

  private static String firstLine(String s) {
    int i = s.indexOf('\n');
    return i < 0 ? s : s.substring(0, i);
  }

  private static String describe(Class<?> target) {
    if (target == null) {
      return "another value";
    }
    if (target == String.class || target.isEnum() || target.isRecord()) {
      return "a text value (" + simpleName(target) + ")";
    }
    if (target == int.class
        || target == long.class
        || target == Integer.class
        || target == Long.class
        || target == double.class
        || target == Double.class) {
      return "a number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(target) || target.isArray()) {
      return "an array";
    }
    return "an object (" + simpleName(target) + ")";
  }

  private static String simpleName(Class<?> c) {
    if (c == null) {
      return "value";
    }
    String n = c.getSimpleName();
    if (n.startsWith("Immutable")) {
      n = n.substring("Immutable".length());
    }
    if (n.equals("Json") && c.getEnclosingClass() != null) {
      return simpleName(c.getEnclosingClass());
    }
    return n.toLowerCase(Locale.ROOT).isEmpty() ? "value" : n;
  }
}
