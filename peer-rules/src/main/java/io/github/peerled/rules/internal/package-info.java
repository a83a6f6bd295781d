/**
 * Implementation of the rules: the multi-pattern automaton, the shared text analysis, the cue
 * classifier and the built-in rules. Not exported; nothing here is API.
 */
@NullMarked
package io.github.peerled.rules.internal;

import org.jspecify.annotations.NullMarked;
