package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.MemberJoined;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.PersonalData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forgetting a member in the file store: the log's and the snapshot's bytes, and what replays. */
class JsonLinesForgetTest {
  @TempDir Path dir;
  @TempDir Path vault;

  private JsonLinesEventStore store(MemberKeyStore keys) {
    return JsonLinesEventStore.builder(dir)
        .durability(Durability.NO_FORCE)
        .memberKeys(keys)
        .build();
  }

  private byte[] everyFile() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        all.append(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void should_leave_no_byte_of_the_members_words_in_the_log_or_snapshot_after_forgetting()
      throws IOException {
    // given a told story in a store with keys, and a snapshot of the state that names Quill
    MemberKeyStore keys = MemberKeyStore.inFile(vault.resolve("member.keys"));
    try (JsonLinesEventStore s = store(keys)) {
      ForgetStory story = new ForgetStory(s).told();
      s.saveSnapshot(story.state);
      assertThat(ForgetStory.holdsASecret(everyFile()))
          .as("the snapshot holds Quill's name before the forgetting")
          .isTrue();
      assertThat(s.read(ForgetStory.GROUP)).isEqualTo(readBack(story));
      String before = ForgetStory.outcomes(story.state);

      // when
      assertThat(story.forget().rejection()).isEmpty();

      // then nothing of Quill's is left in the store's directory
      ForgetStory.holdsNoSecret("the store's files", everyFile());
      GroupState replayed = story.engine.replay(ForgetStory.GROUP, s.read(ForgetStory.GROUP));
      assertThat(replayed).isEqualTo(story.state);
      assertThat(ForgetStory.outcomes(replayed)).isEqualTo(before);
      story.goesOn();
    }

    // and a store opened again over the same files and keys reads the same
    try (JsonLinesEventStore again = store(MemberKeyStore.inFile(vault.resolve("member.keys")))) {
      List<GroupEvent> log = again.read(ForgetStory.GROUP);
      MemberJoined joined =
          log.stream()
              .filter(MemberJoined.class::isInstance)
              .map(MemberJoined.class::cast)
              .filter(j -> j.member().equals(ForgetStory.QUILL))
              .findFirst()
              .orElseThrow();
      assertThat(joined.displayName()).contains(PersonalData.REMOVED);
      assertThat(log)
          .filteredOn(MemberJoined.class::isInstance)
          .extracting(e -> ((MemberJoined) e).displayName().orElse(""))
          .as("the new person's name reads back; the forgotten one's does not")
          .containsExactly("m0", PersonalData.REMOVED, "Maggie");
    }
  }

  private static List<GroupEvent> readBack(ForgetStory story) {
    return story.store.read(ForgetStory.GROUP);
  }

  @Test
  void should_seal_the_personal_values_on_disk_and_read_them_back_whole() throws IOException {
    try (JsonLinesEventStore s = store(MemberKeyStore.inMemory())) {
      ForgetStory story = new ForgetStory(s).told();

      ForgetStory.holdsNoSecret("the sealed log", everyFile());
      assertThat(story.engine.replay(ForgetStory.GROUP, s.read(ForgetStory.GROUP)))
          .isEqualTo(story.state);
    }
  }

  @Test
  void should_read_values_sealed_by_the_first_sealing_release() throws IOException {
    // given a log sealed by the first release that sealed, and the key file it wrote
    Path keyFile = vault.resolve("member.keys");
    Files.writeString(keyFile, OldSealedLog.text(OldSealedLog.KEYS));
    List<GroupEvent> stored = OldSealedLog.events();
    try (JsonLinesEventStore plain =
        JsonLinesEventStore.builder(dir).durability(Durability.NO_FORCE).plainText().build()) {
      plain.append(ForgetStory.GROUP, 0, stored);
    }
    assertThat(ForgetStory.holdsASecret(everyFile())).as("the log is sealed").isFalse();

    // when, then
    try (JsonLinesEventStore s = store(MemberKeyStore.inFile(keyFile))) {
      assertThat(s.read(ForgetStory.GROUP)).isEqualTo(OldSealedLog.told());
    }
  }

  @Test
  void should_refuse_to_forget_in_a_store_that_keeps_personal_data_in_plain_text() {
    try (JsonLinesEventStore s =
        JsonLinesEventStore.builder(dir).durability(Durability.NO_FORCE).plainText().build()) {
      ForgetStory story = new ForgetStory(s).told();
      long version = s.version(ForgetStory.GROUP);

      assertThatThrownBy(story::forget)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot forget quill")
          .hasMessageContaining("memberKeys");
      assertThat(s.version(ForgetStory.GROUP)).isEqualTo(version);
    }
  }
}
