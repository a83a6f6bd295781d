/** Groups, members, standings and roles. */
@NullMarked
@PeerledStyle
package io.github.peerled.core.group;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
