/**
 * The runtime that host applications embed: it opens groups from an {@link
 * io.github.peerled.core.store.EventStore}, applies commands one at a time per group (groups in
 * parallel), runs {@link io.github.peerled.core.runtime.Guard guards} before a command commits, and
 * notifies listeners after its events are durable.
 */
@NullMarked
package io.github.peerled.core.runtime;

import org.jspecify.annotations.NullMarked;
