/**
 * The file formats of Peerled as library API, with {@link io.github.peerled.rules.files.PeerFiles}
 * as the one entry point: group files ({@code "format": "peerled-group/1"}: who is in the group,
 * the guidelines in force, the resources its rules point to), and, through {@link
 * io.github.peerled.core.files.CoreFiles}, session transcripts, proposed changes, simulation
 * scenarios and event logs. Every format names its version in a {@code format} member and has a
 * JSON Schema in the jars.
 */
@NullMarked
@RulesStyle
package io.github.peerled.rules.files;

import io.github.peerled.rules.internal.RulesStyle;
import org.jspecify.annotations.NullMarked;
