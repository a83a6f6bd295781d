/**
 * Governance validators: checks of a proposed guideline change and of a group set-up, returning
 * violations as values. Callable alone by integrators, and as guards before a command commits.
 */
@NullMarked
package io.github.peerled.rules.validate;

import org.jspecify.annotations.NullMarked;
