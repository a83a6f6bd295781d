/** Proposals, decision procedures, stances and tallies: how a group decides. */
@NullMarked
@PeerledStyle
package io.github.peerled.core.decision;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
