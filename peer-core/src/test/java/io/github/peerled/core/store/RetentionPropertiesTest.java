package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableCloseSession;
import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.command.ImmutableScheduleSession;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random retention periods, random sessions and random deadline checks, told against a file store
 * with keys: after every check nothing kept is overdue and nothing expired early; the next deadline
 * is the earliest expiry due; each contribution reads back as its words or, once its session
 * expired, as the marker; and the log read back replays to the live state.
 */
class RetentionPropertiesTest {
  private static final long SEED = 20261203L;
  private static final GroupId GROUP = GroupId.of("town-hall");

  @TempDir Path root;
  private int run;
  private int expiredSessions;
  private int keptSessions;

  /** One step: what happens (0 hold a session, 1 speak, 2 close, 3 check), then hours pass. */
  record Step(int kind, int hours) {}

  @Test
  void should_expire_exactly_what_the_retention_covers_and_replay_the_live_state() {
    qt().withFixedSeed(SEED)
        .withExamples(60)
        .withShrinkCycles(50)
        .forAll(
            integers().between(1, 24 * 20),
            lists()
                .of(integers().between(0, 3).zip(integers().between(0, 24 * 6), Step::new))
                .ofSizeBetween(5, 60))
        .checkAssert(this::tell);
    assertThat(expiredSessions).as("expiries are not vacuous").isGreaterThan(20);
    assertThat(keptSessions).as("nor is keeping").isGreaterThan(20);
  }

  private void tell(int retentionHours, List<Step> steps) {
    Duration retention = Duration.ofHours(retentionHours);
    Instant[] now = {Fixtures.START};
    Clock clock =
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
            return now[0];
          }
        };
    GroupEngine engine = GroupEngine.of(clock);
    Path dir = root.resolve("run" + run++);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> said = new HashMap<>();
    try (JsonLinesEventStore store =
        JsonLinesEventStore.builder(dir)
            .durability(Durability.NO_FORCE)
            .memberKeys(MemberKeyStore.inMemory())
            .build()) {
      GroupState[] state = {GroupState.initial(GROUP)};
      java.util.function.Consumer<GroupCommand> give =
          c -> {
            GroupEngine.Applied a = engine.apply(state[0], c);
            if (a.result().rejection().isEmpty()) {
              store.append(GROUP, state[0].version(), a.result().events());
              state[0] = a.state();
            }
          };
      List<GroupCommand> founding = new ArrayList<>(Fixtures.founded(1));
      founding.set(
          0,
          ImmutableFoundGroup.copyOf((FoundGroup) founding.get(0))
              .withGovernance(
                  GovernanceSettings.custom().contributionRetention(retention).build()));
      founding.forEach(give);
      int sessions = 0;
      for (Step step : steps) {
        Optional<Session> open = state[0].activeSessions().stream().findFirst();
        switch (step.kind()) {
          case 0 -> {
            if (open.isEmpty()) {
              String id = "s" + ++sessions;
              give.accept(
                  ImmutableScheduleSession.builder()
                      .actor(Fixtures.ALICE)
                      .sessionId(SessionId.of(id))
                      .scheduledFor(now[0].plusSeconds(60))
                      .format(MeetingFormat.ONLINE)
                      .build());
              give.accept(Fixtures.start(id));
            }
          }
          case 1 -> {
            if (open.isPresent()) {
              Session s = open.get();
              String words = "words " + s.id() + "#" + (s.contributions() + 1);
              said.put(s.id() + "#" + (s.contributions() + 1), words);
              give.accept(Fixtures.say(Fixtures.BOB, s.id().value(), words));
            }
          }
          case 2 -> {
            if (open.isPresent() && open.get().facilitator().isPresent()) {
              MemberId f = open.get().facilitator().get();
              give.accept(
                  ImmutableCloseSession.builder().actor(f).sessionId(open.get().id()).build());
            }
          }
          default -> {
            give.accept(CheckDeadlines.builder().actor(Fixtures.ALICE).build());
            holdsAfterCheck(state[0], retention, now[0]);
          }
        }
        now[0] = now[0].plus(Duration.ofHours(step.hours()));
      }

      GroupState live = state[0];
      for (Session s : live.pastSessions().values()) {
        Optional<Instant> due = s.closedAt().map(c -> c.plus(retention));
        if (s.contributions() > 0 && s.textExpiredAt().isEmpty()) {
          assertThat(live.nextDeadline())
              .as("the next deadline is no later than %s's expiry", s.id())
              .isPresent()
              .hasValueSatisfying(next -> assertThat(next).isBeforeOrEqualTo(due.orElseThrow()));
        }
        if (s.textExpiredAt().isPresent()) {
          expiredSessions++;
        } else {
          keptSessions++;
        }
      }
      List<GroupEvent> read = store.read(GROUP);
      for (GroupEvent e : read) {
        if (e instanceof ContributionRecorded c) {
          Session s = live.session(c.contribution().sessionId()).orElseThrow();
          String key = s.id() + "#" + c.contribution().number();
          assertThat(c.contribution().text())
              .as("contribution %s", key)
              .isEqualTo(s.textExpiredAt().isPresent() ? PersonalData.EXPIRED : said.get(key));
        }
      }
      assertThat(engine.replay(GROUP, read)).as("replay equals the live state").isEqualTo(live);
    }
  }

  /** After a check at {@code at}: nothing kept is overdue, nothing expired before it was due. */
  private static void holdsAfterCheck(GroupState s, Duration retention, Instant at) {
    for (Session session : s.pastSessions().values()) {
      Instant due = session.closedAt().orElseThrow().plus(retention);
      if (session.textExpiredAt().isPresent()) {
        assertThat(due)
            .as("%s expired no earlier than due", session.id())
            .isBeforeOrEqualTo(session.textExpiredAt().get());
      } else if (session.contributions() > 0) {
        assertThat(due).as("%s, kept, is not overdue at %s", session.id(), at).isAfter(at);
      }
    }
  }
}
