/** JMH benchmarks. Run with {@code java -cp peer.jar org.openjdk.jmh.Main BENCHMARK}. */
@NullMarked
package io.github.peerled.examples.bench;

import org.jspecify.annotations.NullMarked;
