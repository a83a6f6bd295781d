package io.github.peerled.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects the buckets of a text's features as the model counts them: each bucket once per part
 * (the words of the whole text or of each window of a long one, and each clause), and once among
 * the features of the whole text.
 */
final class CrisisParts implements CrisisFeatures.Sink {
  private final boolean windows;
  private final Set<Integer> shared = new LinkedHashSet<>();
  private final Set<Integer> words = new LinkedHashSet<>();
  private final List<Set<Integer>> windowParts = new ArrayList<>();
  private final List<Set<Integer>> clauses = new ArrayList<>();
  private @Nullable Set<Integer> firstTrack;
  private @Nullable Set<Integer> secondTrack;
  private int first = -1;
  private int second = -1;
  private boolean whole;

  CrisisParts(int tokens) {
    this.windows = tokens > CrisisModel.WINDOW;
  }

  @Override
  public void token(int index) {
    if (!windows) {
      return;
    }
    int f = index / CrisisModel.WINDOW;
    if (f != first) {
      first = f;
      firstTrack = new LinkedHashSet<>();
      windowParts.add(firstTrack);
    }
    int s = (index + CrisisModel.WINDOW / 2) / CrisisModel.WINDOW;
    if (s != second) {
      second = s;
      secondTrack = new LinkedHashSet<>();
      windowParts.add(secondTrack);
    }
  }

  @Override
  public void clause() {
    clauses.add(new LinkedHashSet<>());
  }

  @Override
  public void clauseOnly(int key) {
    if (!clauses.isEmpty()) {
      clauses.get(clauses.size() - 1).add(key & CrisisTraining.MASK);
    }
  }

  @Override
  public void whole() {
    whole = true;
  }

  @Override
  public void add(int key) {
    int b = key & CrisisTraining.MASK;
    if (whole) {
      shared.add(b);
      return;
    }
    clauseOnly(key);
    if (!windows) {
      words.add(b);
      return;
    }
    if (firstTrack != null) {
      firstTrack.add(b);
    }
    if (secondTrack != null) {
      secondTrack.add(b);
    }
  }

  /** The buckets of the whole text's features. */
  int[] shared() {
    return shared.stream().mapToInt(i -> i).toArray();
  }

  /** The buckets of each part: the words or their windows, then each clause. */
  int[][] parts() {
    List<Set<Integer>> all = new ArrayList<>();
    if (windows) {
      all.addAll(windowParts);
    } else {
      all.add(words);
    }
    all.addAll(clauses);
    int[][] out = new int[all.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = all.get(i).stream().mapToInt(x -> x).toArray();
    }
    return out;
  }
}
