/** The machinery of personal data: the field registry and the cipher. Not API. */
@NullMarked
package io.github.peerled.core.privacy.internal;

import org.jspecify.annotations.NullMarked;
