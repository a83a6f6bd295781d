package io.github.peerled.core.privacy;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.internal.FileMemberKeys;
import io.github.peerled.core.privacy.internal.InMemoryMemberKeys;
import io.github.peerled.core.privacy.internal.JdbcMemberKeys;
import io.github.peerled.core.session.SessionId;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where the members' keys are kept: one AES key per member of a group and generation. A store built
 * with a key store seals each personal value ({@link PersonalData}) with its member's key before it
 * writes it, and opens it when it reads it; forgetting a member destroys their keys, and what was
 * sealed with them can never be read again (crypto-shredding). A host may keep the keys in its own
 * vault by implementing this interface; keep them apart from the store's backups, or a backup
 * restores what was erased.
 *
 * <p>The same store may keep retention keys, one per session (see {@link #keepsRetentionKeys()}).
 *
 * <p>Implementations must be thread-safe. The store calls {@link #current} on every append of
 * personal data and {@link #find} on every read of it, so both should be quick (cache in memory).
 */
public interface MemberKeyStore {
  /**
   * Returns a key store that keeps keys in memory only: nothing survives the process, so it suits
   * tests and stores that do not survive it either.
   *
   * @return the key store
   */
  static MemberKeyStore inMemory() {
    return new InMemoryMemberKeys();
  }

  /**
   * Returns a key store that keeps keys in one file, rewritten whole (to a temporary file, forced,
   * then moved over the old one) on every change. A destroyed key is removed from the file; the
   * file system may still hold the old file's blocks until they are reused.
   *
   * @param file the file; created on the first key
   * @return the key store
   * @throws java.io.UncheckedIOException if the file exists and cannot be read
   * @throws IllegalArgumentException if the file exists and is not a key file (its line number says
   *     where)
   */
  static MemberKeyStore inFile(Path file) {
    return new FileMemberKeys(file);
  }

  /**
   * Returns a key store that keeps keys in a PostgreSQL database, in the tables {@code
   * peerled_member_keys} (one row per member of a group: their live key) and {@code
   * peerled_member_key_generations} (how many generations each member's key has had), which the
   * store's schema script {@code V3__member_keys.sql} creates, and the retention keys in {@code
   * peerled_retention_keys} and {@code peerled_retention_key_generations} (one live key per session
   * of a group), which {@code V4__retention_keys.sql} creates (see {@link
   * io.github.peerled.core.store.JdbcEventStore}). Several processes may share the tables; they
   * then use the same key for a member or session. Current keys are cached in memory; a lookup by
   * generation asks the database.
   *
   * <p>Given to a {@link io.github.peerled.core.store.JdbcEventStore} built over the same data
   * source object (as the store's builder does by default), forgetting a member deletes their key
   * row in the transaction that appends the forgetting, and an expiry of contribution text deletes
   * its sessions' retention key rows in the transaction that appends the expiry, so that the event
   * and the erasure commit together or not at all, and the store reads each key once per read. A
   * deleted row stays on disk as a dead tuple until PostgreSQL vacuums it, and in the write-ahead
   * log, its archives, replicas and the database's backups: keep those apart.
   *
   * @param dataSource the database; the host keeps owning it
   * @return the key store
   * @throws NullPointerException if {@code dataSource} is null
   */
  static MemberKeyStore jdbc(DataSource dataSource) {
    return new JdbcMemberKeys(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Returns the member's key in use, making one (the next generation) if they have none.
   *
   * @param group the group
   * @param member the member
   * @return the key
   * @throws java.io.UncheckedIOException if the key storage fails
   */
  MemberKey current(GroupId group, MemberId member);

  /**
   * Returns one generation of a member's key, if it has not been destroyed.
   *
   * @param group the group
   * @param member the member
   * @param generation the generation
   * @return the key; empty if it never existed or was destroyed
   * @throws java.io.UncheckedIOException if the key storage fails
   */
  Optional<MemberKey> find(GroupId group, MemberId member, int generation);

  /**
   * Destroys every key of a member in a group, for good. Idempotent. A later {@link #current} makes
   * a new key of the next generation.
   *
   * @param group the group
   * @param member the member
   * @throws java.io.UncheckedIOException if the key storage fails; the keys may still exist
   */
  void destroy(GroupId group, MemberId member);

  /**
   * Tells whether this key store also keeps retention keys: one key per session of a group, under
   * which a store seals the text of the session's contributions a second time, so that the text can
   * expire under the group's retention setting while the member stays. The key stores of {@link
   * #inMemory()}, {@link #inFile(Path)} and {@link #jdbc(DataSource)} do; a host's own key store
   * that does not override the retention methods does not, and a store built with it refuses to
   * append a {@code ContributionTextExpired} rather than pretend the text is gone.
   *
   * @return true if the retention methods are implemented; false by default
   */
  default boolean keepsRetentionKeys() {
    return false;
  }

  /**
   * Returns a session's retention key in use, making one (the next generation) if it has none.
   *
   * @param group the group
   * @param session the session
   * @return the key
   * @throws UnsupportedOperationException if this key store keeps no retention keys (the default)
   * @throws java.io.UncheckedIOException if the key storage fails
   */
  default MemberKey retentionKey(GroupId group, SessionId session) {
    throw new UnsupportedOperationException("this key store keeps no retention keys");
  }

  /**
   * Returns one generation of a session's retention key, if it has not been destroyed.
   *
   * @param group the group
   * @param session the session
   * @param generation the generation
   * @return the key; empty if it never existed or was destroyed
   * @throws UnsupportedOperationException if this key store keeps no retention keys (the default)
   * @throws java.io.UncheckedIOException if the key storage fails
   */
  default Optional<MemberKey> findRetentionKey(GroupId group, SessionId session, int generation) {
    throw new UnsupportedOperationException("this key store keeps no retention keys");
  }

  /**
   * Destroys every retention key of a session, for good: the text of its contributions can no
   * longer be read. Idempotent.
   *
   * @param group the group
   * @param session the session
   * @throws UnsupportedOperationException if this key store keeps no retention keys (the default)
   * @throws java.io.UncheckedIOException if the key storage fails; the keys may still exist
   */
  default void destroyRetentionKey(GroupId group, SessionId session) {
    throw new UnsupportedOperationException("this key store keeps no retention keys");
  }
}
