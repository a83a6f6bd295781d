package io.github.peerled.core.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ImmutableContributionRecorded;
import io.github.peerled.core.event.ImmutableSessionStarted;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealing personal values with member keys, opening them, and what a destroyed key leaves. */
class SealerTest {
  private static final GroupId GROUP = GroupId.of("g");
  private static final MemberId ANNA = MemberId.of("anna");
  private static final Instant AT = Instant.parse("2026-02-01T19:00:00Z");
  private static final String WORDS = "I was scared to check my sugar";

  @TempDir Path dir;

  private static ContributionRecorded said(long sequence, String text) {
    return ImmutableContributionRecorded.builder()
        .sequence(sequence)
        .groupId(GROUP)
        .actor(ANNA)
        .at(AT)
        .contribution(
            ImmutableContribution.builder()
                .sessionId(SessionId.of("s1"))
                .number(1)
                .author(ANNA)
                .at(AT)
                .kind(ContributionKind.SHARING)
                .text(text)
                .build())
        .build();
  }

  private static String text(GroupEvent e) {
    return ((ContributionRecorded) e).contribution().text();
  }

  @Test
  void should_seal_a_personal_value_so_that_only_its_key_opens_it() {
    Sealer sealer = new Sealer(MemberKeyStore.inMemory());

    GroupEvent sealed = sealer.seal(said(7, WORDS));

    assertThat(text(sealed)).startsWith(Sealer.PREFIX + "1:").doesNotContain("scared");
    assertThat(sealer.open(sealed)).isEqualTo(said(7, WORDS));
    assertThat(text(sealer.seal(said(7, WORDS))))
        .as("a fresh nonce each time")
        .isNotEqualTo(text(sealed));
  }

  @Test
  void should_read_a_value_sealed_with_a_destroyed_key_as_removed() {
    MemberKeyStore keys = MemberKeyStore.inMemory();
    Sealer sealer = new Sealer(keys);
    GroupEvent sealed = sealer.seal(said(7, WORDS));

    keys.destroy(GROUP, ANNA);

    assertThat(text(sealer.open(sealed))).isEqualTo(PersonalData.REMOVED);
    assertThat(keys.current(GROUP, ANNA).generation())
        .as("a new key, a new generation")
        .isEqualTo(2);
    assertThat(text(sealer.open(sealed))).isEqualTo(PersonalData.REMOVED);
  }

  @Test
  void should_refuse_a_sealed_value_moved_to_another_event() {
    Sealer sealer = new Sealer(MemberKeyStore.inMemory());
    GroupEvent sealed = sealer.seal(said(7, WORDS));

    GroupEvent moved = said(8, text(sealed));

    assertThatThrownBy(() -> sealer.open(moved))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contribution.text")
        .hasMessageContaining("does not open");
  }

  @Test
  void should_leave_events_without_personal_values_and_plain_old_values_alone() {
    Sealer sealer = new Sealer(MemberKeyStore.inMemory());
    GroupEvent started =
        ImmutableSessionStarted.builder()
            .sequence(3)
            .groupId(GROUP)
            .actor(ANNA)
            .at(AT)
            .sessionId(SessionId.of("s1"))
            .guidelineVersion(1)
            .facilitator(ANNA)
            .reason("volunteered")
            .build();

    assertThat(sealer.seal(started)).isSameAs(started);
    assertThat(sealer.open(said(7, WORDS))).isEqualTo(said(7, WORDS));
  }

  @Test
  void should_redact_only_the_named_members_values() {
    assertThat(text(Sealer.redact(said(7, WORDS), ANNA))).isEqualTo(PersonalData.REMOVED);
    assertThat(Sealer.redact(said(7, WORDS), MemberId.of("ben"))).isEqualTo(said(7, WORDS));
  }

  @Test
  void should_keep_keys_in_a_file_and_remove_a_destroyed_one_from_it() throws IOException {
    Path file = dir.resolve("member.keys");
    MemberKeyStore keys = MemberKeyStore.inFile(file);
    byte[] key = keys.current(GROUP, ANNA).key().getEncoded();
    String encoded = Base64.getEncoder().encodeToString(key);
    assertThat(Files.readString(file)).contains(encoded);

    MemberKeyStore again = MemberKeyStore.inFile(file);
    assertThat(again.find(GROUP, ANNA, 1)).isPresent();
    again.destroy(GROUP, ANNA);

    assertThat(Files.readString(file)).doesNotContain(encoded).contains("anna\t1\t-");
    assertThat(MemberKeyStore.inFile(file).find(GROUP, ANNA, 1)).isEmpty();
    assertThat(MemberKeyStore.inFile(file).current(GROUP, ANNA).generation()).isEqualTo(2);
  }

  @Test
  void should_name_the_line_of_a_damaged_key_file() throws IOException {
    Path file = dir.resolve("member.keys");
    Files.writeString(file, FileMemberKeys.HEADER + "\ng\tanna\tone\t-\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> MemberKeyStore.inFile(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ": line 2:");
  }
}
