package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.ImmutableForgetMember;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.privacy.MemberKey;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The members' keys in the PostgreSQL database of the store: one live key row per member, shared by
 * every process; forgetting deletes it in the transaction of the forgetting, or not at all.
 */
class JdbcMemberKeysTest {
  @RegisterExtension static final PostgresSchema DB = new PostgresSchema();

  private static final GroupId GROUP = GroupId.of("g");
  private static final MemberId ANNA = MemberId.of("anna");

  /** One data source for the stores and keys of a test: the key table is the store's own. */
  private DataSource ds = DB.dataSource();

  @BeforeEach
  void emptyTables() {
    ds = DB.dataSource();
    JdbcEventStore.builder(ds).createSchema(true).build().close();
    DB.execute(
        "DROP TRIGGER IF EXISTS refuse ON peerled_member_keys;"
            + " DROP TRIGGER IF EXISTS refuse ON peerled_snapshots;"
            + " TRUNCATE peerled_events, peerled_snapshots, peerled_checkpoints,"
            + " peerled_member_keys, peerled_member_key_generations");
  }

  private JdbcEventStore store() {
    return JdbcEventStore.builder(ds).memberKeys(MemberKeyStore.jdbc(ds)).build();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Every row of every table of the store, as text. */
  private byte[] rows() throws SQLException {
    StringBuilder all = new StringBuilder();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "peerled_events",
              "peerled_snapshots",
              "peerled_checkpoints",
              "peerled_member_keys",
              "peerled_member_key_generations")) {
        try (ResultSet r = s.executeQuery("SELECT t::text FROM " + table + " t")) {
          while (r.next()) {
            all.append(r.getString(1)).append('\n');
          }
        }
      }
    }
    return all.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void refuseDeletesOf(String table) {
    DB.execute(
        "CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS"
            + " $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;"
            + " CREATE TRIGGER refuse BEFORE DELETE ON "
            + table
            + " FOR EACH STATEMENT EXECUTE FUNCTION refuse()");
  }

  @Test
  void should_share_one_key_per_member_between_instances_and_count_generations_on() {
    // given two key stores over one database, as two processes would have
    MemberKeyStore one = MemberKeyStore.jdbc(ds);
    MemberKeyStore other = MemberKeyStore.jdbc(ds);

    // when
    MemberKey key = one.current(GROUP, ANNA);

    // then
    assertThat(key.generation()).isEqualTo(1);
    assertThat(other.current(GROUP, ANNA)).isEqualTo(key);
    assertThat(other.find(GROUP, ANNA, 1)).contains(key);

    // and a destroyed key is gone for both; the next one counts on
    other.destroy(GROUP, ANNA);
    assertThat(one.find(GROUP, ANNA, 1)).isEmpty();
    assertThat(other.current(GROUP, ANNA).generation()).isEqualTo(2);
    assertThat(one.find(GROUP, ANNA, 1)).isEmpty();
  }

  @Test
  void should_say_that_the_key_tables_are_missing() {
    String schema = DB.name() + "_bare";
    DB.server().execute("CREATE SCHEMA " + schema);
    try {
      MemberKeyStore keys = MemberKeyStore.jdbc(DB.server().dataSource(schema));

      assertThatThrownBy(() -> keys.current(GROUP, ANNA))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("group g, member anna")
          .hasMessageContaining("the member key tables are missing")
          .hasMessageContaining("V3__member_keys.sql");
    } finally {
      DB.server().execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Test
  void should_delete_the_key_row_with_the_forgetting_and_leave_no_words_in_any_table()
      throws SQLException {
    try (JdbcEventStore s = store()) {
      // given a told story whose keys are rows of the store's database, and a snapshot
      ForgetStory story = new ForgetStory(s).told();
      s.saveSnapshot(story.state);
      assertThat(count("SELECT count(*) FROM peerled_member_keys WHERE member_id = 'quill'"))
          .isEqualTo(1);
      assertThat(ForgetStory.holdsASecret(rows())).as("the snapshot row names Quill").isTrue();

      // when
      assertThat(story.forget().rejection()).isEmpty();

      // then Quill's key row is gone, the others stay, and no table holds Quill's words
      assertThat(count("SELECT count(*) FROM peerled_member_keys WHERE member_id = 'quill'"))
          .isZero();
      assertThat(count("SELECT count(*) FROM peerled_member_keys")).isEqualTo(4);
      ForgetStory.holdsNoSecret("the tables", rows());
      assertThat(story.engine.replay(ForgetStory.GROUP, s.read(ForgetStory.GROUP)))
          .isEqualTo(story.state);
      assertThat(ForgetStory.holdsASecret(json(s.read(ForgetStory.GROUP))))
          .as("what reads back")
          .isFalse();
      story.goesOn();
    }
  }

  @Test
  void should_append_no_forgetting_when_the_key_row_cannot_be_deleted() throws SQLException {
    try (JdbcEventStore s = store()) {
      // given a told story, and a database that refuses to delete a key
      ForgetStory story = new ForgetStory(s).told();
      List<GroupEvent> before = s.read(ForgetStory.GROUP);
      refuseDeletesOf("peerled_member_keys");

      // when, then
      assertThatThrownBy(story::forget)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("refused by the test");
      assertThat(s.read(ForgetStory.GROUP)).isEqualTo(before);
      assertThat(count("SELECT count(*) FROM peerled_member_keys WHERE member_id = 'quill'"))
          .isEqualTo(1);
    }
  }

  @Test
  void should_keep_the_key_row_when_the_forgetting_fails_after_deleting_it() throws SQLException {
    try (JdbcEventStore s = store()) {
      // given a told story, and a database that fails the forgetting's transaction after the key's
      // row is deleted (at the snapshot's deletion)
      ForgetStory story = new ForgetStory(s).told();
      List<GroupEvent> before = s.read(ForgetStory.GROUP);
      refuseDeletesOf("peerled_snapshots");

      // when, then the event and the erasure are undone together
      assertThatThrownBy(story::forget)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("refused by the test");
      assertThat(count("SELECT count(*) FROM peerled_member_keys WHERE member_id = 'quill'"))
          .isEqualTo(1);
      assertThat(s.read(ForgetStory.GROUP)).isEqualTo(before);
      assertThat(ForgetStory.holdsASecret(json(s.read(ForgetStory.GROUP))))
          .as("Quill's words still open")
          .isTrue();
    }
  }

  @Test
  void should_read_values_sealed_by_the_first_sealing_release() throws Exception {
    // given a log sealed by the first release that sealed, and its keys, put in the key table
    for (Map.Entry<String, byte[]> k : OldSealedLog.keys().entrySet()) {
      try (Connection c = ds.getConnection();
          var p =
              c.prepareStatement(
                  "INSERT INTO peerled_member_keys (group_id, member_id, generation, key)"
                      + " VALUES ('town-hall', ?, 1, ?)")) {
        p.setString(1, k.getKey());
        p.setBytes(2, k.getValue());
        p.executeUpdate();
      }
    }
    try (JdbcEventStore plain = JdbcEventStore.builder(ds).plainText().build()) {
      plain.append(ForgetStory.GROUP, 0, OldSealedLog.events());
    }

    // when, then
    try (JdbcEventStore s = store()) {
      assertThat(s.read(ForgetStory.GROUP)).isEqualTo(OldSealedLog.told());
    }
  }

  @Test
  void should_say_which_event_and_value_does_not_open_when_a_sealed_value_was_changed() {
    try (JdbcEventStore s = store()) {
      // given a told story, and Quill's words in event 12 changed by hand
      new ForgetStory(s).told();
      DB.execute(
          "UPDATE peerled_events SET payload = replace(payload::text, 'peerled-sealed:1:1:',"
              + " 'peerled-sealed:1:1:AAAA')::json WHERE sequence = 12");

      // when, then
      assertThatThrownBy(() -> s.read(ForgetStory.GROUP))
          .isInstanceOf(StoreRecordException.class)
          .hasMessageContaining("peerled_events/town-hall, line 12")
          .hasMessageContaining("contribution.text")
          .hasMessageContaining("does not open with its member's key");
    }
  }

  @Test
  void should_share_the_key_table_between_two_runtimes_and_forget_for_both() throws Exception {
    // given two runtimes, each with its own store and key store over one database
    List<JdbcEventStore> stores = List.of(store(), store());
    List<GroupRuntime> runtimes = new ArrayList<>();
    for (JdbcEventStore s : stores) {
      runtimes.add(GroupRuntime.builder().store(s).clock(Fixtures.fixedClock()).build());
    }
    try {
      GroupId shared = GroupId.of("shared");
      Fixtures.running(3).forEach(runtimes.get(0).group(shared)::submit);

      // when both runtimes' threads speak for three members at once
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<List<Submission>>> threads = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        GroupHandle g = runtimes.get(r).group(shared);
        for (int t = 0; t < 4; t++) {
          String voice = r + "-" + t;
          threads.add(
              CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      start.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    List<Submission> out = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                      MemberId who = Fixtures.member(i % 3);
                      out.add(g.submit(Fixtures.say(who, "s1", who + " says " + voice + "/" + i)));
                    }
                    return out;
                  }));
        }
      }
      start.countDown();
      for (CompletableFuture<List<Submission>> f : threads) {
        assertThat(f.get(120, TimeUnit.SECONDS)).allMatch(Submission::isAccepted);
      }

      // then each store opens every word, whichever runtime sealed it, with one key a member
      Map<String, String> said = said(stores.get(0).read(shared));
      assertThat(said).hasSize(2 * 4 * 15);
      assertThat(said(stores.get(1).read(shared))).isEqualTo(said);
      assertThat(said.values()).noneMatch(text -> text.equals(PersonalData.REMOVED));
      assertThat(count("SELECT max(generation) FROM peerled_member_key_generations")).isEqualTo(1);

      // and when one runtime forgets m0, the other store reads m0's words as removed
      Submission forgot =
          runtimes
              .get(1)
              .group(shared)
              .submit(ImmutableForgetMember.builder().actor(Fixtures.member(0)).build());
      assertThat(forgot.isAccepted()).isTrue();
      Map<String, String> after = said(stores.get(0).read(shared));
      assertThat(after)
          .allSatisfy(
              (who, text) ->
                  assertThat(text.equals(PersonalData.REMOVED)).isEqualTo(who.startsWith("m0 ")));
      assertThat(count("SELECT count(*) FROM peerled_member_keys WHERE member_id = 'm0'")).isZero();
    } finally {
      runtimes.forEach(GroupRuntime::close);
      stores.forEach(JdbcEventStore::close);
    }
  }

  private static byte[] json(List<GroupEvent> events) {
    return PeerledJson.write(events).getBytes(StandardCharsets.UTF_8);
  }

  /** Each contribution's author and number, and what it reads as. */
  private static Map<String, String> said(List<GroupEvent> log) {
    Map<String, String> out = new TreeMap<>();
    for (GroupEvent e : log) {
      if (e instanceof ContributionRecorded c) {
        out.put(
            c.contribution().author() + " #" + c.contribution().number(), c.contribution().text());
      }
    }
    return out;
  }
}
