/**
 * Facilitation rules: the executable form of a group's guidelines. A {@link
 * io.github.peerled.rules.RuleSet} is built from the guideline version in force; a {@link
 * io.github.peerled.rules.SessionReview} feeds it a session's contributions in order and returns
 * {@link io.github.peerled.rules.Finding findings}: nudges for the facilitator, never punishment.
 */
@NullMarked
@RulesStyle
package io.github.peerled.rules;

import io.github.peerled.rules.internal.RulesStyle;
import org.jspecify.annotations.NullMarked;
