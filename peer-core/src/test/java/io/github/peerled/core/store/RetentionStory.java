package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableCloseSession;
import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.command.ImmutableScheduleSession;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.engine.CommandResult;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A group that keeps contribution text 30 days: session s1 is held, s2 twenty days later, and the
 * deadline check at s1's close plus 30 days expires s1's text alone; told against any store, so
 * that each store's test can look at what its raw storage still holds.
 */
final class RetentionStory {
  static final GroupId GROUP = GroupId.of("town-hall");
  static final Duration KEPT = Duration.ofDays(30);
  static final MemberId SPEAKER = Fixtures.member(0);
  static final String OLD_WORDS = "The night my sugar crashed on the night bus";
  static final String OLD_REPLY = "I carry glucose tabs in every coat since";
  static final String NEW_WORDS = "This month I slept through the night";

  Instant now = Fixtures.START;
  final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  final GroupEngine engine = GroupEngine.of(clock);
  final EventStore store;
  GroupState state = GroupState.initial(GROUP);

  RetentionStory(EventStore store) {
    this.store = store;
  }

  /** Decides a command, appends its events to the store, and returns the result. */
  CommandResult give(GroupCommand c) {
    GroupEngine.Applied a = engine.apply(state, c);
    if (a.result().rejection().isEmpty()) {
      store.append(GROUP, state.version(), a.result().events());
      state = a.state();
    }
    return a.result();
  }

  private void must(GroupCommand c) {
    assertThat(give(c).rejection()).as("the story's %s", c).isEmpty();
  }

  /** Founds the group keeping text 30 days; holds s1, then s2 twenty days later. */
  RetentionStory told() {
    List<GroupCommand> founding = new ArrayList<>(Fixtures.founded(1));
    founding.set(
        0,
        ImmutableFoundGroup.copyOf((FoundGroup) founding.get(0))
            .withGovernance(GovernanceSettings.custom().contributionRetention(KEPT).build()));
    founding.forEach(this::must);
    held("s1", OLD_WORDS, OLD_REPLY);
    now = now.plus(Duration.ofDays(20));
    held("s2", NEW_WORDS);
    return this;
  }

  private void held(String session, String... said) {
    must(
        ImmutableScheduleSession.builder()
            .actor(Fixtures.ALICE)
            .sessionId(SessionId.of(session))
            .scheduledFor(now.plus(Duration.ofHours(1)))
            .format(MeetingFormat.ONLINE)
            .build());
    must(Fixtures.start(session));
    must(Fixtures.say(SPEAKER, session, said[0]));
    for (int i = 1; i < said.length; i++) {
      must(Fixtures.say(Fixtures.BOB, session, said[i]));
    }
    now = now.plus(Duration.ofHours(2));
    MemberId facilitator =
        state.session(SessionId.of(session)).flatMap(Session::facilitator).orElseThrow();
    must(
        ImmutableCloseSession.builder()
            .actor(facilitator)
            .sessionId(SessionId.of(session))
            .build());
  }

  /** When s1's text is due to expire. */
  Instant s1Due() {
    return state.session(SessionId.of("s1")).flatMap(Session::closedAt).orElseThrow().plus(KEPT);
  }

  /** The deadline check at s1's expiry. */
  CommandResult expire() {
    now = s1Due();
    return give(CheckDeadlines.builder().actor(Fixtures.BOB).build());
  }

  /** The texts of the contributions in a log, in order. */
  static List<String> texts(List<? extends GroupEvent> log) {
    return log.stream()
        .filter(ContributionRecorded.class::isInstance)
        .map(e -> ((ContributionRecorded) e).contribution().text())
        .toList();
  }

  /** Asserts what a log read back after the expiry says: s1 expired, s2 kept. */
  static void readsExpired(List<? extends GroupEvent> log) {
    assertThat(texts(log)).containsExactly(PersonalData.EXPIRED, PersonalData.EXPIRED, NEW_WORDS);
  }

  /** Asserts that s1's words are not in the bytes. */
  static void holdsNoExpiredWords(String where, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (String words : List.of(OLD_WORDS, OLD_REPLY)) {
      assertThat(text).as("%s holds no trace of \"%s\"", where, words).doesNotContain(words);
    }
  }

  /** Whether the bytes hold s1's words (so that a test can fail). */
  static boolean holdsExpiredWords(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.contains(OLD_WORDS) || text.contains(OLD_REPLY);
  }
}
