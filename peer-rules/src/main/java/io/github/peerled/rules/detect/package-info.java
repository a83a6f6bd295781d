/**
 * The sharing/advice detector: tells whether a contribution to a peer support conversation shares
 * an experience, gives advice, asks a question, or does something else (empathy, affirmation, small
 * talk), and shows the words that led to that call.
 *
 * <p>Start with {@link io.github.peerled.rules.detect.Detectors#defaultDetector()}.
 */
@NullMarked
@RulesStyle
package io.github.peerled.rules.detect;

import io.github.peerled.rules.internal.RulesStyle;
import org.jspecify.annotations.NullMarked;
