package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.ImmutableGroupState;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ImmutableContributionRecorded;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.internal.Ceilings;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.session.ImmutableContribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store writes only what it can read back: a text of exactly {@link
 * Ceilings#MAX_TEXT_LENGTH} chars is written and reopens; one char more is refused before anything
 * is written, in an event and in a snapshot.
 */
class RecordCeilingTest {
  private static final GroupId GROUP = GroupId.of("town-hall");
  private static final GroupEngine ENGINE = GroupEngine.of(Fixtures.fixedClock());
  private static final int MAX = Ceilings.MAX_TEXT_LENGTH;

  /** A running group, up to and with its first contribution (Bob's, after his attendance). */
  private static final List<GroupEvent> LOG = upToFirstContribution();

  @TempDir Path dir;

  private static List<GroupEvent> upToFirstContribution() {
    List<GroupEvent> log = Fixtures.longLog(GROUP, 40);
    int i = 0;
    while (!(log.get(i) instanceof ContributionRecorded)) {
      i++;
    }
    return log.subList(0, i + 1);
  }

  /** A text of {@code length} chars, not all of them one byte in UTF-8. */
  private static String text(int length) {
    return "é" + "a".repeat(length - 2) + "€";
  }

  /** The log with its last event, the contribution, holding a text of {@code length} chars. */
  private static List<GroupEvent> withText(int length) {
    List<GroupEvent> log = new ArrayList<>(LOG);
    ContributionRecorded c = (ContributionRecorded) log.get(log.size() - 1);
    log.set(
        log.size() - 1,
        ImmutableContributionRecorded.copyOf(c)
            .withContribution(
                ImmutableContribution.copyOf(c.contribution()).withText(text(length))));
    return log;
  }

  private JsonLinesEventStore store() {
    return JsonLinesEventStore.builder(dir).plainText().build();
  }

  private Path file() {
    return dir.resolve("town-hall.jsonl");
  }

  @Test
  void should_write_a_text_of_exactly_the_ceiling_and_read_it_back_after_reopening() {
    // given a contribution of exactly the longest text the store reads back
    List<GroupEvent> log = withText(MAX);
    try (JsonLinesEventStore s = store()) {
      // when it is appended
      s.append(GROUP, 0, log);
    }

    // then the group reopens with it
    try (JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(log);
      assertThat(s.recoveries()).isEmpty();
    }
  }

  @Test
  void should_refuse_a_text_one_char_over_the_ceiling_and_append_nothing() throws IOException {
    // given a log of all but the contribution, and the contribution one char over the ceiling
    List<GroupEvent> log = withText(MAX + 1);
    int n = log.size();
    try (JsonLinesEventStore s = store()) {
      s.append(GROUP, 0, log.subList(0, n - 2));
    }
    byte[] before = Files.readAllBytes(file());

    try (JsonLinesEventStore s = store()) {
      // when it is appended with the attendance before it, then the append is refused
      assertThatThrownBy(() -> s.append(GROUP, n - 2, log.subList(n - 2, n)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "event "
                  + n
                  + " cannot be stored: the text at $.contribution.text has 1000001 chars, more"
                  + " than the 1000000 the store can read back");

      // and nothing is appended, not even the attendance
      assertThat(s.version(GROUP)).isEqualTo(n - 2);
      assertThat(Files.readAllBytes(file())).isEqualTo(before);
      assertThat(s.append(GROUP, n - 2, LOG.subList(n - 2, n))).isEqualTo(n);
    }
    try (JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(LOG);
    }
  }

  /** The state after the log, with a purpose of {@code length} chars. */
  private static GroupState stateWithPurpose(int length) {
    GroupState s = ENGINE.replay(GROUP, LOG);
    return ImmutableGroupState.copyOf(s)
        .withProfile(
            ImmutableGroupProfile.copyOf(s.profile().orElseThrow()).withPurpose(text(length)));
  }

  @Test
  void should_refuse_a_snapshot_one_char_over_the_ceiling_and_keep_the_previous_one()
      throws IOException {
    // given a log and a snapshot of a state whose purpose is exactly the ceiling long
    try (JsonLinesEventStore s = store()) {
      s.append(GROUP, 0, LOG);
      s.saveSnapshot(stateWithPurpose(MAX));
    }
    Path snapshot = dir.resolve("town-hall.jsonl.snapshot");
    byte[] before = Files.readAllBytes(snapshot);

    try (JsonLinesEventStore s = store()) {
      // then that snapshot loads
      assertThat(s.loadSnapshot(GROUP)).contains(stateWithPurpose(MAX));

      // and a snapshot one char longer is refused, leaving the previous one in place
      assertThatThrownBy(() -> s.saveSnapshot(stateWithPurpose(MAX + 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "the snapshot of group town-hall at version "
                  + LOG.size()
                  + " cannot be stored: the text at $.profile.purpose has 1000001 chars, more than"
                  + " the 1000000 the store can read back");
    }
    assertThat(Files.readAllBytes(snapshot)).isEqualTo(before);
  }
}
