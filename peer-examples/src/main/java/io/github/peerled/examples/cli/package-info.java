/** The {@code peer} command-line tool. */
@NullMarked
package io.github.peerled.examples.cli;

import org.jspecify.annotations.NullMarked;
