/** The Immutables style shared by the core's value types. Not exported; nothing here is API. */
@NullMarked
package io.github.peerled.core.style;

import org.jspecify.annotations.NullMarked;
