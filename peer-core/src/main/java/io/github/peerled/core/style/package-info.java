/**
 * The Immutables style shared by every Peerled value type. Hosts that define their own value types
 * beside Peerled's may use it too.
 */
@NullMarked
package io.github.peerled.core.style;

import org.jspecify.annotations.NullMarked;
