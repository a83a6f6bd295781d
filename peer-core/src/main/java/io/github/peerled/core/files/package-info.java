/**
 * The file formats of Peerled as library API: session transcripts, proposed changes, simulation
 * scenarios and event logs, read and written the one way the {@code peer} tool does. Every format
 * is versioned by a top-level {@code format} member (see {@link
 * io.github.peerled.core.files.FileFormat}) and described by a JSON Schema shipped in the jar.
 * Groups are read by {@code io.github.peerled.rules.files.PeerFiles} in peer-rules, which also
 * reads everything here.
 */
@NullMarked
@PeerledStyle
package io.github.peerled.core.files;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
