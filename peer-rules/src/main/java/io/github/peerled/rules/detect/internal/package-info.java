/**
 * The detector's machinery: tokenizer, lexicon, features, linear model and trainer. Not exported
 * from the module and not part of the API; public only so that the evaluation, training and
 * benchmark tools can reach it on the class path.
 */
@NullMarked
package io.github.peerled.rules.detect.internal;

import org.jspecify.annotations.NullMarked;
