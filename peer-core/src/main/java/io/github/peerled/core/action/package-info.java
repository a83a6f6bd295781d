/**
 * Action items: tasks a group agrees from a decided proposal or a session, held by an owner who
 * accepted them, done or released, and overdue from the deadline check.
 */
@NullMarked
@PeerledStyle
package io.github.peerled.core.action;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
