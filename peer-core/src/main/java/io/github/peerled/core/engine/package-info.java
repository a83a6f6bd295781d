/** The engine: pure {@code decide} and {@code evolve} functions over a group's state. */
@NullMarked
package io.github.peerled.core.engine;

import org.jspecify.annotations.NullMarked;
