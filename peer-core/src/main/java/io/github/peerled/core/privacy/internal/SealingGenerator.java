package io.github.peerled.core.privacy.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.PersonalData;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes an event's JSON with each personal value sealed on its way out: the generator the event is
 * written through, which recognises a personal value by its place (the property names from the
 * event's object, as the registry of personal fields has them) and writes the sealed text instead.
 * No tree is built and nothing is read back. A personal value written in any form other than a
 * {@code String} fails the write, so that no plain text slips past. Not thread-safe: one a write.
 */
final class SealingGenerator extends JsonGeneratorDelegate {
  private final Sealer sealer;
  private final GroupEvent event;
  private final List<PersonalFields.Field> fields;

  SealingGenerator(JsonGenerator out, Sealer sealer, GroupEvent event) {
    super(out, false);
    this.sealer = sealer;
    this.event = event;
    this.fields = PersonalFields.of(event);
  }

  /** The personal field whose value is about to be written, or null if it is not one. */
  private PersonalFields.@Nullable Field personal() {
    JsonStreamContext ctx = getOutputContext();
    String name = ctx.getCurrentName();
    if (name == null || !ctx.inObject()) {
      return null;
    }
    for (PersonalFields.Field f : fields) {
      List<String> path = f.path();
      if (path.get(path.size() - 1).equals(name) && matches(ctx, path)) {
        return f;
      }
    }
    return null;
  }

  /** Tells whether the context, from its root, is at the path ({@code *} for array elements). */
  private static boolean matches(JsonStreamContext ctx, List<String> path) {
    int i = path.size() - 1;
    JsonStreamContext c = ctx;
    while (c != null && !c.inRoot()) {
      if (i < 0) {
        return false;
      }
      String segment = path.get(i);
      if (c.inArray() ? !"*".equals(segment) : !segment.equals(c.getCurrentName())) {
        return false;
      }
      i--;
      c = c.getParent();
    }
    return i < 0;
  }

  /** The value's place with array indices, as {@code founders.0.displayName}. */
  private static String where(JsonStreamContext ctx) {
    StringBuilder b = new StringBuilder();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      String segment = c.inArray() ? String.valueOf(c.getCurrentIndex()) : c.getCurrentName();
      b.insert(0, b.length() == 0 ? segment : segment + ".");
    }
    return b.toString();
  }

  private MemberId owner(PersonalFields.Field f, JsonStreamContext ctx, String where) {
    if (f.owner().isEmpty()) {
      return event.actor();
    }
    Object holder = ctx.getCurrentValue();
    if (holder != null) {
      try {
        Method m = holder.getClass().getMethod(f.owner());
        if (m.invoke(holder) instanceof MemberId id) {
          return id;
        }
      } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(where + ": cannot tell whose personal value it is", e);
      }
    }
    throw new IllegalStateException(
        where + ": a personal value must be text with its member beside it");
  }

  @Override
  public void writeString(String text) throws IOException {
    PersonalFields.Field f = personal();
    if (f == null || text.equals(PersonalData.REMOVED)) {
      delegate.writeString(text);
      return;
    }
    JsonStreamContext ctx = getOutputContext();
    String where = where(ctx);
    delegate.writeString(sealer.sealValue(event, owner(f, ctx, where), where, text));
  }

  private void refuse() {
    if (personal() != null) {
      throw new IllegalStateException(
          "event "
              + event.sequence()
              + ": "
              + where(getOutputContext())
              + ": a personal value is written in a form that cannot be sealed");
    }
  }

  @Override
  public void writeString(char[] text, int offset, int len) throws IOException {
    refuse();
    delegate.writeString(text, offset, len);
  }

  @Override
  public void writeString(SerializableString text) throws IOException {
    refuse();
    delegate.writeString(text);
  }

  @Override
  public void writeString(Reader reader, int len) throws IOException {
    refuse();
    delegate.writeString(reader, len);
  }

  @Override
  public void writeRawUTF8String(byte[] text, int offset, int length) throws IOException {
    refuse();
    delegate.writeRawUTF8String(text, offset, length);
  }

  @Override
  public void writeUTF8String(byte[] text, int offset, int length) throws IOException {
    refuse();
    delegate.writeUTF8String(text, offset, length);
  }

  @Override
  public void writeRawValue(String text) throws IOException {
    refuse();
    delegate.writeRawValue(text);
  }

  @Override
  public void writeRawValue(String text, int offset, int len) throws IOException {
    refuse();
    delegate.writeRawValue(text, offset, len);
  }

  @Override
  public void writeRawValue(char[] text, int offset, int len) throws IOException {
    refuse();
    delegate.writeRawValue(text, offset, len);
  }
}
