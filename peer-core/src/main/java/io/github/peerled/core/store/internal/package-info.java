/** Implementations of the event stores. Not part of the API: internal use only. */
@NullMarked
package io.github.peerled.core.store.internal;

import org.jspecify.annotations.NullMarked;
