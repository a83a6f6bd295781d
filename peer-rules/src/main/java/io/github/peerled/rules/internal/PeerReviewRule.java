package io.github.peerled.rules.internal;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.Contribution;
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
import java.util.OptionalInt;
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
 * <p>A myth reported as someone else's ("my aunty keeps telling me beetroot and garlic ...") is not
 * flagged unless its reporter takes it up: asks about it, backs it or acts on it ({@link
 * ClaimUptake}). A member who then backs it within the next {@value #BACKING_WINDOW} contributions,
 * in reply to the reporter or naming them ("Your aunty isn't wrong, Nomsa"), is flagged instead,
 * without the myth's words.
 *
 * <p>Parameters: {@code severity} (NUDGE), {@code oncePerMyth} (true: each myth is flagged once a
 * session). Thread-safe.
 */
final class PeerReviewRule implements Rule {
  static final Parameter<Severity> SEVERITY =
      Parameter.ofEnum("severity", "how strongly to flag a myth", Severity.class, Severity.NUDGE);
  static final Parameter<Boolean> ONCE_PER_MYTH =
      Parameter.ofBoolean("oncePerMyth", "whether each myth is flagged once a session", true);

  /** How many contributions after a reported myth a member may back it and be flagged. */
  static final int BACKING_WINDOW = 3;

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
    AddressWords names = new AddressWords(context);
    return new RuleSession() {
      // the last myth reported as someone else's and not flagged: myth, contribution, reporter
      private int reportedMyth = -1;
      private int reportedAt;
      private @Nullable MemberId reporter;

      @Override
      public void accept(AnalyzedContribution c, FindingSink sink) {
        Analysis a = (Analysis) c;
        if (a.has(Cue.DOUBT)) {
          return;
        }
        if (!a.has(Cue.MYTH) && !a.has(Cue.MYTH_WORD)) {
          if (reportedMyth >= 0) {
            backer(a, sink);
          }
          return;
        }
        BitSet here = new BitSet();
        for (int h = 0; h < a.hitCount; h++) {
          if (a.cue(h) != Cue.MYTH
              || a.sentenceHas(a.hitSentence[h], Cue.SARCASM)
              || a.hitQuoted[h]) {
            continue;
          }
          mention(a, a.payload(h), a.span(h), here, sink);
        }
        if (a.has(Cue.MYTH_WORD)) {
          byWords(a, here, sink);
        }
        if (reportedMyth >= 0 && here.isEmpty()) {
          backer(a, sink); // "she might have a point, my cousin stopped trying": words, no phrase
        }
      }

      /** Reports the myths whose phrase's stems a sentence holds in order (see PhraseWords). */
      private void byWords(Analysis a, BitSet here, FindingSink sink) {
        for (int[] m : PhraseWords.find(a)) {
          mention(a, m[0], new Span(m[1], m[2]), here, sink);
        }
      }

      /** Reports a mention, or notes it if it is only reported as someone else's. */
      private void mention(Analysis a, int m, Span span, BitSet here, FindingSink sink) {
        if (ClaimUptake.onlyReported(a, span.start())) {
          if (!seen.get(m) && !here.get(m)) {
            reportedMyth = m;
            reportedAt = a.contribution().number();
            reporter = a.contribution().author();
          }
          return;
        }
        report(a, m, span, here, sink, "mentioned");
      }

      /**
       * Reports a member who backs the myth just reported, in reply to its reporter or naming them.
       */
      private void backer(Analysis a, FindingSink sink) {
        Contribution own = a.contribution();
        MemberId from = reporter;
        if (own.number() - reportedAt > BACKING_WINDOW) {
          reportedMyth = -1;
          return;
        }
        int h = ClaimUptake.backing(a);
        if (h < 0 || from == null || from.equals(own.author())) {
          return;
        }
        OptionalInt to = own.replyTo();
        if ((to.isPresent() && to.getAsInt() == reportedAt) || names(a, from)) {
          int m = reportedMyth;
          reportedMyth = -1;
          report(a, m, a.span(h), new BitSet(), sink, "backed");
        }
      }

      private boolean names(Analysis a, MemberId member) {
        for (int t = 0; t < a.tokenCount; t++) {
          if (member.equals(names.memberAt(a, t))) {
            return true;
          }
        }
        return false;
      }

      private void report(
          Analysis a, int m, Span span, BitSet here, FindingSink sink, String verb) {
        if ((once && seen.get(m)) || here.get(m)) {
          return;
        }
        here.set(m);
        seen.set(m);
        if (m == reportedMyth) {
          reportedMyth = -1;
        }
        KnownMyth myth = myths.get(m);
        MemberId author = a.contribution().author();
        sink.report(
            sink.draft(
                    severity,
                    SuggestedAction.ASK_GROUP_TO_CHECK_CLAIM,
                    context.nameOf(author)
                        + " "
                        + verb
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
