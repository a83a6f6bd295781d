package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupRuntime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writer process ({@link CrashWriterMain}) at random points, many times, and checks after
 * each kill that every acknowledged event is in the file, that the log is exactly a prefix of what
 * the writer meant to write (nothing invented, lost, reordered or doubled), and that the reopened
 * state equals the replay of that prefix.
 *
 * <p>A kill does not tear a single write on Linux, so after some kills the test also appends part
 * of the next record, or a whole record with a bad checksum, as a crash in the middle of a write
 * (or a power loss) would leave it, and checks that it is cut off and reported.
 */
class CrashRecoveryTest {
  private static final int KILLS = 24;
  private static final GroupEngine ENGINE = GroupEngine.create(Fixtures.fixedClock());

  @TempDir Path dir;

  private final List<GroupEvent> expected = new ArrayList<>();
  private final List<Integer> commandEnds = new ArrayList<>();
  private GroupState expectedState = GroupState.initial(CrashWriterMain.GROUP);

  /** Extends the expected log (the writer's deterministic stream) to at least {@code n} events. */
  private void expectAtLeast(long n) {
    while (expected.size() < n) {
      GroupEngine.Applied a = ENGINE.apply(expectedState, CrashWriterMain.next(commandEnds.size()));
      assertThat(a.result().rejection()).isEmpty();
      expected.addAll(a.result().events());
      commandEnds.add(expected.size());
      expectedState = a.state();
    }
  }

  /** Returns how many commands of the deterministic stream a state holds. */
  static int commandsIn(GroupState state) {
    GroupState s = GroupState.initial(state.groupId());
    int n = 0;
    while (s.version() < state.version()) {
      s = ENGINE.apply(s, CrashWriterMain.next(n++)).state();
    }
    if (s.version() != state.version()) {
      throw new IllegalStateException("version " + state.version() + " is inside a command");
    }
    return n;
  }

  @Test
  void should_keep_every_acknowledged_event_through_kills_at_random_points() throws Exception {
    Random random = new Random(20260105L);
    long lastVersion = 0;
    int torn = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      long acked = runAndKill(random);
      assertThat(acked).as("kill %d: the writer acknowledged something", kill).isPositive();

      int injected = kill % 3 == 1 ? 1 : kill % 3 == 2 ? 2 : 0;
      long version;
      try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).build()) {
        version = store.version(CrashWriterMain.GROUP);
      }
      if (injected > 0) {
        injectTornRecord(version, injected);
        torn++;
      }
      try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).build();
          GroupRuntime runtime = GroupRuntime.builder().store(store).build()) {
        GroupState state = runtime.group(CrashWriterMain.GROUP).state();
        assertThat(state.version())
            .as("kill %d: every acknowledged event is kept", kill)
            .isGreaterThanOrEqualTo(acked)
            .isEqualTo(version)
            .isGreaterThan(lastVersion);
        expectAtLeast(version);
        assertThat(commandEnds)
            .as("kill %d: the log ends with a whole command", kill)
            .contains((int) version);
        List<GroupEvent> log = store.read(CrashWriterMain.GROUP);
        assertThat(log)
            .as("kill %d: the log is exactly what the writer meant to write", kill)
            .isEqualTo(expected.subList(0, (int) version));
        assertThat(state)
            .as("kill %d: the state is the replay of the log", kill)
            .isEqualTo(ENGINE.replay(CrashWriterMain.GROUP, expected.subList(0, (int) version)));
        if (injected > 0) {
          assertThat(store.recoveries())
              .as("kill %d: the torn record is reported", kill)
              .singleElement()
              .satisfies(
                  r -> {
                    assertThat(r.line()).isEqualTo(version + 1);
                    assertThat(r.keptVersion()).isEqualTo(version);
                    assertThat(r.reason())
                        .isIn(
                            "the last record has no line end",
                            "the last line does not check out: checksum mismatch (stored"
                                + " 00000000, computed "
                                + r.reason().substring(r.reason().length() - 9));
                  });
        } else {
          assertThat(store.recoveries()).isEmpty();
        }
        lastVersion = version;
      }
    }
    assertThat(torn).isEqualTo(KILLS * 2 / 3);
  }

  /** Appends part of the next record (kind 1) or the next record with a zero checksum (kind 2). */
  private void injectTornRecord(long version, int kind) throws IOException {
    expectAtLeast(version + 1);
    String json = io.github.peerled.core.json.PeerledJson.write(expected.get((int) version));
    String line = JsonLinesEventStoreTest.record(1, version + 1, json);
    String tail =
        kind == 1
            ? line.substring(0, 1 + (int) ((version * 7919) % (line.length() - 1)))
            : line.replaceFirst("\"crc\":\"[0-9a-f]{8}\"", "\"crc\":\"00000000\"") + "\n";
    Files.writeString(
        dir.resolve("crash-test.jsonl"), tail, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /** Starts the writer, kills it at a random point while it writes, returns the last ack. */
  private long runAndKill(Random random) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb =
        new ProcessBuilder(
            java.toString(),
            "-Xshare:auto",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            CrashWriterMain.class.getName(),
            dir.toString(),
            random.nextBoolean() ? "FORCE" : "NO_FORCE");
    pb.redirectError(dir.resolve("writer.err").toFile());
    Process p = pb.start();
    AtomicLong acked = new AtomicLong();
    CountDownLatch writing = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  if (!line.startsWith("ready")) {
                    acked.set(Math.max(acked.get(), Long.parseLong(line.trim())));
                    writing.countDown();
                  }
                }
              } catch (IOException e) {
                // the process was killed
              }
            });
    reader.start();
    boolean started = writing.await(30, TimeUnit.SECONDS);
    Thread.sleep(random.nextInt(150));
    p.destroyForcibly();
    p.waitFor();
    reader.join();
    assertThat(started)
        .as(
            "the writer started writing; its errors: %s",
            Files.readString(dir.resolve("writer.err")))
        .isTrue();
    return acked.get();
  }
}
