package io.github.peerled.core.files;

import io.github.peerled.core.event.GroupEvent;

/**
 * An event read from an event log, and the line it was read from. Immutable and thread-safe.
 *
 * @param event the event
 * @param line the line number in the file, from 1 (blank lines count)
 */
public record LoggedEvent(GroupEvent event, int line) {}
