package io.github.peerled.rules.internal;

import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
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
import io.github.peerled.rules.SuggestedAction;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code respectful-exchange}: members speak to each other with respect. Flags personal remarks
 * between members, the facilitator included: attacks ("shut up", "nobody asked you", "get a life",
 * "you clearly know nothing", "says the man who ..."), envy put as sarcasm ("Must be nice to have
 * all that free time"), contempt and name-calling aimed at a person present ("you're an idiot",
 * "Sam is pathetic", "she's clueless" of a member just named, "some people here are so entitled"),
 * contempt for what a member said ("what a stupid idea", "your advice is garbage"), put-downs and
 * sneers said to someone ("grow up", "lol ok.", "sure, Jan"), insults and slurs, and sarcasm at a
 * person ("well done, genius", "Saint Sam"), and jibes that make a remark only together ({@link
 * Cue#BARB}: "Oh well done Bex, really. Shall we get you a medal?", "just for sympathy, as usual",
 * "people like you ... must be nice"). Not flagged: what one says of oneself ("I felt so stupid"),
 * of a thing ("my stupid pump"), of someone outside the group ("my GP is useless"), reassurance
 * ("you're not stupid for asking"), sympathy ("Typical! So sorry"), quotes and reported speech,
 * disagreement put with respect ("I strongly disagree", "I think that's wrong because"), and a
 * member or the facilitator calling a remark out ({@link Cue#CALL_OUT}: "Ben, that was uncalled
 * for. Calling Ann a drama queen isn't okay here"), which stops an attack even when it names it.
 * See {@link PersonalRemarks} for how a remark is read.
 *
 * <p>Once a remark is made, the exchange is heated for {@code replyWindow} contributions: a
 * contribution by one of its two people, or in reply to the one who made it, is a remark with a
 * single jibe ("Exactly Carol. Each to their own I suppose.", "here comes the fan club"), unless
 * its author speaks of themselves in the jibe's clause or says it of a thing ("sorry, I didn't mean
 * to show off", "that was a rubbish thing to say"). Outside such an exchange, a lone remark that
 * comes with laughter or affection ({@link Cue#TEASE}: "rafi u absolute muppet" with a laughing
 * face, "jk") to a member who is not a newcomer is read as friendly teasing and left alone. Joining
 * in is a remark too: within {@value #JOIN_WINDOW} contributions of a remark, a third person's
 * reply to it, or a contribution naming one of its two people, whose first clause only sides with
 * someone ("Exactly Gethin.", "he's right though", "Declan's not wrong"; see {@link JoiningIn}),
 * not with a view on the topic ("I'm with Tess that it depends on the airport").
 *
 * <p>Suggests a pause and a reminder of the group's agreement to speak with respect. The message
 * names who made the remark and to whom, and calls it "a personal remark": <b>it never quotes the
 * insult or slur back</b>; the finding's spans point at the evidence for the host's own display.
 * Whom a remark is aimed at: a member it names ("Sam is pathetic", "nobody asked you, Sam"), else
 * the author of the contribution it replies to (one of the last 64), else the last other person who
 * spoke.
 *
 * <p>Parameters: {@code severity} (NUDGE) for a first remark; {@code escalateAfter} (2): the remark
 * that brings those between the same two people in the session to this number is {@link
 * Severity#INTERVENE}; {@code replyWindow} (3): a remark made within this many contributions of
 * another one, by or to one of its two people (a reply in kind, a pile-on), is {@link
 * Severity#INTERVENE} too; 0 turns this off. Thread-safe; each session's state takes constant
 * amortised work per contribution.
 */
final class RespectfulExchangeRule implements Rule {
  /** The lexicons this rule reads from the shared analysis. */
  static final Set<Cue> CUES =
      EnumSet.of(
          Cue.ATTACK,
          Cue.CONTEMPT,
          Cue.ATTACK_LINK,
          Cue.POSSESSIVE,
          Cue.NOT_ATTACK,
          Cue.FIRST_PERSON,
          Cue.SECOND_PERSON,
          Cue.REPORTED);

  /** The lexicons this rule reads when the language has them: remarks read by structure. */
  static final Set<Cue> OPTIONAL_CUES =
      EnumSet.of(
          Cue.DISMISSAL,
          Cue.SNEER,
          Cue.MOCK,
          Cue.SCORN,
          Cue.GROUP_TARGET,
          Cue.AIM_TAIL,
          Cue.THIRD_PERSON,
          Cue.CONTRIBUTION_WORD,
          Cue.REFERENT,
          Cue.INTERJECTION,
          Cue.SIDING,
          Cue.BARB,
          Cue.TEASE,
          Cue.CALL_OUT,
          Cue.NEGATION);

  static final Parameter<Severity> SEVERITY =
      Parameter.ofEnum(
          "severity",
          "how strongly to flag a first personal remark",
          Severity.class,
          Severity.NUDGE);
  static final Parameter<Integer> ESCALATE_AFTER =
      Parameter.ofInt(
          "escalateAfter",
          "personal remarks between the same two people in a session that call for intervening",
          2,
          1,
          100);
  static final Parameter<Integer> REPLY_WINDOW =
      Parameter.ofInt(
          "replyWindow",
          "contributions within which a remark in reply to a remark calls for intervening; 0 for"
              + " never",
          3,
          0,
          100);

  /** How many contributions back a reply's author is known; older replies count as to the last. */
  private static final int RECENT = 64;

  private static final String AGREEMENT = "our agreement to speak with respect";

  /**
   * How many contributions after a remark one siding with it is joining in: at most two others
   * between them.
   */
  static final int JOIN_WINDOW = 3;

  @Override
  public String id() {
    return BuiltinRules.RESPECTFUL_EXCHANGE;
  }

  @Override
  public String description() {
    return "Respectful exchange: personal attacks, contempt and name-calling between members are"
        + " met with a pause and a reminder of the group's agreement; insults are never repeated.";
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(SEVERITY, ESCALATE_AFTER, REPLY_WINDOW);
  }

  @Override
  public RuleSession startSession(RuleParameters p, GroupContext context, GroupResources r) {
    return new State(p, context);
  }

  private static final class State implements RuleSession {
    private final GroupContext context;
    private final PersonalRemarks remarks;
    private final Severity severity;
    private final int escalateAfter;
    private final int replyWindow;

    /** Remarks so far between two people, keyed by the pair in a fixed order. */
    private final Map<List<MemberId>, Integer> between = new HashMap<>();

    /** Who has made a remark to whom: (by, to). */
    private final Set<List<MemberId>> directed = new HashSet<>();

    private @Nullable MemberId lastSpeaker;
    private @Nullable MemberId lastOtherSpeaker;

    /** Who wrote the recent contributions (number modulo the ring), to find whom a reply is to. */
    private final int[] recentNumber = new int[RECENT];

    private final @Nullable MemberId[] recentAuthor = new MemberId[RECENT];

    /** The members who are new to the group. */
    private final Set<MemberId> newcomers = new HashSet<>();

    /** The recent remarks (number modulo the ring), by whom and to whom, to find joining in. */
    private final int[] remarkNumber = new int[RECENT];

    private final @Nullable MemberId[] remarkBy = new MemberId[RECENT];
    private final @Nullable MemberId[] remarkTo = new MemberId[RECENT];

    private int lastRemarkAt;
    private @Nullable MemberId lastRemarkBy;
    private @Nullable MemberId lastRemarkTo;

    State(RuleParameters p, GroupContext context) {
      this.context = context;
      this.remarks = new PersonalRemarks(context);
      this.severity = p.get(SEVERITY);
      this.escalateAfter = p.get(ESCALATE_AFTER);
      this.replyWindow = p.get(REPLY_WINDOW);
      for (Member m : context.members()) {
        if (m.standing() == Standing.NEWCOMER) {
          newcomers.add(m.id());
        }
      }
    }

    @Override
    public void accept(AnalyzedContribution c, FindingSink sink) {
      Analysis a = (Analysis) c;
      Contribution k = a.contribution();
      MemberId author = k.author();
      int number = k.number();
      recentNumber[Math.floorMod(number, RECENT)] = number;
      recentAuthor[Math.floorMod(number, RECENT)] = author;
      MemberId last = lastSpeaker;
      MemberId before = last != null && !last.equals(author) ? last : lastOtherSpeaker;
      lastOtherSpeaker = before;
      lastSpeaker = author;
      MemberId repliedTo = repliedTo(k);
      boolean heated =
          replyWindow > 0
              && lastRemarkAt > 0
              && number - lastRemarkAt <= replyWindow
              && (involved(author) || (repliedTo != null && repliedTo.equals(lastRemarkBy)));
      PersonalRemarks.Found found = remarks.find(a, heated);
      boolean joining = false;
      if (found == null) {
        found = joining(a, k);
        joining = found != null;
      }
      if (found == null) {
        return;
      }
      MemberId to = target(k, found, before);
      if (!heated && !joining && teasing(a, found, to)) {
        return;
      }
      int count = 1;
      if (to != null) {
        count = between.merge(pair(author, to), 1, Integer::sum);
        directed.add(List.of(author, to));
      }
      boolean inKind =
          replyWindow > 0
              && lastRemarkAt > 0
              && number - lastRemarkAt <= replyWindow
              && (involved(author) || (to != null && involved(to)));
      boolean sustained = count >= escalateAfter || inKind;
      lastRemarkAt = number;
      lastRemarkBy = author;
      lastRemarkTo = to;
      remarkNumber[Math.floorMod(number, RECENT)] = number;
      remarkBy[Math.floorMod(number, RECENT)] = author;
      remarkTo[Math.floorMod(number, RECENT)] = to;

      String who = context.nameOf(author);
      String message;
      if (sustained && to != null && directed.contains(List.of(to, author))) {
        message =
            who
                + " and "
                + context.nameOf(to)
                + " are trading personal remarks. Please pause the exchange now and remind"
                + " everyone of "
                + AGREEMENT
                + "; you could give each of them a moment to say what they need.";
      } else if (sustained) {
        message =
            who
                + " made a personal remark"
                + (to == null ? "" : " to " + context.nameOf(to))
                + " in an exchange that is heating up. Please pause now and remind everyone of "
                + AGREEMENT
                + ".";
      } else {
        message =
            who
                + " made a personal remark"
                + (to == null ? "" : " to " + context.nameOf(to))
                + ". You could pause for a moment and remind the group of "
                + AGREEMENT
                + ".";
      }
      var draft =
          sink.draft(sustained ? Severity.INTERVENE : severity, SuggestedAction.PAUSE, message)
              .suggestsHold(true)
              .spans(found.spans())
              .addContribution(number)
              .addMember(author);
      if (to != null) {
        draft.addMember(to);
      }
      sink.report(draft.build());
    }

    /**
     * Tells whether a lone remark is friendly teasing: it comes with laughter or affection ("rafi u
     * absolute muppet" with a laughing face, "jk"), outside an exchange of remarks, to someone who
     * is not new to the group (nobody teases a newcomer they do not know yet), and the laugh is not
     * itself the remark (a member's words quoted back with a laugh).
     */
    private boolean teasing(Analysis a, PersonalRemarks.Found found, @Nullable MemberId to) {
      return a.has(Cue.TEASE)
          && !found.mocking()
          && found.spans().size() == 1
          && to != null
          && !newcomers.contains(to);
    }

    /**
     * Returns a contribution's joining in on a remark made at most {@value #JOIN_WINDOW}
     * contributions before by someone else to someone else: a reply to that remark, or a
     * contribution naming one of its two people, that only sides with someone ("Exactly Gethin.",
     * "bex is right tho"). Read only in that window, and only by a third person.
     */
    private PersonalRemarks.@Nullable Found joining(Analysis a, Contribution k) {
      int number = k.number();
      if (replyWindow == 0 || lastRemarkAt == 0 || number - lastRemarkAt > JOIN_WINDOW) {
        return null;
      }
      MemberId by = lastRemarkBy;
      MemberId to = lastRemarkTo;
      boolean replies = false;
      if (k.replyTo().isPresent()) {
        int r = k.replyTo().getAsInt();
        int i = Math.floorMod(r, RECENT);
        if (remarkNumber[i] == r && number - r <= JOIN_WINDOW) {
          by = remarkBy[i];
          to = remarkTo[i];
          replies = true;
        }
      }
      MemberId author = k.author();
      if (by == null || author.equals(by) || author.equals(to)) {
        return null;
      }
      return remarks.joins(a, by, to, replies);
    }

    /** Returns the author of the contribution this one replies to, if it is one of the last. */
    private @Nullable MemberId repliedTo(Contribution k) {
      if (k.replyTo().isEmpty()) {
        return null;
      }
      int to = k.replyTo().getAsInt();
      int i = Math.floorMod(to, RECENT);
      return recentNumber[i] == to ? recentAuthor[i] : null;
    }

    private boolean involved(MemberId m) {
      return m.equals(lastRemarkBy) || m.equals(lastRemarkTo);
    }

    /** Whom a remark is aimed at: the one named, else the one replied to, else the last other. */
    private @Nullable MemberId target(
        Contribution k, PersonalRemarks.Found found, @Nullable MemberId before) {
      MemberId author = k.author();
      MemberId named = found.named();
      if (named != null && !named.equals(author)) {
        return named;
      }
      if (k.replyTo().isPresent()) {
        int to = k.replyTo().getAsInt();
        int i = Math.floorMod(to, RECENT);
        MemberId replied = recentNumber[i] == to ? recentAuthor[i] : null;
        if (replied != null && !replied.equals(author)) {
          return replied;
        }
      }
      return before;
    }

    private static List<MemberId> pair(MemberId x, MemberId y) {
      return x.value().compareTo(y.value()) <= 0 ? List.of(x, y) : List.of(y, x);
    }
  }
}
