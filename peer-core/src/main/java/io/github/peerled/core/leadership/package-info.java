/** Shared leadership: rotation of the facilitator role. */
@NullMarked
@PeerledStyle
package io.github.peerled.core.leadership;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
