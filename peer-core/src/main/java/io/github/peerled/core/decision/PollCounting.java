package io.github.peerled.core.decision;

import io.github.peerled.core.internal.PollRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Counts a poll's answers into its result; see {@link PollResult} for the rules. */
final class PollCounting {
  private PollCounting() {}

  static PollResult count(PollKind kind, List<String> options, List<PollAnswer> answers) {
    int n = options.size();
    for (PollAnswer a : answers) {
      String problem = PollRules.checkAnswer(kind, n, a.choices(), a.scores());
      if (problem != null) {
        throw new IllegalArgumentException("the answer of " + a.member() + ": " + problem);
      }
    }
    ImmutablePollResult.Builder b =
        ImmutablePollResult.builder().kind(kind).answered(answers.size());
    int[] totals = new int[n];
    if (kind == PollKind.RANKED_CHOICE) {
      return runOff(b, options, answers, totals);
    }
    for (PollAnswer a : answers) {
      if (kind == PollKind.SCORE) {
        for (int o = 0; o < n; o++) {
          totals[o] += a.scores().get(o);
        }
      } else {
        for (int o : a.choices()) {
          totals[o]++;
        }
      }
    }
    b.totals(list(totals));
    if (kind == PollKind.SCORE && !answers.isEmpty()) {
      for (int o = 0; o < n; o++) {
        b.addMean((double) totals[o] / answers.size());
      }
    }
    List<Integer> winners = top(totals);
    b.winners(winners);
    return b.explanation(explain(kind, options, answers.size(), totals, winners)).build();
  }

  /** The options with the highest total, if it is above 0. */
  private static List<Integer> top(int[] totals) {
    int max = 0;
    for (int t : totals) {
      max = Math.max(max, t);
    }
    List<Integer> out = new ArrayList<>();
    if (max == 0) {
      return out;
    }
    for (int o = 0; o < totals.length; o++) {
      if (totals[o] == max) {
        out.add(o);
      }
    }
    return out;
  }

  private static String explain(
      PollKind kind, List<String> options, int answered, int[] totals, List<Integer> winners) {
    if (answered == 0) {
      return "Nobody answered.";
    }
    String who = answered + (answered == 1 ? " member answered" : " members answered");
    if (winners.isEmpty()) {
      return who + "; no option was chosen.";
    }
    String measure =
        switch (kind) {
          case TIME -> "suits";
          case SCORE -> "scored";
          default -> "was chosen by";
        };
    String amount =
        kind == PollKind.SCORE
            ? totals[winners.get(0)] + " in all"
            : totals[winners.get(0)] + " of them";
    if (winners.size() == 1) {
      return who + "; \"" + options.get(winners.get(0)) + "\" " + measure + " " + amount + ".";
    }
    List<String> names = new ArrayList<>();
    for (int w : winners) {
      names.add("\"" + options.get(w) + "\"");
    }
    return who + "; " + String.join(", ", names) + " tie: each " + measure + " " + amount + ".";
  }

  private static PollResult runOff(
      ImmutablePollResult.Builder b, List<String> options, List<PollAnswer> answers, int[] first) {
    int n = options.size();
    for (PollAnswer a : answers) {
      if (!a.choices().isEmpty()) {
        first[a.choices().get(0)]++;
      }
    }
    b.totals(list(first));
    boolean[] running = new boolean[n];
    int left = n;
    java.util.Arrays.fill(running, true);
    List<Integer> eliminated = new ArrayList<>();
    while (true) {
      int[] counts = new int[n];
      int counted = 0;
      for (PollAnswer a : answers) {
        for (int o : a.choices()) {
          if (running[o]) {
            counts[o]++;
            counted++;
            break;
          }
        }
      }
      b.addRound(list(counts));
      if (counted == 0) {
        b.eliminated(eliminated).winners(List.of());
        String why = answers.isEmpty() ? "Nobody answered." : "No answer ranked any option.";
        return b.explanation(why).build();
      }
      for (int o = 0; o < n; o++) {
        if (running[o] && (2L * counts[o] > counted || left == 1)) {
          b.eliminated(eliminated).winners(List.of(o));
          int rounds = eliminated.size() + 1;
          return b.explanation(
                  answers.size()
                      + (answers.size() == 1 ? " member" : " members")
                      + " ranked the options; \""
                      + options.get(o)
                      + "\" won with "
                      + counts[o]
                      + " of "
                      + counted
                      + " answers counted in round "
                      + rounds
                      + (eliminated.isEmpty()
                          ? "."
                          : ", after " + eliminated.size() + " eliminated by instant run-off."))
              .build();
        }
      }
      int out = -1;
      for (int o = 0; o < n; o++) {
        if (!running[o]) {
          continue;
        }
        if (out < 0
            || counts[o] < counts[out]
            || (counts[o] == counts[out] && first[o] <= first[out])) {
          out = o; // later options win the tie to go: <= moves to the later one
        }
      }
      running[out] = false;
      left--;
      eliminated.add(out);
    }
  }

  private static List<Integer> list(int[] values) {
    List<Integer> out = new ArrayList<>(values.length);
    for (int v : values) {
      out.add(v);
    }
    return Collections.unmodifiableList(out);
  }
}
