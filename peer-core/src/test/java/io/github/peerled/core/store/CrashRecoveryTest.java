package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupRuntime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
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
 * the writer meant to write (nothing invented, lost, reordered or doubled) and ends with a whole
 * command, and that the reopened state equals the replay of that prefix. The writer's appends hold
 * several commands, half of which make two events, and span many pages, so a kill can tear one.
 *
 * <p>A kill tears a write only at a page boundary, if at all, so after some kills the test also
 * appends part of the next append, as a crash in the middle of a write (or a power loss) would
 * leave it, and checks that all of it is cut off and reported; or the next append whole with one
 * byte flipped, and checks that opening reports the damage, changes nothing, and that a repair
 * moves exactly those bytes aside. A second test tears a log of multi-record appends at every byte
 * offset.
 */
class CrashRecoveryTest {
  private static final int KILLS = 24;
  private static final GroupEngine ENGINE = GroupEngine.of(Fixtures.fixedClock());

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

  private Path log() {
    return dir.resolve("crash-test.jsonl");
  }

  @Test
  void should_keep_every_acknowledged_event_and_whole_commands_through_kills() throws Exception {
    Random random = new Random(20260105L);
    long lastVersion = 0;
    int injected = 0;
    try (CapturedLog captured = CapturedLog.store()) {
      for (int kill = 0; kill < KILLS; kill++) {
        long acked = runAndKill(random);
        assertThat(acked).as("kill %d: the writer acknowledged something", kill).isPositive();

        // the file as the kill left it: a torn append, if any, is cut off to a whole command
        long version;
        try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).plainText().build()) {
          version = store.version(CrashWriterMain.GROUP);
          for (RecoveryReport r : store.recoveries()) {
            assertThat(r.keptVersion()).as("kill %d: %s", kill, r).isEqualTo(version);
          }
        }
        checkReopened(kill, acked, version, lastVersion);

        // then a simulated crash on top of it, after which the file is as it was
        int kind = kill % 3;
        byte[] before = Files.readAllBytes(log());
        if (kind == 1) {
          tearNextAppend(version, kill);
          injected++;
        } else if (kind == 2) {
          damageAndRepairNextAppend(version, kill);
          injected++;
        }
        assertThat(Files.readAllBytes(log())).as("kill %d", kill).isEqualTo(before);
        lastVersion = version;
      }
      assertThat(captured.warnings()).hasSizeGreaterThanOrEqualTo(injected);
    }
    assertThat(injected).isEqualTo(KILLS * 2 / 3);
  }

  /** Reopens the log and checks it against what the writer meant to write and was told. */
  private void checkReopened(int kill, long acked, long version, long lastVersion) {
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).plainText().build();
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
      assertThat(store.read(CrashWriterMain.GROUP))
          .as("kill %d: the log is exactly what the writer meant to write", kill)
          .isEqualTo(expected.subList(0, (int) version));
      assertThat(state)
          .as("kill %d: the state is the replay of the log", kill)
          .isEqualTo(ENGINE.replay(CrashWriterMain.GROUP, expected.subList(0, (int) version)));
    }
  }

  /**
   * Returns the bytes that the store appends for the next three commands of the stream after {@code
   * version}, in one append, written to a copy of the log.
   */
  private byte[] nextAppend(long version) throws IOException {
    expectAtLeast(version + 1);
    int first = commandEnds.indexOf((int) version) + 1;
    while (commandEnds.size() < first + 3) {
      expectAtLeast(expected.size() + 1);
    }
    int end = commandEnds.get(first + 2);
    Path scratch = Files.createDirectories(dir.resolve("scratch"));
    Path copy = scratch.resolve(log().getFileName());
    Files.copy(log(), copy, StandardCopyOption.REPLACE_EXISTING);
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(scratch).plainText().build()) {
      store.append(CrashWriterMain.GROUP, version, expected.subList((int) version, end));
    }
    byte[] all = Files.readAllBytes(copy);
    Files.delete(copy);
    return Arrays.copyOfRange(all, (int) Files.size(log()), all.length);
  }

  /** Appends part of the next append, cut inside one of its records, and checks the cut. */
  private void tearNextAppend(long version, int kill) throws IOException {
    byte[] next = nextAppend(version);
    int keep = 1 + (int) ((version * 7919) % (next.length - 1));
    Files.write(log(), Arrays.copyOf(next, keep), StandardOpenOption.APPEND);
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).plainText().build()) {
      assertThat(store.version(CrashWriterMain.GROUP))
          .as("kill %d: the torn append is cut off whole", kill)
          .isEqualTo(version);
      assertThat(store.recoveries())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.keptVersion()).isEqualTo(version);
                assertThat(r.cutBytes()).isEqualTo(keep);
              });
    }
  }

  /**
   * Appends the next append whole, with one byte of its last record flipped, checks that opening
   * reports the damage and changes nothing, and that a repair moves exactly that append aside.
   */
  private void damageAndRepairNextAppend(long version, int kill) throws IOException {
    byte[] next = nextAppend(version);
    int lastLineStart = lastLineStart(next);
    next[lastLineStart + (int) (version % (next.length - 1 - lastLineStart))] ^= 0x01;
    Files.write(log(), next, StandardOpenOption.APPEND);
    byte[] damaged = Files.readAllBytes(log());
    long lines = lineCount(damaged);
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).plainText().build()) {
      assertThatThrownBy(() -> store.version(CrashWriterMain.GROUP))
          .as("kill %d: a damaged last record is an error", kill)
          .isInstanceOfSatisfying(
              StoreRecordException.class,
              e -> {
                assertThat(e.file()).isEqualTo(log());
                assertThat(e.line()).isEqualTo(lines);
              });
      assertThat(Files.readAllBytes(log())).as("kill %d: nothing is cut", kill).isEqualTo(damaged);

      RepairReport r =
          store
              .repair(CrashWriterMain.GROUP, JsonLinesEventStore.RepairScope.DAMAGED_END)
              .orElseThrow();
      assertThat(r.keptVersion()).isEqualTo(version);
      assertThat(r.damagedLine()).isEqualTo(lines);
      assertThat(r.bytes()).isEqualTo(next.length);
      assertThat(Files.readAllBytes(r.movedTo())).isEqualTo(next);
      Files.delete(r.movedTo());
      assertThat(store.version(CrashWriterMain.GROUP)).isEqualTo(version);
    }
  }

  private static int lastLineStart(byte[] b) {
    int i = b.length - 2;
    while (i >= 0 && b[i] != '\n') {
      i--;
    }
    return i + 1;
  }

  private static long lineCount(byte[] b) {
    long n = 0;
    for (byte x : b) {
      n += x == '\n' ? 1 : 0;
    }
    return n;
  }

  @Test
  void should_cut_a_tear_at_every_byte_offset_back_to_the_last_whole_append() throws IOException {
    // given a log written in three appends: the setup, then three and six records of commands
    // that make one event (a newcomer joins) or two (their first contribution, and attendance)
    GroupId group = CrashWriterMain.GROUP;
    List<GroupCommand> commands = new ArrayList<>(Fixtures.running(3));
    for (String who : List.of("x", "y", "z")) {
      commands.add(Fixtures.join(MemberId.of(who)));
      commands.add(Fixtures.say(MemberId.of(who), "s1", "hi"));
    }
    List<GroupEvent> log = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    GroupState s = GroupState.initial(group);
    for (GroupCommand c : commands) {
      GroupEngine.Applied a = ENGINE.apply(s, c);
      log.addAll(a.result().events());
      ends.add(log.size());
      s = a.state();
    }
    int[] appendEnds = {ends.get(ends.size() - 7), ends.get(ends.size() - 5), log.size()};
    assertThat(appendEnds[1] - appendEnds[0]).isEqualTo(3);
    assertThat(appendEnds[2] - appendEnds[1]).isEqualTo(6);
    Path whole = Files.createDirectories(dir.resolve("whole"));
    Path wholeLog = whole.resolve(log().getFileName());
    long[] endOffsets = new long[appendEnds.length];
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(whole).plainText().build()) {
      int at = 0;
      for (int k = 0; k < appendEnds.length; k++) {
        store.append(group, at, log.subList(at, appendEnds[k]));
        at = appendEnds[k];
        endOffsets[k] = Files.size(wholeLog);
      }
    }
    byte[] all = Files.readAllBytes(wholeLog);

    // when it is cut at each byte offset of its last two appends, and reopened
    try (CapturedLog captured = CapturedLog.store()) {
      for (int cut = (int) endOffsets[0]; cut <= all.length; cut++) {
        Files.write(log(), Arrays.copyOf(all, cut));
        int k = appendEnds.length - 1;
        while (endOffsets[k] > cut) {
          k--;
        }
        try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).plainText().build()) {
          // then the log is what was acknowledged up to the last append that is whole
          assertThat(store.read(group))
              .as("cut at %d", cut)
              .isEqualTo(log.subList(0, appendEnds[k]));
          assertThat(store.recoveries()).as("cut at %d", cut).hasSize(cut == endOffsets[k] ? 0 : 1);
        }
        assertThat(Files.size(log())).as("cut at %d", cut).isEqualTo(endOffsets[k]);
      }
      assertThat(captured.warnings()).hasSize(all.length - (int) endOffsets[0] - 2);
    }
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
