package io.github.peerled.core.sim;

import io.github.peerled.core.internal.SplitMix64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * An experiment: every scenario, under each of its arms (facilitation policies), replicated, on a
 * thread pool. Runs are numbered scenario by scenario, arm by arm, replicate by replicate, and the
 * results come back in that run order whatever the number of threads, so the output is
 * byte-identical for 1, 2 or 8 threads.
 *
 * <p>Seeds: run {@code (scenario i, arm a, replicate k)} has the seed {@link #runSeed(long, int,
 * int, int, boolean)}: the master seed mixed with {@code i} and {@code k} (and with {@code a} only
 * without common random numbers). By default the arms of a scenario share their seeds, so policies
 * are compared on the same draws. Any single run can be re-run alone with {@link #runOne(int)} or
 * {@link Simulation#run(Scenario, int, long)}.
 *
 * <pre>{@code
 * ExperimentResult r = Experiment.custom()
 *     .scenario(scenario)
 *     .replicates(1000)
 *     .masterSeed(42)
 *     .threads(2)
 *     .build()
 *     .run();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #run()} may be called from any thread, any number of times.
 */
public final class Experiment {
  private final List<Scenario> scenarios;
  private final int replicates;
  private final long masterSeed;
  private final int threads;
  private final boolean commonRandomNumbers;
  private final boolean keepEventLog;

  private Experiment(Builder b) {
    this.scenarios = List.copyOf(b.scenarios);
    this.replicates = b.replicates;
    this.masterSeed = b.masterSeed;
    this.threads = b.threads;
    this.commonRandomNumbers = b.commonRandomNumbers;
    this.keepEventLog = b.keepEventLog;
  }

  /**
   * Returns a builder: one replicate, master seed 0, one thread, common random numbers, no event
   * log.
   *
   * @return the builder
   */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * Returns an experiment of one scenario, one replicate, with the scenario's seed.
   *
   * @param scenario the scenario
   * @return the experiment
   */
  public static Experiment of(Scenario scenario) {
    return custom().scenario(scenario).masterSeed(scenario.seed()).build();
  }

  /**
   * Returns the seed of one run.
   *
   * @param masterSeed the experiment's master seed
   * @param scenario the scenario's index
   * @param arm the arm's index
   * @param replicate the replicate's index
   * @param commonRandomNumbers whether the arms share their seeds
   * @return the run's seed
   */
  public static long runSeed(
      long masterSeed, int scenario, int arm, int replicate, boolean commonRandomNumbers) {
    long s = SplitMix64.mix(SplitMix64.mix(masterSeed, scenario), replicate);
    return commonRandomNumbers ? s : SplitMix64.mix(s, 0x41524dL + arm);
  }

  /**
   * Returns the scenarios.
   *
   * @return the scenarios, in order
   */
  public List<Scenario> scenarios() {
    return scenarios;
  }

  /**
   * Returns the number of replicates of each scenario and arm.
   *
   * @return the count
   */
  public int replicates() {
    return replicates;
  }

  /**
   * Returns the master seed.
   *
   * @return the seed
   */
  public long masterSeed() {
    return masterSeed;
  }

  /**
   * Returns the number of threads.
   *
   * @return the count
   */
  public int threads() {
    return threads;
  }

  /**
   * Tells whether the arms of a scenario share their seeds.
   *
   * @return true by default
   */
  public boolean commonRandomNumbers() {
    return commonRandomNumbers;
  }

  /**
   * Tells whether runs go through the engine and keep their event logs.
   *
   * @return false by default
   */
  public boolean keepEventLog() {
    return keepEventLog;
  }

  /**
   * Returns the number of runs.
   *
   * @return scenarios x arms x replicates
   */
  public int size() {
    int arms = 0;
    for (Scenario s : scenarios) {
      arms += s.arms().size();
    }
    return arms * replicates;
  }

  /**
   * Runs one run of the experiment alone.
   *
   * @param run the run's number, 0 to {@code size() - 1}
   * @return its result, equal to the one {@link #run()} gives for it
   * @throws IndexOutOfBoundsException if there is no such run
   */
  public RunResult runOne(int run) {
    Slot at = locate(run);
    long seed =
        runSeed(masterSeed, at.scenarioIndex(), at.arm(), at.replicate(), commonRandomNumbers);
    return Simulation.result(at.scenario(), at.arm(), seed, run, at.replicate(), keepEventLog);
  }

  /**
   * Finds where a run sits: runs are numbered scenario by scenario, arm by arm within a scenario,
   * and replicate by replicate within an arm.
   *
   * @param run the run's number, 0 to {@code size() - 1}
   * @return its scenario, arm and replicate
   * @throws IndexOutOfBoundsException if there is no such run
   */
  Slot locate(int run) {
    if (run >= 0) {
      int r = run;
      for (int i = 0; i < scenarios.size(); i++) {
        Scenario s = scenarios.get(i);
        int block = s.arms().size() * replicates;
        if (r < block) {
          return new Slot(i, s, r / replicates, r % replicates);
        }
        r -= block;
      }
    }
    throw new IndexOutOfBoundsException("run " + run + " of " + size());
  }

  /**
   * Where a run sits in an experiment.
   *
   * @param scenarioIndex the scenario's index in {@link #scenarios()}
   * @param scenario the scenario
   * @param arm the arm's index in {@link Scenario#arms()}
   * @param replicate the replicate, 0 to {@code replicates() - 1}
   */
  record Slot(int scenarioIndex, Scenario scenario, int arm, int replicate) {
    /**
     * Returns the arm.
     *
     * @return the arm
     */
    PolicyArm policyArm() {
      return scenario.arms().get(arm);
    }
  }

  /**
   * Runs every run.
   *
   * @return the results, in run order
   * @throws IllegalStateException if a run fails (its cause attached)
   */
  public ExperimentResult run() {
    return run(done -> {});
  }

  /**
   * Runs every run, telling how many are done as they finish.
   *
   * @param progress called with the number of runs done so far, from the worker threads (possibly
   *     concurrently, and not necessarily in increasing order); it must be thread-safe and quick
   * @return the results, in run order
   * @throws IllegalStateException if a run fails (its cause attached)
   */
  public ExperimentResult run(IntConsumer progress) {
    return new ExperimentResult(this, runs(0, size(), progress));
  }

  /**
   * Runs a range of the runs: a part of the experiment, to be merged with the other parts by {@link
   * ExperimentParts}. A pure function of the experiment and the range, so parts may run anywhere (a
   * job array, one partition of a cluster job) and merge into the bytes {@link #run()} writes.
   *
   * @param first the first run's number, 0 to {@code size() - 1}
   * @param last the last run's number, {@code first} to {@code size() - 1}
   * @return the part
   * @throws IllegalArgumentException if the range is empty or not within the experiment
   * @throws IllegalStateException if a run fails (its cause attached)
   */
  public ExperimentPart runRange(int first, int last) {
    if (first < 0 || last < first || last >= size()) {
      throw new IllegalArgumentException(
          "runs "
              + first
              + ".."
              + last
              + " are not a range of the experiment's runs 0.."
              + (size() - 1));
    }
    return new ExperimentPart(this, first, runs(first, last + 1, done -> {}));
  }

  /** Runs {@code from} (inclusive) to {@code to} (exclusive) on the pool, in run order. */
  private List<RunResult> runs(int from, int to, IntConsumer progress) {
    int size = to - from;
    RunResult[] results = new RunResult[size];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
            results[i] = runOne(from + i);
            progress.accept(done.incrementAndGet());
          }
        };
    if (threads == 1) {
      worker.run();
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          futures.add(pool.submit(worker));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException("a simulation run failed: " + e.getCause(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } finally {
        pool.shutdownNow();
      }
    }
    return Arrays.asList(results);
  }

  /** Builds an {@link Experiment}. Not thread-safe. */
  public static final class Builder {
    private final List<Scenario> scenarios = new ArrayList<>();
    private int replicates = 1;
    private long masterSeed;
    private int threads = 1;
    private boolean commonRandomNumbers = true;
    private boolean keepEventLog;

    private Builder() {}

    /**
     * Adds a scenario.
     *
     * @param scenario the scenario
     * @return this builder
     */
    public Builder scenario(Scenario scenario) {
      scenarios.add(Objects.requireNonNull(scenario, "scenario"));
      return this;
    }

    /**
     * Adds scenarios.
     *
     * @param more the scenarios
     * @return this builder
     */
    public Builder scenarios(List<Scenario> more) {
      for (Scenario s : more) {
        scenario(s);
      }
      return this;
    }

    /**
     * Sets the number of replicates.
     *
     * @param count at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Builder replicates(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("replicates must be at least 1, was " + count);
      }
      this.replicates = count;
      return this;
    }

    /**
     * Sets the master seed.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder masterSeed(long seed) {
      this.masterSeed = seed;
      return this;
    }

    /**
     * Sets the number of threads.
     *
     * @param count at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Builder threads(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + count);
      }
      this.threads = count;
      return this;
    }

    /**
     * Sets whether the arms of a scenario share their seeds.
     *
     * @param on true (the default) to compare policies on the same draws
     * @return this builder
     */
    public Builder commonRandomNumbers(boolean on) {
      this.commonRandomNumbers = on;
      return this;
    }

    /**
     * Sets whether runs go through the engine and keep their event logs (slower).
     *
     * @param on true to keep the logs
     * @return this builder
     */
    public Builder keepEventLog(boolean on) {
      this.keepEventLog = on;
      return this;
    }

    /**
     * Builds the experiment.
     *
     * @return the experiment
     * @throws IllegalStateException if no scenario was added
     */
    public Experiment build() {
      if (scenarios.isEmpty()) {
        throw new IllegalStateException("an experiment needs at least one scenario");
      }
      return new Experiment(this);
    }
  }
}
