/** Tests that build a host application against the library's jars. */
@NullMarked
package io.github.peerled.hosts;

import org.jspecify.annotations.NullMarked;
