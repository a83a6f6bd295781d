package io.github.peerled.core.store.internal;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.privacy.internal.JdbcMemberKeys;
import io.github.peerled.core.privacy.internal.Sealer;
import io.github.peerled.core.store.StoreRecordException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The reading side of {@link JdbcStore}: it reads a range of a group's log through a cursor, and
 * decodes each row into its event (upcast, checked to be the event the row is for, and with its
 * sealed personal data opened), saying of a row that does not decode which row it is and why. The
 * feed ({@link JdbcFeed}) decodes the rows it reads here too. Thread-safe: it holds no state of its
 * own beyond what it is created with.
 */
final class JdbcReads {
  private static final String READ =
      "SELECT sequence, schema_version, payload::text FROM peerled_events"
          + " WHERE group_id = ? AND sequence BETWEEN ? AND ? ORDER BY sequence";

  private final RecordCodec codec;
  private final @Nullable Sealer sealer;
  private final @Nullable JdbcMemberKeys tableKeys;
  private final int fetchSize;

  JdbcReads(
      RecordCodec codec,
      @Nullable Sealer sealer,
      @Nullable JdbcMemberKeys tableKeys,
      int fetchSize) {
    this.codec = codec;
    this.sealer = sealer;
    this.tableKeys = tableKeys;
    this.fetchSize = fetchSize;
  }

  /**
   * Reads a range of a group's log on a connection, in a transaction it rolls back, and gives each
   * event to the sink in order.
   */
  void forEach(
      Connection c,
      GroupId group,
      long fromSequence,
      long toSequence,
      Consumer<? super GroupEvent> sink)
      throws SQLException {
    boolean auto = c.getAutoCommit();
    // The driver fetches rows a few at a time through a cursor only inside a transaction.
    c.setAutoCommit(false);
    Sealer opener = opener(c);
    try (PreparedStatement p = c.prepareStatement(READ)) {
      p.setFetchSize(fetchSize);
      p.setString(1, group.value());
      p.setLong(2, fromSequence);
      p.setLong(3, toSequence);
      try (ResultSet r = p.executeQuery()) {
        long next = fromSequence;
        while (r.next()) {
          long seq = r.getLong(1);
          if (seq != next) {
            throw bad(group, next, "the event is missing (the next stored one is " + seq + ")");
          }
          sink.accept(decode(opener, group, seq, r.getInt(2), r.getString(3)));
          next++;
        }
      }
    } finally {
      c.rollback();
      JdbcStore.restore(c, auto);
    }
  }

  /**
   * Returns the sealer that opens what a read on a connection meets: with the keys in this
   * database, one that looks each key up once, on that connection; null if the store has no keys.
   */
  @Nullable Sealer opener(Connection c) {
    Sealer s = sealer;
    JdbcMemberKeys k = tableKeys;
    return s == null || k == null ? s : s.reading(k.reading(c));
  }

  GroupEvent decode(
      @Nullable Sealer opener,
      GroupId group,
      long seq,
      int schemaVersion,
      @Nullable String payload) {
    if (payload == null) {
      throw bad(group, seq, "the payload is null");
    }
    GroupEvent e;
    try {
      e = codec.decode(payload.getBytes(StandardCharsets.UTF_8), schemaVersion, opener);
    } catch (RecordCodec.BadRecord b) {
      throw new StoreRecordException(
          JdbcStore.where(group), seq, String.valueOf(b.getMessage()), b.getCause());
    }
    if (e.sequence() != seq || !e.groupId().equals(group)) {
      throw bad(
          group,
          seq,
          "the row holds event " + e.sequence() + " of group " + e.groupId() + ", not this one");
    }
    if (opener == null) {
      return e;
    }
    try {
      return Forgets.open(opener, e);
    } catch (IllegalStateException sealed) {
      throw new StoreRecordException(
          JdbcStore.where(group), seq, String.valueOf(sealed.getMessage()), sealed);
    }
  }

  private static StoreRecordException bad(GroupId group, long seq, String reason) {
    return new StoreRecordException(JdbcStore.where(group), seq, reason, null);
  }
}
