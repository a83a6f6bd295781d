package io.github.peerled.core.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Writes a value of a polymorphic model type (an event, a command, a change...) with its type id
 * wherever it appears, also where the declared type says nothing of it: in a {@code List<Object>},
 * a raw collection or a map. Jackson on its own writes the type id only where the declared type
 * carries {@link JsonTypeInfo}, so {@code write(List.of(event))} would lose it and the list could
 * not be read back. Thread-safe.
 */
final class AlwaysTyped extends JsonSerializer<Object>
    implements ContextualSerializer, ResolvableSerializer {
  private final JsonSerializer<Object> delegate;
  private final JavaType base;

  private AlwaysTyped(JsonSerializer<Object> delegate, JavaType base) {
    this.delegate = delegate;
    this.base = base;
  }

  /** Wraps the serializers of concrete classes below a type that carries {@link JsonTypeInfo}. */
  static final class Modifier extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> modifySerializer(
        SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
      Class<?> type = description.getBeanClass();
      if (type.isInterface() || type.isAnnotationPresent(JsonTypeInfo.class)) {
        return serializer;
      }
      Class<?> base = polymorphicBase(type);
      return base == null
          ? serializer
          : new AlwaysTyped((JsonSerializer<Object>) serializer, config.constructType(base));
    }
  }

  /** The nearest super-interface that carries {@link JsonTypeInfo}, or null. */
  static @Nullable Class<?> polymorphicBase(Class<?> type) {
    for (Class<?> i : type.getInterfaces()) {
      if (i.isAnnotationPresent(JsonTypeInfo.class)) {
        return i;
      }
      Class<?> above = polymorphicBase(i);
      if (above != null) {
        return above;
      }
    }
    return null;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    TypeSerializer typed = provider.findTypeSerializer(base);
    if (typed == null) {
      delegate.serialize(value, gen, provider);
    } else {
      delegate.serializeWithType(value, gen, provider, typed);
    }
  }

  @Override
  public void serializeWithType(
      Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typed)
      throws IOException {
    delegate.serializeWithType(value, gen, provider, typed);
  }

  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException {
    if (delegate instanceof ResolvableSerializer r) {
      r.resolve(provider);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
      throws JsonMappingException {
    if (delegate instanceof ContextualSerializer c) {
      JsonSerializer<?> d = c.createContextual(provider, property);
      if (d != delegate) {
        return new AlwaysTyped((JsonSerializer<Object>) d, base);
      }
    }
    return this;
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, Object value) {
    return delegate.isEmpty(provider, value);
  }

  @Override
  public boolean usesObjectId() {
    return delegate.usesObjectId();
  }

  @Override
  public Class<Object> handledType() {
    return delegate.handledType();
  }
}
