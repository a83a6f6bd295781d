package io.github.peerled.core.store.internal;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.privacy.internal.Sealer;
import io.github.peerled.core.store.FeedEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The feed of the PostgreSQL store. Events are read in the order (txid, position), and only those
 * of transactions older than every transaction still running.
 *
 * <p>Why that order and that bound never skip an event: every transaction that has not finished
 * when a read's snapshot is taken has a txid at least the snapshot's xmin, and so has every
 * transaction that starts later; the transactions below xmin have all finished, so their events are
 * all visible to the read, and none will ever be added. A read therefore returns a prefix of the
 * feed's final order, and the checkpoint, the (txid, position) of the last event handled, has
 * nothing still to come before it. Position order would not be safe even with the bound: a
 * transaction may take a position below one of an older transaction (the position is drawn before
 * the txid is assigned, and the inserts of concurrent transactions interleave), so the older one
 * can be read and passed while the younger is still running.
 *
 * <p>The order names the table's column: a bare {@code ORDER BY txid} would sort by the output
 * column of that name, the txid as text, in which 10 comes before 9, and a page would then skip
 * events and repeat others once the server's transaction ids gain a digit.
 *
 * <p>The txid is read once per statement: {@code pg_current_snapshot()} is the statement's own
 * snapshot, the one that decides which rows it sees. Thread-safe: each call takes its own
 * connection.
 */
final class JdbcFeed implements FeedSource {
  private static final String READ =
      "SELECT e.txid::text AS txid_text, e.position, e.group_id, e.sequence, e.schema_version,"
          + " e.payload::text"
          + " FROM peerled_events e"
          + " WHERE (e.txid, e.position) > (CAST(? AS xid8), ?)"
          + " AND e.txid < pg_snapshot_xmin(pg_current_snapshot())"
          + " ORDER BY e.txid, e.position LIMIT ?";

  private static final String LOAD =
      "SELECT txid::text, position FROM peerled_checkpoints WHERE subscriber = ?";

  private static final String SAVE =
      "INSERT INTO peerled_checkpoints AS c (subscriber, txid, position)"
          + " VALUES (?, CAST(? AS xid8), ?)"
          + " ON CONFLICT (subscriber) DO UPDATE"
          + " SET txid = excluded.txid, position = excluded.position, updated_at = now()"
          + " WHERE (c.txid, c.position) < (excluded.txid, excluded.position)";

  private final JdbcStore store;

  JdbcFeed(JdbcStore store) {
    this.store = store;
  }

  @Override
  public List<Entry> read(Cursor after, int max) {
    try (Connection c = store.connection();
        PreparedStatement p = c.prepareStatement(READ)) {
      p.setString(1, Long.toUnsignedString(after.order()));
      p.setLong(2, after.position());
      p.setInt(3, max);
      List<Entry> out = new ArrayList<>(Math.min(max, 1024));
      Sealer opener = store.reads().opener(c);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          long txid = Long.parseUnsignedLong(r.getString(1));
          long position = r.getLong(2);
          GroupId group = GroupId.of(r.getString(3));
          long sequence = r.getLong(4);
          FeedEvent e =
              new FeedEvent(
                  position,
                  store.reads().decode(opener, group, sequence, r.getInt(5), r.getString(6)));
          out.add(new Entry(e, new Cursor(txid, position)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw JdbcStore.failure("cannot read the feed", e);
    }
  }

  @Override
  public Cursor load(String subscriber) {
    try (Connection c = store.connection();
        PreparedStatement p = c.prepareStatement(LOAD)) {
      p.setString(1, subscriber);
      try (ResultSet r = p.executeQuery()) {
        return r.next()
            ? new Cursor(Long.parseUnsignedLong(r.getString(1)), r.getLong(2))
            : Cursor.START;
      }
    } catch (SQLException e) {
      throw JdbcStore.failure("subscriber " + subscriber + ": cannot read the checkpoint", e);
    }
  }

  @Override
  public void save(String subscriber, Cursor checkpoint) {
    try (Connection c = store.connection();
        PreparedStatement p = c.prepareStatement(SAVE)) {
      p.setString(1, subscriber);
      p.setString(2, Long.toUnsignedString(checkpoint.order()));
      p.setLong(3, checkpoint.position());
      p.executeUpdate();
    } catch (SQLException e) {
      throw JdbcStore.failure("subscriber " + subscriber + ": cannot store the checkpoint", e);
    }
  }

  @Override
  public Wakeup wakeup() {
    return new PgWakeup(store);
  }
}
