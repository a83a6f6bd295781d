package io.github.peerled.rules.internal;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.rules.AnalyzedContribution;
import io.github.peerled.rules.FindingSink;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.KnownMyth;
import io.github.peerled.rules.Parameter;
import io.github.peerled.rules.Rule;
import io.github.peerled.rules.RuleParameters;
import io.github.peerled.rules.RuleSession;
import io.github.peerled.rules.Severity;
import io.github.peerled.rules.Span;
import io.github.peerled.rules.SuggestedAction;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code peer-review}: the group is its own peer review. Flags a claim that matches one of the
 * group's {@link KnownMyth}s and suggests asking the group what they have found, with the myth's
 * resource, rather than correcting from above. A sarcastic mention does not count, nor a quoted one
 * (someone else's words repeated), nor a myth mentioned only to be doubted or debunked: a
 * contribution that holds {@link Cue#DOUBT} ("my sister says it's just mood swings, which is
 * rubbish", "I read cherry juice cures gout ... I wouldn't bank on it"). A myth's phrase is met
 * verbatim or by its words in order in one sentence, in other forms and with words between them,
 * without a negation among them ({@link PhraseWords}: "keto cures" in "go full keto mate, it cures
 * type 2").
 *
 * <p>A member who backs a claim another reported is flagged too, though the myth was flagged
 * already: a reply, within {@value #BACKING_WINDOW} contributions, to a contribution that mentioned
 * the myth (flagged, doubted or not), by someone else, that says the one reported is right ({@link
 * ClaimBacking}: "your auntie's right though", "she might have a point"), without doubt. A reply
 * that only repeats the myth's words is not read as backing: advisors and facilitators answering a
 * claim repeat its words too ("it doesn't skip generations"). Each mention is backed once.
 *
 * <p>Parameters: {@code severity} (NUDGE), {@code oncePerMyth} (true: each myth is flagged once a
 * session, besides the members who back it). Thread-safe; a session keeps the last {@value
 * #MENTIONS} mentions, and a contribution is read for backing only when it replies to one.
 */
final class PeerReviewRule implements Rule {
  static final Parameter<Severity> SEVERITY =
      Parameter.ofEnum("severity", "how strongly to flag a myth", Severity.class, Severity.NUDGE);
  static final Parameter<Boolean> ONCE_PER_MYTH =
      Parameter.ofBoolean("oncePerMyth", "whether each myth is flagged once a session", true);

  /** How many contributions after a mention a reply may back it. */
  static final int BACKING_WINDOW = 8;

  /** How many recent mentions of a myth a session keeps. */
  static final int MENTIONS = 8;

  @Override
  public String id() {
    return BuiltinRules.PEER_REVIEW;
  }

  @Override
  public String description() {
    return "The group is its own peer review: when a known myth comes up, ask the group what they"
        + " have found and point to a good resource.";
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(SEVERITY, ONCE_PER_MYTH);
  }

  @Override
  public RuleSession startSession(RuleParameters p, GroupContext context, GroupResources r) {
    Severity severity = p.get(SEVERITY);
    boolean once = p.get(ONCE_PER_MYTH);
    List<KnownMyth> myths = r.myths();
    BitSet seen = new BitSet();
    return new RuleSession() {
      /** Recent mentions: contribution number (0 for none), author and myth, in a ring. */
      private final int[] mentionAt = new int[MENTIONS];

      private final @Nullable MemberId[] mentionBy = new MemberId[MENTIONS];
      private final int[] mentionOf = new int[MENTIONS];
      private int mentions;

      @Override
      public void accept(AnalyzedContribution c, FindingSink sink) {
        Analysis a = (Analysis) c;
        int ring = mentions > 0 ? backed(a) : -1;
        int backed = ring < 0 ? -1 : mentionOf[ring];
        boolean myth = a.has(Cue.MYTH) || a.has(Cue.MYTH_WORD);
        if (!myth && backed < 0) {
          return;
        }
        BitSet here = new BitSet();
        boolean doubted = a.has(Cue.DOUBT);
        for (int h = 0; h < a.hitCount && myth; h++) {
          if (a.cue(h) != Cue.MYTH
              || a.sentenceHas(a.hitSentence[h], Cue.SARCASM)
              || a.hitQuoted[h]) {
            continue;
          }
          noteMention(a, a.payload(h));
          if (!doubted) {
            report(a, a.payload(h), a.span(h), here, sink, false);
          }
        }
        if (a.has(Cue.MYTH_WORD)) {
          for (int[] m : PhraseWords.find(a)) {
            noteMention(a, m[0]);
            if (!doubted) {
              report(a, m[0], new Span(m[1], m[2]), here, sink, false);
            }
          }
        }
        if (backed >= 0 && !doubted && !here.get(backed)) {
          int t = ClaimBacking.backs(a);
          if (t >= 0) {
            report(a, backed, new Span(a.tokenStart[t], a.tokenEnd[t]), here, sink, true);
          }
        }
        if (ring >= 0 && here.get(backed)) {
          mentionAt[ring] = 0; // each mention is backed once
        }
      }

      /**
       * Returns where in the ring the mention this contribution replies to is, if it is one of the
       * recent ones, by someone else, within the window; else -1.
       */
      private int backed(Analysis a) {
        var k = a.contribution();
        if (k.replyTo().isEmpty()) {
          return -1;
        }
        int to = k.replyTo().getAsInt();
        if (k.number() - to > BACKING_WINDOW) {
          return -1;
        }
        for (int i = 0; i < MENTIONS; i++) {
          if (mentionAt[i] == to && !k.author().equals(mentionBy[i])) {
            return i;
          }
        }
        return -1;
      }

      private void noteMention(Analysis a, int m) {
        int number = a.contribution().number();
        for (int i = 0; i < MENTIONS; i++) {
          if (mentionAt[i] == number && mentionOf[i] == m) {
            return;
          }
        }
        int i = mentions++ % MENTIONS;
        mentionAt[i] = number;
        mentionBy[i] = a.contribution().author();
        mentionOf[i] = m;
      }

      private void report(
          Analysis a, int m, Span span, BitSet here, FindingSink sink, boolean backing) {
        if ((once && seen.get(m) && !backing) || here.get(m)) {
          return;
        }
        here.set(m);
        seen.set(m);
        KnownMyth myth = myths.get(m);
        MemberId author = a.contribution().author();
        sink.report(
            sink.draft(
                    severity,
                    SuggestedAction.ASK_GROUP_TO_CHECK_CLAIM,
                    context.nameOf(author)
                        + (backing ? " backed" : " mentioned")
                        + " a claim the group has noted as often mistaken (\""
                        + claim(myth)
                        + "\"). Rather than"
                        + " correcting, you could ask the group: \"What have others found?\""
                        + myth.resource()
                            .map(sp -> " and " + Texts.pointTo(List.of(sp), "") + ".")
                            .orElse(""))
                .addSpan(span)
                .addContribution(a.contribution().number())
                .addMember(author)
                .signposts(myth.resource().map(List::of).orElse(List.of()))
                .build());
      }
    };
  }

  private static String claim(KnownMyth myth) {
    String c = myth.claim().strip();
    while (c.endsWith(".")) {
      c = c.substring(0, c.length() - 1);
    }
    return c;
  }
}
