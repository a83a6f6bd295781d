/**
 * Personal data: which parts of the events are about a person ({@link PersonalData}), the keys that
 * seal them in the stores ({@link MemberKeyStore}), and a member's copy of what is held about them
 * ({@link PersonalDataExport}). How erasure works, and what it does not reach, is described in the
 * project's README ("Forgetting a member").
 */
@NullMarked
package io.github.peerled.core.privacy;

import org.jspecify.annotations.NullMarked;
