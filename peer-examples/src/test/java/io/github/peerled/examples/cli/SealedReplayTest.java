package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.ImmutableForgetMember;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.store.JsonLinesEventStore;
import io.github.peerled.examples.scenarios.DiabetesGroupStory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code peer replay} of a group's file of the file store, which seals personal values by default:
 * the operator who holds the store's key file sees the group as it was written.
 */
class SealedReplayTest {
  private static final String GROUP = DiabetesGroupStory.GROUP.value();
  private static final String DANA_SAID = "I was diagnosed in December and I feel overwhelmed.";
  private static final List<GroupEvent> EVENTS = new DiabetesGroupStory().run().events();

  @TempDir Path dir;
  private Path store;
  private Path log;

  @BeforeEach
  void storeTheStory() {
    store = dir.resolve("groups");
    log = store.resolve(GROUP + JsonLinesEventStore.EXTENSION);
    try (JsonLinesEventStore s = JsonLinesEventStore.builder(store).build()) {
      s.append(DiabetesGroupStory.GROUP, 0, EVENTS);
    }
  }

  /** The story's events as a plain event log file, as a host would export it. */
  private Path plainLog() throws IOException {
    Path plain = dir.resolve("plain.jsonl");
    Files.writeString(
        plain,
        EVENTS.stream().map(PeerledJson::write).collect(Collectors.joining("\n", "", "\n")),
        StandardCharsets.UTF_8);
    return plain;
  }

  @Test
  void should_replay_a_sealed_log_as_the_plain_log_with_the_key_file_beside_it()
      throws IOException {
    // given the group's file holds Dana's name and words only sealed
    assertThat(Files.readString(log)).doesNotContain(DANA_SAID).doesNotContain("\"Dana\"");

    // when the sealed file and the plain log are replayed
    PeerProcess.Run sealed = PeerProcess.inThisJvm("replay", log.toString(), "--format", "json");
    PeerProcess.Run plain =
        PeerProcess.inThisJvm("replay", plainLog().toString(), "--format", "json");

    // then both print the same state, Dana's name in it
    assertThat(sealed.err()).isEmpty();
    assertThat(sealed.exitCode()).isZero();
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(sealed.out()).isEqualTo(plain.out()).contains("\"Dana\"");
  }

  @Test
  void should_replay_a_forgotten_member_as_removed() {
    // given Dana asked to be forgotten
    GroupEngine engine = GroupEngine.ofDefaults();
    GroupState state = engine.replay(DiabetesGroupStory.GROUP, EVENTS);
    GroupEngine.Applied forgot =
        engine.apply(state, ImmutableForgetMember.builder().actor(MemberId.of("dana")).build());
    assertThat(forgot.result().rejection()).isEmpty();
    try (JsonLinesEventStore s = JsonLinesEventStore.builder(store).build()) {
      s.append(DiabetesGroupStory.GROUP, state.version(), forgot.result().events());
    }

    // when
    PeerProcess.Run run = PeerProcess.inThisJvm("replay", log.toString(), "--format", "json");

    // then the log replays whole, without her name, as the engine's own state after forgetting
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("\"Dana\"").doesNotContain(DANA_SAID);
    assertThat(PeerledJson.read(run.out(), com.fasterxml.jackson.databind.JsonNode.class, "out"))
        .isEqualTo(
            PeerledJson.read(
                PeerledJson.writePretty(
                    JsonOutputs.of(
                        io.github.peerled.core.files.FileFormat.STATE, "state", forgot.state())),
                com.fasterxml.jackson.databind.JsonNode.class,
                "expected"));
  }

  @Test
  void should_open_a_moved_log_with_the_key_file_named_by_keys() throws IOException {
    // given the file and its key file moved apart
    Path alone = Files.createDirectory(dir.resolve("alone")).resolve("log.jsonl");
    Files.move(log, alone);
    Path keys = dir.resolve("vault.keys");
    Files.move(store.resolve(JsonLinesEventStore.KEY_FILE), keys);

    // when, then without --keys it says which line is sealed and what to do
    PeerProcess.Run without = PeerProcess.inThisJvm("replay", alone.toString());
    assertThat(without.exitCode()).isEqualTo(2);
    assertThat(without.out()).isEmpty();
    assertThat(without.err().strip())
        .startsWith("peer: " + alone + ": line ")
        .contains("sealed with member keys, and no key file opens them")
        .contains("no member.keys beside the log")
        .endsWith("name the store's key file with --keys");

    // and with --keys it replays as the plain log does
    PeerProcess.Run with =
        PeerProcess.inThisJvm("replay", alone.toString(), "--keys", keys.toString());
    PeerProcess.Run plain = PeerProcess.inThisJvm("replay", plainLog().toString());
    assertThat(with.exitCode()).as(with.err()).isZero();
    assertThat(with.out()).isEqualTo(plain.out());
  }

  @Test
  void should_name_the_key_file_when_it_is_damaged_missing_or_of_another_store()
      throws IOException {
    Path keyFile = store.resolve(JsonLinesEventStore.KEY_FILE);
    byte[] keys = Files.readAllBytes(keyFile);

    // a key file that is not one
    Files.writeString(keyFile, "not keys\n");
    PeerProcess.Run damaged = PeerProcess.inThisJvm("replay", log.toString());
    assertThat(damaged.exitCode()).isEqualTo(2);
    assertThat(damaged.err())
        .contains("the key file " + keyFile.toAbsolutePath())
        .contains("line 1: not a member key file");

    // --keys naming no file
    PeerProcess.Run missing =
        PeerProcess.inThisJvm(
            "replay", log.toString(), "--keys", dir.resolve("no.keys").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err().strip())
        .isEqualTo("peer: --keys " + dir.resolve("no.keys") + ": no such file");

    // the key file of another store, whose keys do not open these values
    Path other = dir.resolve("other");
    try (JsonLinesEventStore s = JsonLinesEventStore.builder(other).build()) {
      s.append(DiabetesGroupStory.GROUP, 0, EVENTS);
    }
    Files.write(keyFile, keys);
    PeerProcess.Run foreign =
        PeerProcess.inThisJvm(
            "replay", log.toString(), "--keys", other.resolve("member.keys").toString());
    assertThat(foreign.exitCode()).isEqualTo(2);
    assertThat(foreign.out()).isEmpty();
    assertThat(foreign.err())
        .startsWith("peer: " + log + ": line ")
        .contains("does not open with its member's key")
        .contains("--keys " + other.resolve("member.keys") + " does not hold the keys");

    // and the store's own key file, restored, opens it again
    assertThat(PeerProcess.inThisJvm("replay", log.toString()).exitCode()).isZero();
  }

  @Test
  void should_export_nothing_sealed_and_say_that_the_key_file_is_missing() throws IOException {
    Files.delete(store.resolve(JsonLinesEventStore.KEY_FILE));

    PeerProcess.Run run =
        PeerProcess.inThisJvm(
            "export", "--store", store.toString(), "--group", GROUP, "--member", "dana");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("the value is sealed and no key opens it here (the directory has no member.keys)")
        .doesNotContain(PersonalData.REMOVED);
    assertThat(store.resolve(JsonLinesEventStore.KEY_FILE)).doesNotExist();
  }
}
