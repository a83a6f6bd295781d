/** JMH benchmarks of the engine, the runtime and the event stores. */
@NullMarked
package io.github.peerled.examples.bench;

import org.jspecify.annotations.NullMarked;
