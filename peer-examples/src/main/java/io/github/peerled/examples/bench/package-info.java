/** JMH benchmarks. */
@NullMarked
package io.github.peerled.examples.bench;

import org.jspecify.annotations.NullMarked;
