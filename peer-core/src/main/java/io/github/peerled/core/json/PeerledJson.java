package io.github.peerled.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON mapping of the Peerled model. Instants are ISO-8601 text, durations ISO-8601 ({@code
 * P30D}), empty optionals are left out, unknown fields are an error, and map entries and set
 * elements keep their order, so that the same value always gives the same bytes.
 *
 * <p>Reading is strict. A field given twice is an error. Values are not converted from one JSON
 * type to another: text is a string, a number a number ({@code "5"} is not one; a whole number is
 * read where a fraction is expected), true and false are booleans, instants and durations are text
 * (not numbers), and an empty string is not an absent value. A null is read only as an absent
 * optional value, never as a required value or an element of an array or map. One byte-order mark
 * (U+FEFF) at the very start of a text or file is skipped; anywhere else it is an error. Files are
 * read as UTF-8; other bytes are an error. The reader refuses a string longer than {@link
 * io.github.peerled.core.internal.Ceilings#MAX_TEXT_LENGTH} characters and nesting deeper than 64
 * levels before it binds them.
 *
 * <p>Reading fails with a {@link JsonInputException} that says where (source, JSON path, line and
 * column) and why. Thread-safe: the shared mapper is configured once and never changed.
 */
public final class PeerledJson {
  private static final ObjectMapper MAPPER = newMapper();
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private PeerledJson() {}

  /**
   * Returns a new mapper configured like the shared one, for hosts that want to add modules. It
   * reads as strictly as {@link #read(String, Class, String)} and with the same limits, but its
   * failures are Jackson's own exceptions; {@link #translate} words them.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    SimpleModule ordered = new SimpleModule("peerled-model");
    ordered.addAbstractTypeMapping(Set.class, LinkedHashSet.class);
    ordered.setSerializerModifier(new AlwaysTyped.Modifier());
    ordered.setDeserializerModifier(new TextOnly.Modifier());
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(ReadLimits.LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    JsonMapper.Builder b =
        JsonMapper.builder(factory)
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
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(
                c ->
                    c.setAcceptBlankAsEmpty(false)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(
                LogicalType.Textual,
                c ->
                    c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .defaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
    for (Class<?> optional :
        List.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class)) {
      b.withConfigOverride(
          optional, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)));
    }
    return b.build();
  }

  /** The factory of the shared mapper: its parsers read with the same features and limits. */
  static JsonFactory factory() {
    return MAPPER.getFactory();
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
   * Reads a value from JSON text. A byte-order mark at the start of the text is skipped.
   *
   * @param <T> the type
   * @param json the text
   * @param type the type to read
   * @param source what the text is, for error messages (for example a file name)
   * @return the value
   * @throws JsonInputException if the text is not JSON or does not describe a valid value
   */
  public static <T> T read(String json, Class<T> type, String source) {
    return readValue(withoutByteOrderMark(json), MAPPER.constructType(type), source);
  }

  /**
   * Reads a value from JSON text into a generic type, such as a list of events. A byte-order mark
   * at the start of the text is skipped.
   *
   * @param <T> the type
   * @param json the text
   * @param type the type to read
   * @param source what the text is, for error messages
   * @return the value
   * @throws JsonInputException if the text is not JSON or does not describe a valid value
   */
  public static <T> T read(String json, TypeReference<T> type, String source) {
    return readValue(withoutByteOrderMark(json), MAPPER.constructType(type), source);
  }

  /**
   * Reads a value from JSON text as {@link #read(String, Class, String)} does, but first offers
   * each member the type does not know to a handler, which may consume it (such as the {@code
   * format} member a file format puts at the top of its documents). Whatever it declines is an
   * unknown field, as ever.
   *
   * @param <T> the type
   * @param json the text
   * @param type the type to read
   * @param source what the text is, for error messages
   * @param unknown the handler offered the members the type does not know
   * @return the value
   * @throws JsonInputException if the text is not JSON or does not describe a valid value
   */
  public static <T> T read(
      String json, Class<T> type, String source, DeserializationProblemHandler unknown) {
    String text = withoutByteOrderMark(json);
    try (JsonParser parser = MAPPER.createParser(text)) {
      try {
        T value = MAPPER.readerFor(type).withHandler(unknown).readValue(parser);
        return notNull(value, source);
      } catch (JsonProcessingException e) {
        throw JsonErrors.translate(source, text, parser, e);
      }
    } catch (JsonProcessingException e) {
      throw JsonErrors.translate(source, text, null, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a value from a UTF-8 JSON file, as {@link #readText(Path)} reads its text.
   *
   * @param <T> the type
   * @param file the file
   * @param type the type to read
   * @return the value
   * @throws JsonInputException if the file is not UTF-8 or not JSON, or does not describe a valid
   *     value
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> T read(Path file, Class<T> type) {
    return readValue(readText(file), MAPPER.constructType(type), file.toString());
  }

  /**
   * Reads the text of a UTF-8 file that holds JSON, such as a JSON document or JSON lines: the one
   * way the library reads such files. A byte-order mark at the start of the file is skipped.
   *
   * @param file the file
   * @return its text, without the byte-order mark
   * @throws JsonInputException if the file holds bytes that are not UTF-8; it names the line and
   *     column of the first, and the JSON path it falls in
   * @throws UncheckedIOException if the file cannot be read
   */
  public static String readText(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return withoutByteOrderMark(Utf8Text.decode(bytes, file.toString()));
  }

  @SuppressWarnings("TypeParameterUnusedInFormals") // the type is the one asked for
  private static <T> T readValue(String text, JavaType type, String source) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      try {
        return notNull(MAPPER.readValue(parser, type), source);
      } catch (JsonProcessingException e) {
        throw JsonErrors.translate(source, text, parser, e);
      }
    } catch (JsonProcessingException e) {
      throw JsonErrors.translate(source, text, null, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private static String withoutByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  private static <T> T notNull(@Nullable T value, String source) {
    if (value == null) {
      throw new JsonInputException(source, "$", "expected a value, found null", 1, 1, null);
    }
    return value;
  }

  /**
   * Turns a Jackson failure into an error that says where and why.
   *
   * @param source what was read
   * @param e the failure
   * @return the error
   */
  public static JsonInputException translate(String source, JsonProcessingException e) {
    return JsonErrors.translate(source, "", null, e);
  }
}
