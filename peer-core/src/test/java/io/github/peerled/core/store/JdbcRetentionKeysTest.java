package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.ImmutableForgetMember;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.ContributionTextExpired;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sessions' retention keys in the PostgreSQL database of the store, as the store keeps them by
 * default: an expiry deletes its sessions' key rows in the transaction that appends it, or not at
 * all, and every table is searched for the expired words with SQL.
 */
class JdbcRetentionKeysTest {
  @RegisterExtension static final PostgresSchema DB = new PostgresSchema();

  /** The tables of the store, each read whole as text. */
  private static final List<String> TABLES =
      List.of(
          "peerled_events",
          "peerled_snapshots",
          "peerled_checkpoints",
          "peerled_member_keys",
          "peerled_member_key_generations",
          "peerled_retention_keys",
          "peerled_retention_key_generations");

  /** One data source for the stores and keys of a test: the key tables are the store's own. */
  private DataSource ds = DB.dataSource();

  @BeforeEach
  void emptyTables() {
    ds = DB.dataSource();
    JdbcEventStore.builder(ds).createSchema(true).build().close();
    DB.execute(
        "DROP TRIGGER IF EXISTS refuse ON peerled_retention_keys;"
            + " TRUNCATE "
            + String.join(", ", TABLES));
  }

  /** A store as the builder makes it by default: sealing, with its keys in its own database. */
  private JdbcEventStore store() {
    return JdbcEventStore.builder(ds).build();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private long retentionKeysOf(String session) throws SQLException {
    return count(
        "SELECT count(*) FROM peerled_retention_keys WHERE session_id = '" + session + "'");
  }

  /** Every row of every table of the store, as text. */
  private static byte[] rows() throws SQLException {
    return DB.text(
        TABLES.stream().map(t -> "SELECT t::text FROM " + t + " t").toArray(String[]::new));
  }

  @Test
  void should_delete_the_sessions_key_rows_with_the_expiry_and_leave_no_expired_words()
      throws SQLException {
    try (JdbcEventStore s = store()) {
      // given a told story (one retention key row a session), a snapshot, and a feed reader
      RetentionStory story = new RetentionStory(s).told();
      s.saveSnapshot(story.state);
      assertThat(retentionKeysOf("s1")).isEqualTo(1);
      assertThat(retentionKeysOf("s2")).isEqualTo(1);
      assertThat(RetentionStory.texts(s.read(RetentionStory.GROUP)))
          .containsExactly(
              RetentionStory.OLD_WORDS, RetentionStory.OLD_REPLY, RetentionStory.NEW_WORDS);

      // when the deadline check expires s1's text
      assertThat(story.expire().events()).hasOnlyElementsOfType(ContributionTextExpired.class);

      // then s1's key row is gone with the event, s2's stays, and no table holds s1's words
      assertThat(retentionKeysOf("s1")).isZero();
      assertThat(retentionKeysOf("s2")).isEqualTo(1);
      assertThat(
              count(
                  "SELECT generation FROM peerled_retention_key_generations"
                      + " WHERE session_id = 's1'"))
          .as("the count of generations stays, so a new key would never open the old text")
          .isEqualTo(1);
      RetentionStory.holdsNoExpiredWords("the tables", rows());

      // and the log, the feed and a replay read the marker where the words were
      RetentionStory.readsExpired(s.read(RetentionStory.GROUP));
      List<GroupEvent> fed = new ArrayList<>();
      s.feed().orElseThrow().poll("reader", 10_000, e -> fed.add(e.event()));
      assertThat(fed).isEqualTo(s.read(RetentionStory.GROUP));
      GroupState replayed = story.engine.replay(RetentionStory.GROUP, s.read(RetentionStory.GROUP));
      assertThat(replayed).isEqualTo(story.state);
    }
  }

  @Test
  void should_append_no_expiry_when_the_key_rows_cannot_be_deleted() throws SQLException {
    try (JdbcEventStore s = store()) {
      // given a told story, and a database that refuses to delete a retention key
      RetentionStory story = new RetentionStory(s).told();
      List<GroupEvent> before = s.read(RetentionStory.GROUP);
      DB.execute(
          "CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS"
              + " $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;"
              + " CREATE TRIGGER refuse BEFORE DELETE ON peerled_retention_keys"
              + " FOR EACH STATEMENT EXECUTE FUNCTION refuse()");

      // when, then the event and the erasure are undone together
      assertThatThrownBy(story::expire)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("refused by the test");
      assertThat(s.read(RetentionStory.GROUP)).isEqualTo(before);
      assertThat(retentionKeysOf("s1")).isEqualTo(1);
      assertThat(RetentionStory.texts(s.read(RetentionStory.GROUP)))
          .contains(RetentionStory.OLD_WORDS);
    }
  }

  @Test
  void should_read_a_forgotten_speakers_words_as_removed_and_the_others_expired_words_as_expired()
      throws SQLException {
    try (JdbcEventStore s = store()) {
      // given a told story whose first speaker asks to be forgotten
      RetentionStory story = new RetentionStory(s).told();
      assertThat(
              story
                  .give(ImmutableForgetMember.builder().actor(RetentionStory.SPEAKER).build())
                  .rejection())
          .isEmpty();
      assertThat(
              count(
                  "SELECT count(*) FROM peerled_member_keys WHERE member_id = '"
                      + RetentionStory.SPEAKER
                      + "'"))
          .isZero();

      // when s1's text expires too
      assertThat(story.expire().rejection()).isEmpty();

      // then the speaker's words read as removed in both sessions, the reply as expired
      assertThat(RetentionStory.texts(s.read(RetentionStory.GROUP)))
          .containsExactly(PersonalData.REMOVED, PersonalData.EXPIRED, PersonalData.REMOVED);
      RetentionStory.holdsNoExpiredWords("the tables", rows());
      assertThat(new String(rows(), java.nio.charset.StandardCharsets.UTF_8))
          .doesNotContain(RetentionStory.NEW_WORDS);
      assertThat(story.engine.replay(RetentionStory.GROUP, s.read(RetentionStory.GROUP)))
          .isEqualTo(story.state);
    }
  }

  @Test
  void should_expire_for_both_of_two_runtimes_sharing_one_database() throws Exception {
    // given a story told through one store, and two runtimes, each with its own store and keys
    RetentionStory story;
    try (JdbcEventStore teller = store()) {
      story = new RetentionStory(teller).told();
    }
    DataSource other = DB.dataSource();
    try (JdbcEventStore one = store();
        JdbcEventStore two = JdbcEventStore.builder(other).build();
        GroupRuntime first = GroupRuntime.builder().store(one).clock(story.clock).build();
        GroupRuntime second = GroupRuntime.builder().store(two).clock(story.clock).build()) {
      assertThat(first.group(RetentionStory.GROUP).state()).isEqualTo(story.state);
      assertThat(RetentionStory.texts(one.read(RetentionStory.GROUP)))
          .contains(RetentionStory.OLD_WORDS);

      // when the second runtime's deadline check expires s1's text
      story.now = story.s1Due();
      Submission expired =
          second
              .group(RetentionStory.GROUP)
              .submit(CheckDeadlines.builder().actor(Fixtures.BOB).build());
      assertThat(expired.isAccepted()).as("%s", expired).isTrue();

      // then the first runtime's store reads the marker too, and a runtime started over it
      // folds the same state as the runtime that expired the text
      RetentionStory.readsExpired(one.read(RetentionStory.GROUP));
      RetentionStory.readsExpired(two.read(RetentionStory.GROUP));
      assertThat(retentionKeysOf("s1")).isZero();
      try (GroupRuntime fresh = GroupRuntime.builder().store(one).clock(story.clock).build()) {
        assertThat(fresh.group(RetentionStory.GROUP).state())
            .isEqualTo(second.group(RetentionStory.GROUP).state());
      }
      RetentionStory.holdsNoExpiredWords("the tables", rows());
    }
  }
}
