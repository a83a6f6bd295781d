/**
 * The JSON documents the {@code peer} command reads: a group file (who is in the group, the
 * guidelines in force, the group's resources) and a session file (a transcript). Both carry a
 * {@code format} field naming their version, such as {@code peerled-group/1}.
 */
@NullMarked
@PeerledStyle
package io.github.peerled.examples.files;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
