package io.github.peerled.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Reads a {@code java.time} value, such as an instant or a duration, only from text: the Java time
 * module on its own also takes a number for one (seconds since 1970, or seconds), which would let
 * {@code "at": 1767637800} pass for an instant. Thread-safe.
 */
final class TextOnly extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  private TextOnly(JsonDeserializer<?> delegate) {
    super(delegate);
  }

  /** Wraps the deserializers of the {@code java.time} types. */
  static final class Modifier extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription description,
        JsonDeserializer<?> deserializer) {
      return description.getBeanClass().getPackageName().equals("java.time")
          ? new TextOnly(deserializer)
          : deserializer;
    }
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
    return new TextOnly(delegate);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      return ctxt.handleUnexpectedToken(handledType(), p);
    }
    return super.deserialize(p, ctxt);
  }
}
