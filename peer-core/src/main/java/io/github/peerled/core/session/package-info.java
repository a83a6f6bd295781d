/** Sessions and the contributions members make in them. */
@NullMarked
@PeerledStyle
package io.github.peerled.core.session;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
