/**
 * The event store SPI: where a group's events are kept. {@link
 * io.github.peerled.core.store.EventStore#inMemory()} is the default; {@link
 * io.github.peerled.core.store.JsonLinesEventStore} is a durable append-only file store with one
 * JSON-lines file per group; {@link io.github.peerled.core.store.JdbcEventStore} keeps the events
 * of all groups in a PostgreSQL database that several processes may share; hosts may implement
 * {@link io.github.peerled.core.store.EventStore} over their own storage.
 */
@NullMarked
package io.github.peerled.core.store;

import org.jspecify.annotations.NullMarked;
