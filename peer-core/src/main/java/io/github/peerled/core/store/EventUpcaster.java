package io.github.peerled.core.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a stored event of one schema version into the shape of the next version. A file store holds
 * a chain of upcasters, at most one per version; a record written at version {@code n} is passed
 * through the upcasters for {@code n}, {@code n + 1}, ... until it has today's shape ({@link
 * JsonLinesEventStore#SCHEMA_VERSION}), and only then bound to an event type. This is how a later
 * release reads files written by this one.
 *
 * <p>Implementations must be thread-safe and should be pure: they may be called concurrently for
 * different groups, and must not keep the node they are given.
 */
public interface EventUpcaster {
  /**
   * Returns the schema version this upcaster reads.
   *
   * @return the version; the upcaster returns the shape of version {@code fromVersion() + 1}
   */
  int fromVersion();

  /**
   * Turns one event into the shape of the next schema version.
   *
   * @param event the event as stored (the JSON object with its {@code type}); may be changed in
   *     place and returned
   * @return the event in the next version's shape
   * @throws IllegalArgumentException if the event cannot be upcast; the store reports it with the
   *     file and line
   */
  ObjectNode upcast(ObjectNode event);
}
