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
 * <p>Parameters: {@code severity} (NUDGE), {@code oncePerMyth} (true: each myth is flagged once a
 * session). Thread-safe.
 */
final class PeerReviewRule implements Rule {
  static final Parameter<Severity> SEVERITY =
      Parameter.ofEnum("severity", "how strongly to flag a myth", Severity.class, Severity.NUDGE);
  static final Parameter<Boolean> ONCE_PER_MYTH =
      Parameter.ofBoolean("oncePerMyth", "whether each myth is flagged once a session", true);

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
      @Override
      public void accept(AnalyzedContribution c, FindingSink sink) {
        Analysis a = (Analysis) c;
        if ((!a.has(Cue.MYTH) && !a.has(Cue.MYTH_WORD)) || a.has(Cue.DOUBT)) {
          return;
        }
        BitSet here = new BitSet();
        for (int h = 0; h < a.hitCount; h++) {
          if (a.cue(h) != Cue.MYTH
              || a.sentenceHas(a.hitSentence[h], Cue.SARCASM)
              || a.hitQuoted[h]) {
            continue;
          }
          report(a, a.payload(h), a.span(h), here, sink);
        }
        if (a.has(Cue.MYTH_WORD)) {
          byWords(a, here, sink);
        }
      }

      /** Reports the myths whose phrase's stems a sentence holds in order (see PhraseWords). */
      private void byWords(Analysis a, BitSet here, FindingSink sink) {
        for (int[] m : PhraseWords.find(a)) {
          report(a, m[0], new Span(m[1], m[2]), here, sink);
        }
      }

      private void report(Analysis a, int m, Span span, BitSet here, FindingSink sink) {
        if ((once && seen.get(m)) || here.get(m)) {
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
                        + " mentioned a claim the group has noted as often mistaken (\""
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
