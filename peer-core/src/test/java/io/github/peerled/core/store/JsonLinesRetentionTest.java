package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.ContributionTextExpired;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.MemberKey;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.PersonalData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contribution text expiring in the file store: the bytes of its directory, what reads back and
 * replays, and the stores that cannot carry an expiry out.
 */
class JsonLinesRetentionTest {
  @TempDir Path dir;
  @TempDir Path vault;

  private byte[] everyFile(Path root) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        all.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    return all.toString().getBytes(StandardCharsets.UTF_8);
  }

  private JsonLinesEventStore store(MemberKeyStore keys) {
    return JsonLinesEventStore.builder(dir)
        .durability(Durability.NO_FORCE)
        .memberKeys(keys)
        .build();
  }

  @Test
  void should_leave_no_byte_of_the_expired_words_and_read_them_as_the_marker() throws IOException {
    // given a told story, sealed with keys kept in a file apart from the store
    Path keyFile = vault.resolve("member.keys");
    try (JsonLinesEventStore s = store(MemberKeyStore.inFile(keyFile))) {
      RetentionStory story = new RetentionStory(s).told();
      s.saveSnapshot(story.state);
      assertThat(s.read(RetentionStory.GROUP))
          .as("read back whole before the expiry")
          .satisfies(
              log ->
                  assertThat(RetentionStory.texts(log))
                      .containsExactly(
                          RetentionStory.OLD_WORDS,
                          RetentionStory.OLD_REPLY,
                          RetentionStory.NEW_WORDS));

      // when the deadline check expires s1's text
      assertThat(story.expire().events()).hasOnlyElementsOfType(ContributionTextExpired.class);

      // then the words are in no file, they read as the marker, and the replay is the live state
      RetentionStory.holdsNoExpiredWords("the store's files", everyFile(dir));
      RetentionStory.readsExpired(s.read(RetentionStory.GROUP));
      GroupState replayed = story.engine.replay(RetentionStory.GROUP, s.read(RetentionStory.GROUP));
      assertThat(replayed).isEqualTo(story.state);
    }

    // and a store opened again over the same files and keys reads the same
    try (JsonLinesEventStore again = store(MemberKeyStore.inFile(keyFile))) {
      RetentionStory.readsExpired(again.read(RetentionStory.GROUP));
    }
  }

  @Test
  void should_seal_by_default_with_a_key_file_in_the_directory_and_expire_through_it()
      throws IOException {
    // given a store built with no word about keys
    try (JsonLinesEventStore s =
        JsonLinesEventStore.builder(dir).durability(Durability.NO_FORCE).build()) {
      RetentionStory story = new RetentionStory(s).told();

      // then nothing of the words is on disk in plain text, and the key file is beside the log
      assertThat(RetentionStory.holdsExpiredWords(everyFile(dir))).isFalse();
      assertThat(dir.resolve(JsonLinesEventStore.KEY_FILE)).isRegularFile();

      // and the expiry and a forgetting both work out of the box
      assertThat(story.expire().rejection()).isEmpty();
      RetentionStory.readsExpired(s.read(RetentionStory.GROUP));
    }
    try (JsonLinesEventStore again =
        JsonLinesEventStore.builder(dir).durability(Durability.NO_FORCE).build()) {
      assertThat(RetentionStory.texts(again.read(RetentionStory.GROUP)))
          .containsExactly(PersonalData.EXPIRED, PersonalData.EXPIRED, RetentionStory.NEW_WORDS);
    }
  }

  @Test
  void should_refuse_to_expire_text_in_a_store_that_keeps_it_in_plain_text() throws IOException {
    // given a store told explicitly to keep personal data in plain text
    try (JsonLinesEventStore s =
        JsonLinesEventStore.builder(dir).durability(Durability.NO_FORCE).plainText().build()) {
      RetentionStory story = new RetentionStory(s).told();
      assertThat(RetentionStory.holdsExpiredWords(everyFile(dir))).isTrue();
      long version = s.version(RetentionStory.GROUP);

      // when the expiry falls due, then its append is refused and nothing is appended
      assertThatThrownBy(story::expire)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot expire the contribution text of [s1]")
          .hasMessageContaining("keeps personal data in plain text");
      assertThat(s.version(RetentionStory.GROUP)).isEqualTo(version);
      assertThat(dir.resolve(JsonLinesEventStore.KEY_FILE)).doesNotExist();
    }
  }

  @Test
  void should_refuse_to_expire_text_when_the_hosts_key_store_keeps_no_retention_keys() {
    // given a host's key store that implements only the member keys
    MemberKeyStore inner = MemberKeyStore.inMemory();
    MemberKeyStore membersOnly =
        new MemberKeyStore() {
          @Override
          public MemberKey current(GroupId group, MemberId member) {
            return inner.current(group, member);
          }

          @Override
          public Optional<MemberKey> find(GroupId group, MemberId member, int generation) {
            return inner.find(group, member, generation);
          }

          @Override
          public void destroy(GroupId group, MemberId member) {
            inner.destroy(group, member);
          }
        };
    try (JsonLinesEventStore s = store(membersOnly)) {
      RetentionStory story = new RetentionStory(s).told();
      long version = s.version(RetentionStory.GROUP);

      assertThatThrownBy(story::expire)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("key store keeps no retention keys");
      assertThat(s.version(RetentionStory.GROUP)).isEqualTo(version);
      assertThat(RetentionStory.texts(s.read(RetentionStory.GROUP)))
          .containsExactly(
              RetentionStory.OLD_WORDS, RetentionStory.OLD_REPLY, RetentionStory.NEW_WORDS);
    }
  }

  @Test
  void should_refuse_to_build_a_store_told_both_to_seal_with_keys_and_keep_plain_text() {
    assertThatThrownBy(
            () ->
                JsonLinesEventStore.builder(dir)
                    .memberKeys(MemberKeyStore.inMemory())
                    .plainText()
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call memberKeys(..) or plainText(), not both");
  }
}
