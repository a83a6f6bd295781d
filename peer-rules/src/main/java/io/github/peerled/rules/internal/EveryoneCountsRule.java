package io.github.peerled.rules.internal;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.rules.AnalyzedContribution;
import io.github.peerled.rules.FindingSink;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.Parameter;
import io.github.peerled.rules.Rule;
import io.github.peerled.rules.RuleParameters;
import io.github.peerled.rules.RuleSession;
import io.github.peerled.rules.Severity;
import io.github.peerled.rules.SuggestedAction;
import io.github.peerled.rules.detect.internal.WordTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code everyone-counts}: a request for support is never left hanging, and quiet members get room.
 * Flags:
 *
 * <ul>
 *   <li>a {@link ContributionKind#REQUEST_FOR_SUPPORT} nobody else has answered after {@code
 *       unansweredAfterContributions} contributions (4) or {@code unansweredAfter} (PT10M), and at
 *       the end of the session, quoting what was asked (shortened at a word boundary). The finding
 *       is a {@link Severity#NUDGE} the first time and {@link Severity#INTERVENE} when the request
 *       carries distress words ("I'm struggling", "can't cope", "please", "anyone": the {@code
 *       distress} lexicon). When the same member asks again while an earlier request is open or was
 *       left unanswered (after someone else has spoken), that is flagged at once at INTERVENE,
 *       saying how many times they asked. A request is answered by a later contribution from
 *       someone else that replies to it (or to what the asker said since), names the asker (display
 *       name, its first word or id, at word boundaries), welcomes a newcomer (the {@code welcome}
 *       lexicon) without handing the floor to someone else, is a {@link ContributionKind#RESPONSE}
 *       to nothing in particular right after it, or is such a response later sharing at least two
 *       content words with what was asked (words of the {@code stopword} list do not count); a
 *       reply to something said before the request does not answer it, and an answer that comes
 *       only after {@code unansweredAfterContributions} others is late (see {@link OpenRequests});
 *   <li>at the end, every expected member who never spoke; and, when asked for, members who have
 *       not spoken yet when someone has taken the floor {@code quietAfterTurns} times (0: off by
 *       default, since facilitators reading labelled sessions wanted the quiet named at the end and
 *       not nudged about after a few turns) while holding more than {@code maxTurnShare} of the
 *       turns so far. Taking the floor is speaking without replying to anyone: answering someone
 *       who spoke to you (a back-and-forth with a member in crisis, or in a row) is not crowding
 *       out the quiet members, nor is speaking often in a round the others share;
 *   <li>with {@code goRound} (false): someone speaking twice before everyone spoke once;
 *   <li>at the end, when the session had at least {@code minTurnsForEquity} turns (10): a member
 *       with more than {@code maxTurnShare} of the turns (0.4), other than the session's
 *       facilitators, whose turns welcome, link and close (how much they say still counts in the
 *       Gini), and a Gini coefficient of words spoken above {@code maxGini} (0.6).
 * </ul>
 *
 * <p>Thread-safe; each session's state takes work per contribution linear in its text: at most
 * {@link OpenRequests#MAX_TRACKED} open requests of at most {@link OpenRequests#MAX_WORDS} content
 * words each.
 */
final class EveryoneCountsRule implements Rule {
  static final Parameter<Integer> UNANSWERED_AFTER_CONTRIBUTIONS =
      Parameter.ofInt(
          "unansweredAfterContributions",
          "contributions after which an unanswered request for support is flagged",
          4,
          1,
          1000);
  static final Parameter<Duration> UNANSWERED_AFTER =
      Parameter.ofDuration(
          "unansweredAfter",
          "time after which an unanswered request for support is flagged",
          Duration.ofMinutes(10),
          Duration.ofMinutes(1),
          Duration.ofDays(7));
  static final Parameter<Integer> QUIET_AFTER_TURNS =
      Parameter.ofInt(
          "quietAfterTurns",
          "turns someone takes, replies aside, before members who have not spoken are invited;"
              + " 0 (the default) for only naming them at the end",
          0,
          0,
          1000);
  static final Parameter<Boolean> GO_ROUND =
      Parameter.ofBoolean(
          "goRound",
          "whether everyone speaks before anyone speaks twice, round after round",
          false);
  static final Parameter<Double> MAX_TURN_SHARE =
      Parameter.ofDouble(
          "maxTurnShare", "the largest share of a session's turns one member may take", 0.4, 0, 1);
  static final Parameter<Double> MAX_GINI =
      Parameter.ofDouble(
          "maxGini", "the largest Gini coefficient of letters spoken per member", 0.6, 0, 1);
  static final Parameter<Integer> MIN_TURNS_FOR_EQUITY =
      Parameter.ofInt(
          "minTurnsForEquity", "turns a session needs before equity is measured", 10, 1, 100000);

  @Override
  public String id() {
    return BuiltinRules.EVERYONE_COUNTS;
  }

  @Override
  public String description() {
    return "Everyone counts: requests for support are answered, quiet members get room, and the"
        + " time is shared fairly.";
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(
        UNANSWERED_AFTER_CONTRIBUTIONS,
        UNANSWERED_AFTER,
        QUIET_AFTER_TURNS,
        GO_ROUND,
        MAX_TURN_SHARE,
        MAX_GINI,
        MIN_TURNS_FOR_EQUITY);
  }

  @Override
  public RuleSession startSession(RuleParameters p, GroupContext context, GroupResources r) {
    WordTable stopwords =
        this.stopwords.computeIfAbsent(
            r.language(),
            language ->
                WordTable.of(
                    ClasspathLexicons.INSTANCE.phrases(language, "stopword").orElse(List.of())));
    return new State(p, context, stopwords);
  }

  /** The stop words per language, read once: the built-in lists do not change. */
  private final Map<String, WordTable> stopwords = new ConcurrentHashMap<>();

  private static final class State implements RuleSession {
    private final GroupContext context;
    private final OpenRequests requests;
    private final int quietAfter;
    private final boolean goRound;
    private final double maxShare;
    private final double maxGini;
    private final int minTurns;

    /**
     * Per member: turns, letters, turns taking the floor (not replies). In order of first
     * appearance, expected members first.
     */
    private final Map<MemberId, int[]> spoken = new LinkedHashMap<>();

    private final List<MemberId> expected;
    private final Set<MemberId> invited = new HashSet<>();
    private final Set<MemberId> round = new LinkedHashSet<>();
    private boolean roundFlagged;
    private int turns;

    State(RuleParameters p, GroupContext context, WordTable stopwords) {
      this.context = context;
      this.requests =
          new OpenRequests(
              context, stopwords, p.get(UNANSWERED_AFTER_CONTRIBUTIONS), p.get(UNANSWERED_AFTER));
      this.quietAfter = p.get(QUIET_AFTER_TURNS);
      this.goRound = p.get(GO_ROUND);
      this.maxShare = p.get(MAX_TURN_SHARE);
      this.maxGini = p.get(MAX_GINI);
      this.minTurns = p.get(MIN_TURNS_FOR_EQUITY);
      this.expected = context.expected();
    }

    @Override
    public void accept(AnalyzedContribution a, FindingSink sink) {
      Contribution c = a.contribution();
      MemberId author = c.author();
      turns++;
      int[] mine = spoken.computeIfAbsent(author, k -> new int[3]);
      mine[0]++;
      mine[1] += a.letterCount();

      requests.accept((Analysis) a, mine[0] == 1, sink);
      if (goRound) {
        goRound(author, c, sink);
      }
      if (c.replyTo().isEmpty()) {
        mine[2]++;
      }
      if (quietAfter > 0
          && c.replyTo().isEmpty()
          && mine[2] == quietAfter
          && mine[0] > maxShare * turns) {
        List<MemberId> quiet = new ArrayList<>();
        for (MemberId m : expected) {
          if (!spoken.containsKey(m) && invited.add(m)) {
            quiet.add(m);
          }
        }
        if (!quiet.isEmpty()) {
          sink.report(
              sink.draft(
                      Severity.NUDGE,
                      SuggestedAction.INVITE_QUIET_MEMBER,
                      context.nameOf(author)
                          + " has taken the floor "
                          + quietAfter
                          + " times and "
                          + Texts.names(names(quiet))
                          + (quiet.size() == 1 ? " has" : " have")
                          + " not spoken yet. You could make room: \"Would anyone who hasn't"
                          + " spoken yet like to come in?\"")
                  .addContribution(c.number())
                  .members(quiet)
                  .build());
        }
      }
    }

    private void goRound(MemberId author, Contribution c, FindingSink sink) {
      if (round.add(author)) {
        if (round.containsAll(expected)) {
          round.clear();
          roundFlagged = false;
        }
        return;
      }
      if (roundFlagged) {
        return;
      }
      List<MemberId> waiting = new ArrayList<>();
      for (MemberId m : expected) {
        if (!round.contains(m)) {
          waiting.add(m);
        }
      }
      if (waiting.isEmpty()) {
        round.clear();
        round.add(author);
        return;
      }
      roundFlagged = true;
      sink.report(
          sink.draft(
                  Severity.NUDGE,
                  SuggestedAction.INVITE_QUIET_MEMBER,
                  context.nameOf(author)
                      + " is speaking a second time before "
                      + Texts.names(names(waiting))
                      + " had a turn in this round. Our go-round asks that everyone speaks"
                      + " before anyone speaks twice.")
              .addContribution(c.number())
              .addMember(author)
              .addAllMembers(waiting)
              .build());
    }

    @Override
    public void finish(FindingSink sink) {
      requests.finish(sink);
      List<MemberId> silent = new ArrayList<>();
      boolean wereInvited = false;
      for (MemberId m : expected) {
        if (!spoken.containsKey(m)) {
          silent.add(m);
          wereInvited |= invited.contains(m);
        }
      }
      if (!silent.isEmpty() && !spoken.isEmpty()) {
        sink.report(
            sink.draft(
                    Severity.INFO,
                    SuggestedAction.INVITE_QUIET_MEMBER,
                    Texts.names(names(silent))
                        + " did not speak this session"
                        + (wereInvited ? ", even after the invitation to come in" : "")
                        + ". That is their choice to make; you could check in with them gently"
                        + " next time.")
                .members(silent)
                .build());
      }
      if (turns < minTurns) {
        return;
      }
      for (Map.Entry<MemberId, int[]> e : spoken.entrySet()) {
        double share = e.getValue()[0] / (double) turns;
        if (share > maxShare && !context.facilitates(e.getKey())) {
          sink.report(
              sink.draft(
                      Severity.INFO,
                      SuggestedAction.BALANCE_PARTICIPATION,
                      context.nameOf(e.getKey())
                          + " took "
                          + percent(share)
                          + " of the turns this session. Next time you could share the time"
                          + " more evenly, for example with a go-round.")
                  .addMember(e.getKey())
                  .build());
        }
      }
      double gini = gini();
      if (gini > maxGini) {
        sink.report(
            sink.draft(
                    Severity.INFO,
                    SuggestedAction.BALANCE_PARTICIPATION,
                    "A few voices filled most of this session (Gini "
                        + String.format(Locale.ROOT, "%.2f", gini)
                        + " over what each person said). Next time you could share the time"
                        + " more evenly.")
                .build());
      }
    }

    /** The Gini coefficient of letters spoken, over expected members and everyone who spoke. */
    private double gini() {
      Set<MemberId> all = new LinkedHashSet<>(expected);
      all.addAll(spoken.keySet());
      double[] x = new double[all.size()];
      int i = 0;
      for (MemberId m : all) {
        int[] s = spoken.get(m);
        x[i++] = s == null ? 0 : s[1];
      }
      Arrays.sort(x);
      double sum = 0;
      double weighted = 0;
      for (int k = 0; k < x.length; k++) {
        sum += x[k];
        weighted += (k + 1) * x[k];
      }
      if (x.length < 2 || sum == 0) {
        return 0;
      }
      int n = x.length;
      return (2 * weighted) / (n * sum) - (n + 1.0) / n;
    }

    private List<String> names(List<MemberId> ids) {
      List<String> out = new ArrayList<>(ids.size());
      for (MemberId m : ids) {
        out.add(context.nameOf(m));
      }
      return out;
    }

    private static String percent(double share) {
      return Math.round(share * 100) + "%";
    }
  }
}
