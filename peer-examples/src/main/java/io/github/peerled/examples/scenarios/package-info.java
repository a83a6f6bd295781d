/** Runnable scenarios drawn from real peer-support settings. */
@NullMarked
package io.github.peerled.examples.scenarios;

import org.jspecify.annotations.NullMarked;
