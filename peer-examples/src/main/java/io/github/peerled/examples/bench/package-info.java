/**
 * JMH benchmarks. Run them from the built jar, for example {@code java -cp
 * peer-examples/target/peer.jar org.openjdk.jmh.Main EngineBenchmark -f 1 -wi 3 -i 5 -t 1}.
 */
@NullMarked
package io.github.peerled.examples.bench;

import org.jspecify.annotations.NullMarked;
