/** What the tool's commands and benchmarks share to reach a database through JDBC. */
@NullMarked
package io.github.peerled.examples.jdbc;

import org.jspecify.annotations.NullMarked;
