/**
 * The events a group's state is folded from. Every event is immutable and named in the past tense.
 */
@NullMarked
@PeerledStyle
package io.github.peerled.core.event;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
