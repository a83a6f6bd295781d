package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peerled.core.command.ImmutableForgetMember;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.store.JdbcEventStore;
import io.github.peerled.examples.scenarios.DiabetesGroupStory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code peer export} from a PostgreSQL store as its builder makes it by default: sealed, with the
 * keys in the database's own key tables, so that the command needs no key file.
 */
class ExportPostgresTest {
  @RegisterExtension final PostgresDatabase db = new PostgresDatabase();

  private static final String GROUP = DiabetesGroupStory.GROUP.value();
  private static final String DANA_SAID = "I was diagnosed in December and I feel overwhelmed.";
  private static final List<GroupEvent> EVENTS = new DiabetesGroupStory().run().events();

  @BeforeEach
  void storeTheStory() {
    try (JdbcEventStore s = JdbcEventStore.builder(db.dataSource()).createSchema(true).build()) {
      s.append(DiabetesGroupStory.GROUP, 0, EVENTS);
    }
  }

  /** Every row of the event table, as text. */
  private String events() throws SQLException {
    StringBuilder all = new StringBuilder();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT payload::text FROM peerled_events")) {
      while (r.next()) {
        all.append(r.getString(1)).append('\n');
      }
    }
    return all.toString();
  }

  private PeerProcess.Run export() {
    return PeerProcess.inThisJvm(
        "export", "--store", db.url(), "--group", GROUP, "--member", "dana");
  }

  private static List<String> values(PeerProcess.Run run) {
    return PeerledJson.read(run.out(), JsonNode.class, "export")
        .path("values")
        .findValuesAsText("value");
  }

  @Test
  void should_export_everything_held_about_a_member_and_after_forgetting_nothing()
      throws SQLException {
    // given the table holds Dana's name and words only sealed
    assertThat(events()).doesNotContain(DANA_SAID).doesNotContain("\"Dana\"");

    // when her data is exported
    PeerProcess.Run before = export();

    // then it holds her name and her words, opened with the database's keys, and no one else's
    assertThat(before.err()).isEmpty();
    assertThat(before.exitCode()).isZero();
    JsonNode json = PeerledJson.read(before.out(), JsonNode.class, "export");
    assertThat(json.path("member").asText()).isEqualTo("dana");
    assertThat(values(before))
        .contains("Dana")
        .anySatisfy(v -> assertThat(v).startsWith(DANA_SAID))
        .noneSatisfy(v -> assertThat(v).contains("bread"));
    int held = values(before).size();

    // and when she asks to be forgotten
    GroupEngine engine = GroupEngine.ofDefaults();
    GroupState state = engine.replay(DiabetesGroupStory.GROUP, EVENTS);
    GroupEngine.Applied forgot =
        engine.apply(state, ImmutableForgetMember.builder().actor(MemberId.of("dana")).build());
    assertThat(forgot.result().rejection()).isEmpty();
    try (JdbcEventStore s = JdbcEventStore.builder(db.dataSource()).build()) {
      s.append(DiabetesGroupStory.GROUP, state.version(), forgot.result().events());
    }
    PeerProcess.Run after = export();

    // then every value that was hers reads as removed, and nothing of her is left to export
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(values(after)).hasSize(held).containsOnly(PersonalData.REMOVED);
    assertThat(after.out()).doesNotContain("\"Dana\"").doesNotContain(DANA_SAID);
  }
}
