/** Implementation details of Peerled core; not exported, not part of the API. */
@NullMarked
package io.github.peerled.core.internal;

import org.jspecify.annotations.NullMarked;
