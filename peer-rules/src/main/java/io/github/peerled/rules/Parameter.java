package io.github.peerled.rules;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * A typed parameter of a rule: a name, a description, a default, and how to parse and validate its
 * text in a guideline's rule binding. Immutable and thread-safe.
 *
 * @param <T> the value's type
 */
public final class Parameter<T> {
  private final String name;
  private final String description;
  private final T defaultValue;
  private final String expected;
  private final Function<String, T> parser;

  private Parameter(
      String name,
      String description,
      T defaultValue,
      String expected,
      Function<String, T> parser) {
    this.name = name;
    this.description = description;
    this.defaultValue = defaultValue;
    this.expected = expected;
    this.parser = parser;
  }

  /**
   * Returns the parameter's name, as written in a rule binding.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the parameter does.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the value used when a binding does not set the parameter.
   *
   * @return the default
   */
  public T defaultValue() {
    return defaultValue;
  }

  /**
   * Returns what a valid value looks like, in words.
   *
   * @return for example "an integer in [1, 100]"
   */
  public String expected() {
    return expected;
  }

  /**
   * Parses and validates a value.
   *
   * @param text the text of the value
   * @return the value
   * @throws IllegalArgumentException if the text is not a valid value; the message says what was
   *     expected
   */
  public T parse(String text) {
    try {
      return parser.apply(text.strip());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "parameter '" + name + "' expects " + expected + ", was '" + text + "'", e);
    }
  }

  /**
   * Returns an integer parameter.
   *
   * @param name the name
   * @param description what it does
   * @param defaultValue the default
   * @param min the smallest valid value
   * @param max the largest valid value
   * @return the parameter
   */
  public static Parameter<Integer> ofInt(
      String name, String description, int defaultValue, int min, int max) {
    return new Parameter<>(
        name,
        description,
        defaultValue,
        "an integer in [" + min + ", " + max + "]",
        s -> {
          int v = Integer.parseInt(s);
          if (v < min || v > max) {
            throw new IllegalArgumentException("out of range");
          }
          return v;
        });
  }

  /**
   * Returns a decimal parameter.
   *
   * @param name the name
   * @param description what it does
   * @param defaultValue the default
   * @param min the smallest valid value
   * @param max the largest valid value
   * @return the parameter
   */
  public static Parameter<Double> ofDouble(
      String name, String description, double defaultValue, double min, double max) {
    return new Parameter<>(
        name,
        description,
        defaultValue,
        "a number in [" + min + ", " + max + "]",
        s -> {
          double v = Double.parseDouble(s);
          if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException("out of range");
          }
          return v;
        });
  }

  /**
   * Returns a yes/no parameter ({@code true} or {@code false}).
   *
   * @param name the name
   * @param description what it does
   * @param defaultValue the default
   * @return the parameter
   */
  public static Parameter<Boolean> ofBoolean(
      String name, String description, boolean defaultValue) {
    return new Parameter<>(
        name,
        description,
        defaultValue,
        "true or false",
        s -> {
          if (s.equalsIgnoreCase("true")) {
            return true;
          }
          if (s.equalsIgnoreCase("false")) {
            return false;
          }
          throw new IllegalArgumentException("not a boolean");
        });
  }

  /**
   * Returns a duration parameter: ISO-8601 ({@code PT10M}) or a number of minutes ({@code 10}).
   *
   * @param name the name
   * @param description what it does
   * @param defaultValue the default
   * @param min the shortest valid value
   * @param max the longest valid value
   * @return the parameter
   */
  public static Parameter<Duration> ofDuration(
      String name, String description, Duration defaultValue, Duration min, Duration max) {
    return new Parameter<>(
        name,
        description,
        defaultValue,
        "a duration (PT10M, or minutes) in [" + min + ", " + max + "]",
        s -> {
          Duration d;
          try {
            d = Duration.parse(s.toUpperCase(Locale.ROOT));
          } catch (DateTimeParseException e) {
            d = Duration.ofMinutes(Long.parseLong(s));
          }
          if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("out of range");
          }
          return d;
        });
  }

  /**
   * Returns a parameter whose values are an enum's constants, by name (case-insensitive).
   *
   * @param <E> the enum
   * @param name the name
   * @param description what it does
   * @param type the enum's class
   * @param defaultValue the default
   * @return the parameter
   */
  public static <E extends Enum<E>> Parameter<E> ofEnum(
      String name, String description, Class<E> type, E defaultValue) {
    StringBuilder names = new StringBuilder("one of");
    for (E e : type.getEnumConstants()) {
      names.append(' ').append(e.name());
    }
    return new Parameter<>(
        name,
        description,
        defaultValue,
        names.toString(),
        s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return name + " (" + expected + ", default " + defaultValue + ")";
  }
}
