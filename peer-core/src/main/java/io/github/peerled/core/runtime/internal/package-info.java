/** The implementation of the group runtime. Not part of the API: internal use only. */
@NullMarked
package io.github.peerled.core.runtime.internal;

import org.jspecify.annotations.NullMarked;
