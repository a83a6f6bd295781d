package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.privacy.MemberKeyStore;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Forgetting a member in the PostgreSQL store: the rows of its tables, read with SQL. */
class JdbcForgetTest {
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
  void should_leave_no_byte_of_the_members_words_in_the_tables_after_forgetting()
      throws SQLException {
    MemberKeyStore keys = MemberKeyStore.inMemory();
    try (JdbcEventStore s = JdbcEventStore.builder(DB.dataSource()).memberKeys(keys).build()) {
      // given a told story and a snapshot of the state that names Quill
      ForgetStory story = new ForgetStory(s).told();
      s.saveSnapshot(story.state);
      assertThat(ForgetStory.holdsASecret(rows())).as("the snapshot row names Quill").isTrue();
      String before = ForgetStory.outcomes(story.state);

      // when
      assertThat(story.forget().rejection()).isEmpty();

      // then
      ForgetStory.holdsNoSecret("the tables", rows());
      GroupState replayed = story.engine.replay(ForgetStory.GROUP, s.read(ForgetStory.GROUP));
      assertThat(replayed).isEqualTo(story.state);
      assertThat(ForgetStory.outcomes(replayed)).isEqualTo(before);
      List<GroupEvent> fed = new ArrayList<>();
      s.feed().orElseThrow().poll("reader", 10_000, e -> fed.add(e.event()));
      assertThat(fed).isEqualTo(s.read(ForgetStory.GROUP));

      // and a snapshot of a state from before the forgetting is not saved again
      s.saveSnapshot(story.engine.replay(ForgetStory.GROUP, s.read(ForgetStory.GROUP, 1, 5)));
      assertThat(s.loadSnapshot(ForgetStory.GROUP)).isEmpty();
      story.goesOn();
    }
  }
}
