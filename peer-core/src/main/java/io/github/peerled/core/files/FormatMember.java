package io.github.peerled.core.files;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Takes the {@code format} member at the top of a document whose type has no such member (a change
 * or a scenario), and keeps its text for the reader to check. A {@code format} anywhere else, or
 * one that is not text, stays an unknown field. Not thread-safe: one per read.
 */
final class FormatMember extends DeserializationProblemHandler {
  private @Nullable String format;

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt,
      JsonParser p,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    if (!propertyName.equals("format") || format != null || !topLevel(p.getParsingContext())) {
      return false;
    }
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return false;
    }
    format = p.getText();
    return true;
  }

  private static boolean topLevel(JsonStreamContext context) {
    JsonStreamContext parent = context.getParent();
    return context.inObject() && parent != null && parent.inRoot();
  }

  /**
   * Returns the format the document named.
   *
   * @return the text of its top-level {@code format} member, or null if it has none
   */
  @Nullable String format() {
    return format;
  }
}
