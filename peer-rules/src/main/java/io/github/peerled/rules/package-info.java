/** Facilitation rules: the executable form of a group's guidelines. */
@NullMarked
package io.github.peerled.rules;

import org.jspecify.annotations.NullMarked;
