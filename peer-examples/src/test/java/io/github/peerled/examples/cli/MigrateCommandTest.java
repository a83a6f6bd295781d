package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.store.EventStore;
import io.github.peerled.core.store.JdbcEventStore;
import io.github.peerled.core.store.JsonLinesEventStore;
import io.github.peerled.examples.scenarios.DiabetesGroupStory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code peer migrate} between the file store and a real PostgreSQL server, both ways. */
class MigrateCommandTest {
  @RegisterExtension final PostgresDatabase db = new PostgresDatabase();

  @TempDir Path dir;

  private static final GroupId STORY = DiabetesGroupStory.GROUP;
  private static final GroupId OTHER = GroupId.of("evening-circle");
  private static final List<GroupEvent> EVENTS = new DiabetesGroupStory().run().events();

  /** The story's events as another group's. */
  private static List<GroupEvent> renamed(GroupId group) {
    return EVENTS.stream()
        .map(
            e ->
                PeerledJson.read(
                    PeerledJson.write(e)
                        .replace("\"" + STORY.value() + "\"", "\"" + group.value() + "\""),
                    GroupEvent.class,
                    "renamed"))
        .toList();
  }

  /** Writes the two groups in two appends each, with a snapshot of the story at the first. */
  private static long fill(EventStore store) {
    int cut = EVENTS.size() / 2;
    store.append(STORY, 0, EVENTS.subList(0, cut));
    store.append(STORY, cut, EVENTS.subList(cut, EVENTS.size()));
    store.saveSnapshot(GroupEngine.ofDefaults().replay(STORY, EVENTS.subList(0, cut)));
    store.append(OTHER, 0, renamed(OTHER));
    return cut;
  }

  private static Map<GroupId, List<GroupEvent>> logs(EventStore store) {
    return store.groups().stream().collect(Collectors.toMap(g -> g, store::read));
  }

  @Test
  void should_copy_groups_and_snapshots_from_files_to_postgres_and_back() {
    // given a directory of the file store with two groups, one with a snapshot
    Path source = dir.resolve("groups");
    long cut;
    Map<GroupId, List<GroupEvent>> original;
    try (EventStore files = JsonLinesEventStore.builder(source).build()) {
      cut = fill(files);
      original = logs(files);
    }

    // when it is migrated to the database, and from there to a new directory
    PeerProcess.Run there =
        PeerProcess.inThisJvm("migrate", "--from", source.toString(), "--to", db.url());
    Path back = dir.resolve("back");
    PeerProcess.Run andBack =
        PeerProcess.inThisJvm("migrate", "--from", db.url(), "--to", back.toString());

    // then each run copies and checks both groups, one line each
    assertThat(there.err()).isEmpty();
    assertThat(there.exitCode()).isZero();
    assertThat(there.out().lines().toList())
        .containsExactly(
            "evening-circle: "
                + EVENTS.size()
                + " events, no snapshot; copied, replayed on both"
                + " sides, states equal",
            STORY.value()
                + ": "
                + EVENTS.size()
                + " events, snapshot at "
                + cut
                + "; copied,"
                + " replayed on both sides, states equal",
            "migrated 2 of 2 groups from " + source + " to " + db.url());
    assertThat(andBack.err()).isEmpty();
    assertThat(andBack.exitCode()).isZero();
    assertThat(andBack.out()).contains("snapshot at " + cut).contains("migrated 2 of 2 groups");
    // and the database and the new directory hold the same events and the snapshot
    GroupState atCut = GroupEngine.ofDefaults().replay(STORY, EVENTS.subList(0, (int) cut));
    try (JdbcEventStore pg = JdbcEventStore.builder(db.dataSource()).build();
        EventStore files = JsonLinesEventStore.builder(back).build()) {
      assertThat(logs(pg)).isEqualTo(original);
      assertThat(logs(files)).isEqualTo(original);
      assertThat(pg.loadSnapshot(STORY)).contains(atCut);
      assertThat(files.loadSnapshot(STORY)).contains(atCut);
      assertThat(pg.loadSnapshot(OTHER)).isEmpty();
    }
  }

  @Test
  void should_refuse_to_overwrite_a_group_of_the_target_and_copy_nothing() {
    // given a database that has one of the two groups of a directory, with other events
    Path source = dir.resolve("groups");
    try (EventStore files = JsonLinesEventStore.builder(source).build()) {
      fill(files);
    }
    List<GroupEvent> theirs = renamed(OTHER).subList(0, 3);
    try (JdbcEventStore pg = JdbcEventStore.builder(db.dataSource()).createSchema(true).build()) {
      pg.append(OTHER, 0, theirs);
    }

    // when the directory is migrated to it
    PeerProcess.Run run =
        PeerProcess.inThisJvm("migrate", "--from", source.toString(), "--to", db.url());

    // then it exits 2, names the group, and copies nothing: neither that group nor the other
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "peer: --to "
                + db.url()
                + " already has the group evening-circle; nothing is copied (migrate never"
                + " overwrites a group)"
                + System.lineSeparator());
    try (JdbcEventStore pg = JdbcEventStore.builder(db.dataSource()).build()) {
      assertThat(pg.groups()).containsExactly(OTHER);
      assertThat(pg.read(OTHER)).isEqualTo(theirs);
    }
  }

  @Test
  void should_refuse_a_second_migration_into_the_same_directory() {
    // given a directory already migrated into another
    Path source = dir.resolve("groups");
    try (EventStore files = JsonLinesEventStore.builder(source).build()) {
      fill(files);
    }
    Path target = dir.resolve("copy");
    assertThat(
            PeerProcess.inThisJvm("migrate", "--from", source.toString(), "--to", target.toString())
                .exitCode())
        .isZero();

    // when it is migrated again
    PeerProcess.Run again =
        PeerProcess.inThisJvm("migrate", "--from", source.toString(), "--to", target.toString());

    // then both groups are named and refused
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("already has the groups evening-circle, " + STORY.value());
  }

  @Test
  void should_say_which_store_cannot_be_reached_and_hide_the_password() throws Exception {
    // given a missing directory, and a URL of a server that does not listen
    Path missing = dir.resolve("missing");
    String closed = "jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret";
    Files.createDirectories(dir.resolve("empty"));

    // when either is the source
    PeerProcess.Run noDir =
        PeerProcess.inThisJvm("migrate", "--from", missing.toString(), "--to", db.url());
    PeerProcess.Run noServer =
        PeerProcess.inThisJvm("migrate", "--from", closed, "--to", dir.resolve("empty").toString());
    PeerProcess.Run otherDb =
        PeerProcess.inThisJvm("migrate", "--from", "jdbc:mysql://localhost/x", "--to", db.url());

    // then each exits 2 with one line that names it, and no password is printed
    assertThat(noDir.exitCode()).isEqualTo(2);
    assertThat(noDir.err())
        .isEqualTo("peer: --from " + missing + ": no such directory" + System.lineSeparator());
    assertThat(noServer.exitCode()).isEqualTo(2);
    assertThat(noServer.err())
        .startsWith("peer: --from jdbc:postgresql://127.0.0.1:1/none?user=u&password=***: ")
        .doesNotContain("secret")
        .hasLineCount(1);
    assertThat(otherDb.exitCode()).isEqualTo(2);
    assertThat(otherDb.err()).contains("neither a directory nor a jdbc:postgresql: URL");
    assertThat(Optional.ofNullable(dir.resolve("empty").toFile().list()))
        .hasValueSatisfying(l -> assertThat(l).isEmpty());
  }
}
