package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.ContributionTextExpired;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.privacy.MemberKeyStore;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contribution text expiring in the PostgreSQL store: the rows of its tables, read with SQL. */
class JdbcRetentionTest {
  @RegisterExtension static final PostgresSchema DB = new PostgresSchema();

  @BeforeEach
  void emptyTables() {
    JdbcEventStore.builder(DB.dataSource()).createSchema(true).build().close();
    DB.execute("TRUNCATE peerled_events, peerled_snapshots, peerled_checkpoints");
  }

  /** Every row of the store's tables, as text. */
  private static byte[] rows() throws SQLException {
    return DB.text(
        "SELECT payload::text FROM peerled_events", "SELECT state::text FROM peerled_snapshots");
  }

  @Test
  void should_leave_no_byte_of_the_expired_words_in_the_tables_and_read_the_marker()
      throws SQLException {
    MemberKeyStore keys = MemberKeyStore.inMemory();
    try (JdbcEventStore s = JdbcEventStore.builder(DB.dataSource()).memberKeys(keys).build()) {
      // given a told story and a snapshot
      RetentionStory story = new RetentionStory(s).told();
      s.saveSnapshot(story.state);

      // when the deadline check expires s1's text
      assertThat(story.expire().events()).hasOnlyElementsOfType(ContributionTextExpired.class);

      // then no row holds s1's words, the log and the feed read the marker, and it replays
      RetentionStory.holdsNoExpiredWords("the tables", rows());
      RetentionStory.readsExpired(s.read(RetentionStory.GROUP));
      GroupState replayed = story.engine.replay(RetentionStory.GROUP, s.read(RetentionStory.GROUP));
      assertThat(replayed).isEqualTo(story.state);
      List<GroupEvent> fed = new ArrayList<>();
      s.feed().orElseThrow().poll("reader", 10_000, e -> fed.add(e.event()));
      assertThat(fed).isEqualTo(s.read(RetentionStory.GROUP));
    }
  }

  @Test
  void should_refuse_to_expire_text_in_a_store_without_keys() throws SQLException {
    try (JdbcEventStore s = JdbcEventStore.builder(DB.dataSource()).plainText().build()) {
      RetentionStory story = new RetentionStory(s).told();
      assertThat(RetentionStory.holdsExpiredWords(rows())).isTrue();
      long version = s.version(RetentionStory.GROUP);

      assertThatThrownBy(story::expire)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot expire the contribution text of [s1]");
      assertThat(s.version(RetentionStory.GROUP)).isEqualTo(version);
    }
  }
}
