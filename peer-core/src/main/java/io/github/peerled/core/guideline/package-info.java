/** Guidelines: the group's own law, as versions of clauses, with changes and diffs. */
@NullMarked
@PeerledStyle
package io.github.peerled.core.guideline;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
