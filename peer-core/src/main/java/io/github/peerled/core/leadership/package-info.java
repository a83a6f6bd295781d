/**
 * Shared leadership: rotation of the facilitator role, and the roles a group defines, held for a
 * term by a member the group selects.
 */
@NullMarked
@PeerledStyle
package io.github.peerled.core.leadership;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
