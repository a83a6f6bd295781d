/** The commands members give a group. The engine decides each into events or a rejection. */
@NullMarked
@PeerledStyle
package io.github.peerled.core.command;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
