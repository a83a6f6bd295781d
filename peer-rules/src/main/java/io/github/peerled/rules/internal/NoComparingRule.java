package io.github.peerled.rules.internal;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.rules.AnalyzedContribution;
import io.github.peerled.rules.FindingSink;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.Parameter;
import io.github.peerled.rules.Rule;
import io.github.peerled.rules.RuleParameters;
import io.github.peerled.rules.RuleSession;
import io.github.peerled.rules.Severity;
import io.github.peerled.rules.Span;
import io.github.peerled.rules.SuggestedAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code no-comparing}: members do not compete over numbers. Flags competitive comparison of
 * numbers between members: HbA1c, glucose readings, time in range, weights, doses ("my HbA1c is
 * 5.9, beat that", "mine's lower than yours", "you're at 9? I'd be ashamed", "whose a1c is the
 * best"). It takes both:
 *
 * <ul>
 *   <li>a comparison or competition aimed at others ({@link Cue#COMPARING}: "than yours", "beat
 *       that", "who's lowest", "ahead of you"), not quoted or reported, not a kind or own-progress
 *       comparison ({@link Cue#NOT_COMPARING}: "better than you think", "lower than you were"), and
 *       not a contest refused ("let's not make this a league table", "rather than a league table");
 *   <li>a number or a measure ({@link Cue#MEASURE}: "a1c", "readings", "kg", "units") in the same
 *       contribution, or a measure or another member's number in one of the {@code lookBack}
 *       contributions before it (3), so that "mine's lower than yours" in reply to a reading, and
 *       "beat that" after another's count of anything, count; a comparison whose only numbers are a
 *       measure in the talk before it, said with laughter ({@link Cue#TEASE}: "you still look
 *       better than Arjun does on four 😂"), is banter.
 * </ul>
 *
 * Or, read by structure ({@link RivalNumbers}, {@link RecentNumbers}): an echoed number set against
 * one's own ("Only 11k? I did 14,000", "71 is decent I suppose. I've been at 89 for a month"), a
 * message giving both the author's number and the listener's ("I'm on 12 units and you're on
 * 60??"), or another's number belittled ({@link Cue#RIVALRY}: "1lb is nothing", "at least I'm not
 * at 9") when the sentence says "you" or answers another member's number or measure ("22 is
 * nothing" after "I had 22"); and, in a talk of numbers ({@link NamedRivals}, {@link
 * GroupRanking}), a number set against a member named ("lower than Cy's"), a multiple of someone's
 * ("triple yours"), or the author ranked above the group ("still top of the channel", "nobody in
 * this room's done it cleaner than me").
 *
 * <p>A member sharing their own number ("my last HbA1c was 7.2 and I was relieved") or asking about
 * ranges is not comparing. Each competitive comparison draws a finding, a member one-upping member
 * after member each time ("Beat that" to one, "Half a mile, bless. I did three" to the next): a
 * member's comparing goes on unflagged only within {@code cooldown} contributions (1: the very
 * next) of their last; a larger cooldown keeps one finding per member and exchange.
 *
 * <p>Suggests bringing the talk back to what helps in daily life, naming the group's topic when
 * known. At most {@value #MAX_READ} comparing phrases of a contribution are read, and at most
 * {@value #MAX_EVIDENCE} numbers and measures given as evidence. Parameters: {@code severity}
 * (NUDGE), {@code cooldown}, {@code lookBack}. Thread-safe; each session's state takes constant
 * work per contribution.
 */
final class NoComparingRule implements Rule {
  /** The lexicons this rule reads from the shared analysis. */
  static final Set<Cue> CUES =
      EnumSet.of(Cue.COMPARING, Cue.NOT_COMPARING, Cue.MEASURE, Cue.REPORTED);

  /** The lexicons this rule reads when the language has them: numbers set against others'. */
  static final Set<Cue> OPTIONAL_CUES = EnumSet.of(Cue.RIVALRY, Cue.TEASE);

  /**
   * The most comparing phrases read in one contribution: each is checked against the contribution's
   * other hits, so the cap keeps the work linear in the length of the text.
   */
  static final int MAX_READ = 32;

  /** The most numbers, and the most measures, given as evidence. */
  static final int MAX_EVIDENCE = 8;

  static final Parameter<Severity> SEVERITY =
      Parameter.ofEnum(
          "severity", "how strongly to flag comparing numbers", Severity.class, Severity.NUDGE);
  static final Parameter<Integer> COOLDOWN =
      Parameter.ofInt(
          "cooldown",
          "contributions without comparing that end a comparison thread; the next draws a new"
              + " finding",
          1,
          1,
          1000);
  static final Parameter<Integer> LOOK_BACK =
      Parameter.ofInt(
          "lookBack",
          "contributions back in which a measure makes a comparison one of numbers; 0 for the"
              + " contribution itself only",
          3,
          0,
          100);

  @Override
  public String id() {
    return BuiltinRules.NO_COMPARING;
  }

  @Override
  public String description() {
    return "No comparing: competitive comparison of numbers (HbA1c, readings, weights, doses)"
        + " between members is met by bringing the talk back to what helps in daily life.";
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(SEVERITY, COOLDOWN, LOOK_BACK);
  }

  @Override
  public RuleSession startSession(RuleParameters p, GroupContext context, GroupResources r) {
    return new State(p, context);
  }

  private static final class State implements RuleSession {
    private final GroupContext context;
    private final Severity severity;
    private final int cooldown;
    private final int lookBack;
    private int lastMeasureAt;
    private @Nullable MemberId lastMeasureBy;

    /** The number of each member's last comparison, so each competitor draws a finding. */
    private final Map<MemberId, Integer> lastComparingAt = new HashMap<>();

    /** The numbers others gave in the last {@code lookBack} contributions, to see them echoed. */
    private final RecentNumbers recent;

    /** The members' names, to read a number set against a member's ("lower than Cy's"). */
    private final AddressWords names;

    State(RuleParameters p, GroupContext context) {
      this.context = context;
      this.severity = p.get(SEVERITY);
      this.cooldown = p.get(COOLDOWN);
      this.lookBack = p.get(LOOK_BACK);
      this.recent = new RecentNumbers(lookBack);
      this.names = new AddressWords(context);
    }

    @Override
    public void accept(AnalyzedContribution c, FindingSink sink) {
      Analysis a = (Analysis) c;
      Contribution k = a.contribution();
      int number = k.number();
      MemberId author = k.author();
      boolean measureHere = a.has(Cue.MEASURE);
      boolean thread = lastMeasureAt > 0 && number - lastMeasureAt <= lookBack;
      MemberId threadBy = lastMeasureBy;
      int threadAt = lastMeasureAt;
      if (measureHere) {
        lastMeasureAt = number;
        lastMeasureBy = author;
      }
      boolean numbersBefore = recent.othersGave(number, author);
      List<Span> spans = new ArrayList<>(3);
      boolean answers = thread && threadBy != null && !threadBy.equals(author);
      boolean rival = RivalNumbers.find(a, answers, numbersBefore, spans);
      boolean echoed = spans.isEmpty() && recent.echoed(a);
      recent.add(a);
      int read = a.has(Cue.COMPARING) ? 0 : MAX_READ;
      for (int h = 0; h < a.hitCount && read < MAX_READ; h++) {
        if (a.cue(h) != Cue.COMPARING) {
          continue;
        }
        read++;
        if (!a.hitQuoted[h] && !PersonalRemarks.reported(a, h) && !kind(a, h) && !refused(a, h)) {
          spans.add(a.span(h));
        }
      }
      if (spans.isEmpty() && !echoed && (measureHere || thread || numbersBefore)) {
        NamedRivals.find(a, names, spans);
        if (spans.isEmpty()) {
          GroupRanking.find(a, spans);
        }
      }
      if (spans.isEmpty() && !echoed) {
        return;
      }
      int numbers = 0;
      for (int t = 0; t < a.tokenCount && numbers < MAX_EVIDENCE; t++) {
        char first = a.lower[a.tokenStart[t]];
        if (first >= '0' && first <= '9') {
          spans.add(new Span(a.tokenStart[t], a.tokenEnd[t]));
          numbers++;
        }
      }
      // Numbers said as words count for a number set against another's ("Half a mile?? I did
      // two and a half"), not for a comparing phrase ("better than Arjun does on four 😂").
      boolean numberHere = numbers > 0 || (rival && RivalNumbers.anySpoken(a));
      if (!measureHere && !numberHere && !numbersBefore && (!thread || a.has(Cue.TEASE))) {
        return;
      }
      int measures = 0;
      for (int h = 0; h < a.hitCount && measures < MAX_EVIDENCE; h++) {
        if (a.cue(h) == Cue.MEASURE) {
          spans.add(a.span(h));
          measures++;
        }
      }
      spans.sort(Comparator.comparingInt(Span::start));
      Integer last = lastComparingAt.put(author, number);
      boolean sameThread = last != null && number - last <= cooldown;
      if (sameThread) {
        return;
      }
      List<MemberId> members = new ArrayList<>(2);
      members.add(author);
      List<Integer> contributions = new ArrayList<>(2);
      if (!measureHere && !numberHere && thread && threadBy != null) {
        contributions.add(threadAt);
        if (!threadBy.equals(author)) {
          members.add(threadBy);
        }
      }
      contributions.add(number);
      String who =
          members.size() == 1
              ? context.nameOf(author) + " is comparing numbers with others in the group"
              : context.nameOf(author)
                  + " and "
                  + context.nameOf(members.get(1))
                  + " are comparing numbers";
      String back =
          context
              .topic()
              .map(t -> "back to " + t + " and what helps in daily life")
              .orElse("back to what helps in daily life");
      sink.report(
          sink.draft(
                  severity,
                  SuggestedAction.RETURN_TO_TOPIC,
                  who
                      + ". Results, weights and doses differ for many reasons, and comparing them"
                      + " can leave people feeling judged. You could gently bring the talk "
                      + back
                      + ".")
              .spans(spans)
              .contributions(contributions)
              .members(members)
              .build());
    }
  }

  /** The most words read back from a comparison for a negation that refuses it. */
  static final int REFUSAL_WORDS = 4;

  /**
   * Tells whether a contest named as a thing is refused in its clause: "let's not have a league
   * table", "counts aren't a leaderboard", "as our own news rather than a league table". The word
   * before the comparison is an article or "no", and a negation ("not", "no", "never", a word
   * ending in "n't") or "rather than" / "instead of" stands within {@value #REFUSAL_WORDS} words
   * before it; a challenge ("bet you can't beat that") is not refused.
   */
  static boolean refused(Analysis a, int hit) {
    int t = java.util.Arrays.binarySearch(a.tokenStart, 0, a.tokenCount, a.hitStart[hit]);
    if (t <= 0) {
      return false;
    }
    int first = a.sentenceFirstToken[a.hitSentence[hit]];
    if (t - 1 < first || !a.tokenIsOneOf(t - 1, ARTICLES)) {
      return false;
    }
    for (int u = t - 1; u >= first && u >= t - REFUSAL_WORDS; u--) {
      if (u < t - 1 && clauseBetween(a, u, u + 1)) {
        return false;
      }
      if (a.tokenIsOneOf(u, NEGATIONS) || endsWith(a, u, "n't")) {
        return true;
      }
      if (u > first
          && ((a.tokenIs(u, "than") && a.tokenIs(u - 1, "rather"))
              || (a.tokenIs(u, "of") && a.tokenIs(u - 1, "instead")))) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseBetween(Analysis a, int left, int right) {
    for (int i = a.tokenEnd[left]; i < a.tokenStart[right]; i++) {
      char c = a.lower[i];
      if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?') {
        return true;
      }
    }
    return false;
  }

  /** Words that refuse what follows; chat drops the apostrophe ("arent"). */
  private static final String[] NEGATIONS = {
    "not", "no", "never", "arent", "isnt", "dont", "wont", "cant", "shouldnt", "doesnt", "didnt"
  };

  /** What stands before a contest named as a thing: "a league table", "no leaderboard". */
  private static final String[] ARTICLES = {"a", "an", "the", "no"};

  private static boolean endsWith(Analysis a, int token, String tail) {
    int end = a.tokenEnd[token];
    int from = end - tail.length();
    if (from <= a.tokenStart[token]) {
      return false;
    }
    for (int i = 0; i < tail.length(); i++) {
      char c = a.lower[from + i];
      if (c != tail.charAt(i) && !(c == '\u2019' && tail.charAt(i) == '\'')) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether a comparison lies within a kind or own-progress one ("than you think"). */
  static boolean kind(Analysis a, int hit) {
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.NOT_COMPARING
          && a.hitStart[h] <= a.hitStart[hit]
          && a.hitEnd[h] >= a.hitEnd[hit]) {
        return true;
      }
    }
    return false;
  }
}
