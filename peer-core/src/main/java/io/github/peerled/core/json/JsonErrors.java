package io.github.peerled.core.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Words a failure of the JSON reader: where (JSON path, line and column) and why, in plain words.
 * The path comes from the data binder where it has one, and from the parser for what the parser
 * itself refused (bad syntax, a field given twice, a value past a limit). Thread-safe.
 */
final class JsonErrors {
  private static final Pattern KNOWN_IDS = Pattern.compile("known type ids = (\\[[^\\]]*\\])");
  private static final Pattern MISSING_TYPE = Pattern.compile("missing type id property '(\\w+)'");
  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set (\\[.*\\])");
  private static final int SHOWN_TEXT = 40;

  private JsonErrors() {}

  /**
   * Turns a Jackson failure into an error that says where and why.
   *
   * @param source what was read
   * @param json the text read, to tell trailing content apart; empty if not at hand
   * @param parser the parser that read it, if at hand: it knows where the parser stopped
   * @param e the failure
   */
  static JsonInputException translate(
      String source, String json, @Nullable JsonParser parser, JsonProcessingException e) {
    JsonProcessingException parsing = parsingCause(e);
    JsonLocation at = e.getLocation();
    String path = e instanceof JsonMappingException m ? path(m.getPath()) : "$";
    String reason;
    if (parsing instanceof ReadLimits.Exceeded limit) {
      reason = limit.reason;
      if (parser != null) {
        JsonStreamContext context = parser.getParsingContext();
        path = limit.atValue ? path(context) : path(context.getParent());
        at = parser.currentTokenLocation();
      }
    } else if (isDuplicate(parsing)) {
      reason = "duplicate field '" + duplicateName(parser, parsing) + "'";
      if (parser != null) {
        path = path(parser.getParsingContext());
      }
    } else if (parsing instanceof InputCoercionException number) {
      reason = outOfRange(number);
    } else if (parsing instanceof StreamReadException syntax) {
      if (parser != null && !(e instanceof JsonMappingException)) {
        path = path(parser.getParsingContext().getParent());
      }
      reason =
          afterTheValue(json, syntax)
              ? "unexpected content after the JSON value"
              : "not valid JSON: " + syntax(syntax);
    } else {
      reason = reason(e);
    }
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return new JsonInputException(source, visible(path), visible(reason), line, column, e);
  }

  /** A number too large for its field. */
  private static String outOfRange(InputCoercionException e) {
    Class<?> target = e.getTargetType();
    String range = "";
    if (target == int.class || target == Integer.class) {
      range = " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    } else if (target == long.class || target == Long.class) {
      range = " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
    }
    return "expected " + describe(target) + range + ", found " + found(e.getProcessor());
  }

  /** What the parser says of bad syntax, without where it began (the line and column say). */
  private static String syntax(StreamReadException e) {
    String m = firstLine(String.valueOf(e.getOriginalMessage()));
    int startMarker = m.indexOf(" (start marker at ");
    return startMarker < 0 ? m : m.substring(0, startMarker);
  }

