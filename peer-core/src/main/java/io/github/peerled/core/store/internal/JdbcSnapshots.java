package io.github.peerled.core.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.JdbcEventStore;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The snapshots of the PostgreSQL store: one row per group, tied to the position of the event it
 * was taken at, and checked against the log before it is used. Thread-safe (stateless).
 */
final class JdbcSnapshots {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.store");
  private static final ObjectWriter WRITER = RecordCodec.MAPPER.writerFor(GroupState.class);
  private static final ObjectReader READER = RecordCodec.MAPPER.readerFor(GroupState.class);

  /**
   * The snapshot, the event it was taken at as the log has it now (null if the log is shorter),
   * whether that event is inside an append (the next one has the same transaction) and the log's
   * version.
   */
  private static final String LOAD =
      "SELECT s.sequence, s.format, s.event_position, s.state::text, e.position,"
          + " coalesce(e.txid = n.txid, false),"
          + " (SELECT coalesce(max(sequence), 0) FROM peerled_events WHERE group_id = s.group_id)"
          + " FROM peerled_snapshots s"
          + " LEFT JOIN peerled_events e ON e.group_id = s.group_id AND e.sequence = s.sequence"
          + " LEFT JOIN peerled_events n ON n.group_id = s.group_id AND n.sequence = s.sequence + 1"
          + " WHERE s.group_id = ?";

  /** The event a snapshot is to be taken at: its position and whether it is inside an append. */
  private static final String AT =
      "SELECT e.position, coalesce(e.txid = n.txid, false) FROM peerled_events e"
          + " LEFT JOIN peerled_events n ON n.group_id = e.group_id AND n.sequence = e.sequence + 1"
          + " WHERE e.group_id = ? AND e.sequence = ?";

  private static final String SAVE =
      "INSERT INTO peerled_snapshots (group_id, sequence, event_position, format, state)"
          + " SELECT ?, ?, ?, ?, ?::jsonb WHERE NOT EXISTS (SELECT 1 FROM peerled_events f"
          + " WHERE f.group_id = ? AND f.sequence > ? AND f.type = 'MemberForgotten')"
          + " ON CONFLICT (group_id) DO UPDATE SET"
          + " sequence = excluded.sequence, event_position = excluded.event_position,"
          + " format = excluded.format, state = excluded.state, saved_at = now()";

  private final JdbcStore store;

  JdbcSnapshots(JdbcStore store) {
    this.store = store;
  }

  Optional<GroupState> load(GroupId group) {
    String json;
    long seq;
    try (Connection c = store.connection();
        PreparedStatement p = c.prepareStatement(LOAD)) {
      p.setString(1, group.value());
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        seq = r.getLong(1);
        int format = r.getInt(2);
        long tiedTo = r.getLong(3);
        json = r.getString(4);
        long position = r.getLong(5);
        boolean inLog = !r.wasNull();
        boolean inside = r.getBoolean(6);
        long version = r.getLong(7);
        if (format != JdbcEventStore.SNAPSHOT_FORMAT) {
          return ignored(
              group,
              "its format is "
                  + format
                  + ", not the one this release reads ("
                  + JdbcEventStore.SNAPSHOT_FORMAT
                  + ")");
        }
        if (!inLog) {
          return ignored(
              group, "it is at version " + seq + ", but the log ends at version " + version);
        }
        if (position != tiedTo) {
          return ignored(
              group,
              "it belongs to another log: it was taken at the event in position "
                  + tiedTo
                  + ", the log's event "
                  + seq
                  + " is in position "
                  + position);
        }
        if (inside) {
          return ignored(group, "version " + seq + " is inside an append");
        }
      }
    } catch (SQLException e) {
      throw JdbcStore.failure("group " + group + ": cannot read the snapshot", e);
    }
    GroupState state;
    try {
      state = READER.readValue(json);
    } catch (JsonProcessingException | RuntimeException e) {
      return ignored(group, "the state does not parse: " + e.getMessage());
    }
    if (!state.groupId().equals(group)) {
      return ignored(group, "it holds the state of group " + state.groupId() + ", not " + group);
    }
    if (state.version() != seq) {
      return ignored(group, "its state is at version " + state.version() + ", its row says " + seq);
    }
    return Optional.of(state);
  }

  private static Optional<GroupState> ignored(GroupId group, String reason) {
    LOG.log(
        System.Logger.Level.WARNING,
        "peerled_snapshots: the snapshot of group "
            + group
            + " is ignored ("
            + reason
            + "); the group is read from its log");
    return Optional.empty();
  }

  void save(GroupState state) {
    GroupId group = state.groupId();
    long seq = state.version();
    if (seq < 1) {
      throw new IllegalArgumentException("group " + group + " has no events to take a snapshot of");
    }
    byte[] json;
    try {
      json = WRITER.writeValueAsBytes(state);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write the state of group " + group, e);
    }
    Readback.check(json, "the snapshot of group " + group + " at version ", seq);
    try (Connection c = store.connection()) {
      long position;
      try (PreparedStatement p = c.prepareStatement(AT)) {
        p.setString(1, group.value());
        p.setLong(2, seq);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            throw new IllegalArgumentException(
                "group " + group + " has no event " + seq + " to take a snapshot at");
          }
          position = r.getLong(1);
          if (r.getBoolean(2)) {
            throw new IllegalArgumentException(
                "group "
                    + group
                    + ": a snapshot must end an append, but version "
                    + seq
                    + " does not");
          }
        }
      }
      try (PreparedStatement p = c.prepareStatement(SAVE)) {
        p.setString(1, group.value());
        p.setLong(2, seq);
        p.setLong(3, position);
        p.setInt(4, JdbcEventStore.SNAPSHOT_FORMAT);
        p.setString(5, new String(json, StandardCharsets.UTF_8));
        p.setString(6, group.value());
        p.setLong(7, seq);
        p.executeUpdate();
      }
    } catch (SQLException e) {
      throw JdbcStore.failure("group " + group + ": cannot save a snapshot", e);
    }
  }
}
