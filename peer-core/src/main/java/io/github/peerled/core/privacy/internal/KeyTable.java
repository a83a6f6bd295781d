package io.github.peerled.core.privacy.internal;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.privacy.MemberKey;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

/**
 * One kind of key in PostgreSQL: a table of live keys, at most one per owner (a member, or a
 * session) of a group, and a table counting each owner's generations, whose row is locked while a
 * key is made or deleted so that every process agrees on the key. Thread-safe (stateless; each
 * method works on the caller's connection).
 */
final class KeyTable {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The member keys of schema version 3. */
  static final KeyTable MEMBERS =
      new KeyTable(
          "peerled_member_keys",
          "peerled_member_key_generations",
          "member_id",
          "member key",
          "V3__member_keys.sql");

  /** The sessions' retention keys of schema version 4. */
  static final KeyTable SESSIONS =
      new KeyTable(
          "peerled_retention_keys",
          "peerled_retention_key_generations",
          "session_id",
          "retention key",
          "V4__retention_keys.sql");

  private final String ensureGenerationRow;
  private final String lockGeneration;
  private final String live;
  private final String count;
  private final String insert;
  private final String find;
  private final String delete;
  private final String what;
  private final String script;

  private KeyTable(String keys, String generations, String owner, String what, String script) {
    String whereOwner = " WHERE group_id = ? AND " + owner + " = ?";
    this.ensureGenerationRow =
        "INSERT INTO "
            + generations
            + " (group_id, "
            + owner
            + ", generation) VALUES (?, ?, 0) ON CONFLICT (group_id, "
            + owner
            + ") DO NOTHING";
    this.lockGeneration = "SELECT generation FROM " + generations + whereOwner + " FOR UPDATE";
    this.live = "SELECT generation, key FROM " + keys + whereOwner;
    this.count = "UPDATE " + generations + " SET generation = ?" + whereOwner;
    this.insert =
        "INSERT INTO " + keys + " (group_id, " + owner + ", generation, key) VALUES (?, ?, ?, ?)";
    this.find = "SELECT key FROM " + keys + whereOwner + " AND generation = ?";
    this.delete = "DELETE FROM " + keys + whereOwner;
    this.what = what;
    this.script = script;
  }

  /** What the keys are, for messages: "member key" or "retention key". */
  String what() {
    return what;
  }

  /** The schema script that creates the tables. */
  String script() {
    return script;
  }

  /**
   * Returns the owner's live key, or makes one of the next generation, under the lock on the
   * owner's generation row; the caller commits.
   */
  MemberKey liveOrNew(Connection c, GroupId group, String owner) throws SQLException {
    int counted;
    try (PreparedStatement p = c.prepareStatement(ensureGenerationRow)) {
      bind(p, group, owner);
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement(lockGeneration)) {
      bind(p, group, owner);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        counted = r.getInt(1);
      }
    }
    try (PreparedStatement p = c.prepareStatement(live)) {
      bind(p, group, owner);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          return new MemberKey(r.getInt(1), new SecretKeySpec(r.getBytes(2), "AES"));
        }
      }
    }
    int generation = counted + 1;
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    try (PreparedStatement p = c.prepareStatement(count)) {
      p.setInt(1, generation);
      p.setString(2, group.value());
      p.setString(3, owner);
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement(insert)) {
      bind(p, group, owner);
      p.setInt(3, generation);
      p.setBytes(4, bytes);
      p.executeUpdate();
    }
    return new MemberKey(generation, new SecretKeySpec(bytes, "AES"));
  }

  /** Returns one generation of the owner's key, if its row is there. */
  Optional<MemberKey> find(Connection c, GroupId group, String owner, int generation)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(find)) {
      bind(p, group, owner);
      p.setInt(3, generation);
      try (ResultSet r = p.executeQuery()) {
        return r.next()
            ? Optional.of(new MemberKey(generation, new SecretKeySpec(r.getBytes(1), "AES")))
            : Optional.empty();
      }
    }
  }

  /**
   * Deletes the owner's key row in the caller's transaction, holding the lock on the owner's
   * generation row until it ends.
   */
  void destroy(Connection c, GroupId group, String owner) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(lockGeneration)) {
      bind(p, group, owner);
      p.executeQuery().close();
    }
    try (PreparedStatement p = c.prepareStatement(delete)) {
      bind(p, group, owner);
      p.executeUpdate();
    }
  }

  private static void bind(PreparedStatement p, GroupId group, String owner) throws SQLException {
    p.setString(1, group.value());
    p.setString(2, owner);
  }
}
