package io.github.peerled.core.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A second JVM that runs a main class of the tests with the test class path. What it prints comes
 * into the test (its lines, and its error output for failure messages), never to the console.
 */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final List<Thread> readers = new ArrayList<>();

  private ChildJvm(Process process) {
    this.process = process;
    readers.add(reader(process.getInputStream(), lines::add));
    readers.add(reader(process.getErrorStream(), errors::add));
  }

  /** Starts {@code main} with the arguments in a new JVM. */
  static ChildJvm start(Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    try {
      return new ChildJvm(new ProcessBuilder(command).start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + main.getSimpleName(), e);
    }
  }

  private static Thread reader(InputStream in, java.util.function.Consumer<String> sink) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  sink.accept(line);
                }
              } catch (IOException e) {
                // the process ended or was killed
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * Waits until the lines printed so far satisfy a condition, or the process ends, or time runs
   * out.
   */
  boolean await(Predicate<List<String>> condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.test(lines)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        joinReaders();
        return condition.test(lines);
      }
      Thread.sleep(5);
    }
    return true;
  }

  /** The lines printed so far. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  /** The lines printed so far that start with {@code prefix} and a space, without the prefix. */
  List<String> values(String prefix) {
    List<String> v = new ArrayList<>();
    for (String l : lines) {
      if (l.startsWith(prefix + " ")) {
        v.add(l.substring(prefix.length() + 1));
      }
    }
    return v;
  }

  /** What the process printed as errors so far. */
  String errors() {
    return String.join("\n", errors);
  }

  /** Waits for the process to end; returns its exit code, or -1 if it is still running. */
  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return -1;
    }
    joinReaders();
    return process.exitValue();
  }

  /** Kills the process at once (SIGKILL), waits for it to end, and reads what it printed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
    joinReaders();
  }

  private void joinReaders() throws InterruptedException {
    for (Thread t : readers) {
      t.join(10_000);
    }
  }

  /** Kills the process if it still runs. */
  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
