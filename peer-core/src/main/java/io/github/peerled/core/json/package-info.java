/** The one JSON mapping of the model, with errors that say where input was wrong. */
@NullMarked
package io.github.peerled.core.json;

import org.jspecify.annotations.NullMarked;
