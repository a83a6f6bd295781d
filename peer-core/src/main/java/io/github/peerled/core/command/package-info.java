/**
 * The commands members give a group. The engine decides each into events or a rejection.
 *
 * <p>Each command is built from its own interface: {@code X.builder()} returns a builder on which
 * every part without a default must be set, and a few commands with one or two parts also have
 * {@code X.of(..)}. The same holds for the values a command carries (proposal contents, guideline
 * changes, clauses, profiles), while configurations have {@code ofDefaults()} and {@code custom()},
 * and an existing value gives a builder that starts from it with {@code patch()}:
 *
 * <pre>{@code
 * GroupCommand found =
 *     FoundGroup.builder()
 *         .actor(MemberId.of("alice"))
 *         .profile(profile)
 *         .addFounders(FoundingMember.of("alice", "Alice"), FoundingMember.of("bob", "Bob"))
 *         .addDraft(Clause.of("sharing", "We share our own experience."))
 *         .build();
 * GroupCommand join = JoinGroup.of(MemberId.of("carol"), state.guidelineVersionNumber());
 * }</pre>
 *
 * <p>Every command and value is immutable and thread-safe; a builder is not thread-safe.
 */
@NullMarked
@PeerledStyle
package io.github.peerled.core.command;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