  /** The failure of the parser itself under {@code e}, if that is what it is. */
  private static @Nullable JsonProcessingException parsingCause(JsonProcessingException e) {
    Throwable t = e;
    JsonProcessingException found = null;
    while (t != null) {
      if (t instanceof JsonProcessingException j && !(t instanceof JsonMappingException)) {
        found = j;
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return found;
  }

  /** Tells whether the parser refused a field name it had already read in the same object. */
  private static boolean isDuplicate(@Nullable JsonProcessingException e) {
    // Jackson has no type of its own for this failure, only its wording
    return e instanceof StreamReadException
        && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field '");
  }

  private static String duplicateName(
      @Nullable JsonParser parser, @Nullable JsonProcessingException e) {
    String name = parser == null ? null : parser.getParsingContext().getCurrentName();
    if (name != null) {
      return name;
    }
    String m = e == null ? "" : String.valueOf(e.getOriginalMessage());
    int from = "Duplicate field '".length();
    return m.length() > from ? m.substring(from, m.lastIndexOf('\'')) : "?";
  }

  /**
   * Tells whether a syntax error lies after one complete JSON value, that is in trailing content.
   */
  private static boolean afterTheValue(String json, StreamReadException e) {
    JsonLocation at = e.getLocation();
    if (at == null) {
      return false;
    }
    try (JsonParser p = PeerledJson.factory().createParser(json)) {
      if (p.nextToken() == null) {
        return false;
      }
      p.skipChildren();
      return at.getCharOffset() >= p.currentLocation().getCharOffset();
    } catch (IOException notOneValue) {
      return false;
    }
  }

  /** The path the parser stands at: the field or element it reads, from the root down. */
  static String path(@Nullable JsonStreamContext context) {
    Deque<String> steps = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      if (c.inObject() && c.hasCurrentName()) {
        steps.push("." + c.getCurrentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        steps.push("[" + c.getCurrentIndex() + "]");
      }
    }
    return "$" + String.join("", steps);
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
      return "unknown field '" + clip(u.getPropertyName()) + "'; known fields are " + known;
    }
    if (e instanceof InvalidFormatException f) {
      return wrongValue(f.getTargetType(), f.getValue());
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause();
      String msg = cause == null ? String.valueOf(v.getOriginalMessage()) : cause.getMessage();
      return plain(String.valueOf(msg));
    }
    if (e instanceof InvalidNullException n) {
      return "expected " + describe(n.getTargetType()) + ", found null";
    }
    if (e instanceof MismatchedInputException mi) {
      String original = String.valueOf(mi.getOriginalMessage());
      if (original.startsWith("Missing required creator property")
          || original.contains("missing")) {
        return plain(original);
      }
      if (original.startsWith("Trailing token")) {
        return "unexpected content after the JSON value";
      }
      return "expected " + describe(mi.getTargetType()) + ", found " + found(mi.getProcessor());
    }
    if (e instanceof JsonMappingException m && m.getCause() != null) {
      return plain(String.valueOf(m.getCause().getMessage()));
    }
    String original = String.valueOf(e.getOriginalMessage());
    return "not valid JSON: " + firstLine(original);
  }

  /** A scalar of the wrong kind, or a text that is not a value of the target type. */
  private static String wrongValue(@Nullable Class<?> target, @Nullable Object value) {
    if (target != null && target.isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object c : target.getEnumConstants()) {
        values.add(((Enum<?>) c).name());
      }
      return value instanceof String s
          ? "'" + clip(s) + "' is not one of " + values
          : "expected one of " + values + ", found " + shown(value);
    }
    String expected = describe(target);
    boolean numberOrFlag =
        expected.equals("a whole number")
            || expected.equals("a number")
            || expected.equals("true or false");
    if (value instanceof String s && !numberOrFlag) {
      return "'" + clip(s) + "' is not a valid " + simpleName(target);
    }
    return "expected " + expected + ", found " + shown(value);
  }

  private static String shown(@Nullable Object value) {
    return value instanceof String s ? "'" + clip(s) + "'" : String.valueOf(value);
  }

  /** What the parser stood at when the binder refused it. */
  private static String found(@Nullable Object processor) {
    if (!(processor instanceof JsonParser p)) {
      return "something else";
    }
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT, FIELD_NAME, END_OBJECT -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> textOf(p, "text");
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> textOf(p, "a number");
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }

  /** The text of the parser's scalar as it stands in the JSON, or {@code otherwise}. */
  private static String textOf(JsonParser p, String otherwise) {
    try {
      String text = p.getText();
      if (text == null) {
        return otherwise;
      }
      return p.currentToken() == JsonToken.VALUE_STRING ? "'" + clip(text) + "'" : clip(text);
    } catch (IOException | RuntimeException closed) {
      return otherwise;
    }
  }

  /** A value as shown in a reason: at most {@value #SHOWN_TEXT} characters. */
  private static String clip(String s) {
    if (s.length() <= SHOWN_TEXT) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(SHOWN_TEXT - 1)) ? SHOWN_TEXT - 1 : SHOWN_TEXT;
    return s.substring(0, end) + "...";
  }

  /**
   * The reason with control and invisible formatting characters (a byte-order mark, a zero-width
   * space, a right-to-left mark) and lone surrogates written as {@code \\uXXXX}, so that a reason
   * never hides what it is about.
   */
  private static String visible(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.SURROGATE) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
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

  private static String plain(String message) {
    String m = firstLine(message);
    Matcher missing = MISSING_ATTRIBUTES.matcher(m);
    if (missing.find()) {
      return "missing required field(s) " + missing.group(2) + " of " + missing.group(1);
    }
    return m;
  }

  private static String firstLine(String s) {
    int i = s.indexOf('\n');
    return i < 0 ? s : s.substring(0, i);
  }

  private static String describe(@Nullable Class<?> target) {
    if (target == null) {
      return "another value";
    }
    if (target == String.class) {
      return "text";
    }
    if (target == Instant.class) {
      return "text (an ISO-8601 instant)";
    }
    if (target == Duration.class) {
      return "text (an ISO-8601 duration)";
    }
    if (target.isEnum() || target.isRecord()) {
      return "a text value (" + simpleName(target) + ")";
    }
    if (target == int.class
        || target == long.class
        || target == Integer.class
        || target == Long.class
        || target == OptionalInt.class
        || target == OptionalLong.class) {
      return "a whole number";
    }
    if (target == double.class || target == Double.class || target == OptionalDouble.class) {
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

  private static String simpleName(@Nullable Class<?> c) {
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
