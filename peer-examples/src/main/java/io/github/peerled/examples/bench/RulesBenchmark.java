package io.github.peerled.examples.bench;

import io.github.peerled.core.group.ImmutableMember;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.rules.Finding;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.ImmutableFaqEntry;
import io.github.peerled.rules.ImmutableGroupContext;
import io.github.peerled.rules.ImmutableKnownMyth;
import io.github.peerled.rules.RuleSet;
import io.github.peerled.rules.SessionReview;
import io.github.peerled.rules.Signpost;
import io.github.peerled.rules.Tokenizer;
import io.github.peerled.rules.detect.ContributionClassifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the rules on realistic peer-support contributions (101 to 122 characters each,
 * about 110 on average), in one run: the tokeniser alone, the advice/sharing classifier alone, and
 * the full default rule set (all eight built-in rules, one contribution per operation, a new
 * session every 64).
 *
 * <p>Figures with the detector as the classifier, one thread, two runs of {@code -f 1 -wi 2 -i 3 -w
 * 2s -r 2s} on an otherwise idle two-core machine: tokenize 2.03M and 1.95M ops/s, classify 511k
 * and 509k ops/s, fullRuleSet 260k and 261k ops/s, so the rule set runs at about 0.51 of the
 * classifier-only rate, just above its floor: every rule added or widened must pay its way. The
 * rule set reads the shared scan first and asks the classifier only about a contribution that may
 * be advice aimed at another member (a reply, or one naming a member, with a directive), so on this
 * workload most contributions never reach the classifier; a workload of nothing but replies holding
 * directives would pay the classifier on each. Targets: fullRuleSet at least 200k ops/s and at
 * least half the classifier-only rate.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RulesBenchmark {
  private static final String[] TEXTS = {
    "Honestly rough week. I had two hypos at work and I felt so embarrassed in front of my manager,"
        + " who just stared at me.",
    "You know how it is when you have to explain it all again to someone who just stares at you."
        + " I just laugh now, it helps me.",
    "I was diagnosed in March and I'm scared of going low at night. I don't really know who to"
        + " talk to about it yet.",
    "You should get a CGM, they're brilliant. Make sure you set the low alarm before bed and keep"
        + " juice by the bed.",
    "When I was new I was scared of nights too. What helped me was a small snack before bed and a"
        + " check at 3am.",
    "Have you tried asking your nurse for a pump? Why don't you push for one at your next clinic"
        + " appointment?",
    "My nurse said \"you should always carry glucose tablets\" and I found that really useful, I"
        + " keep some in every bag.",
    "Oh sure, just eat less sugar, that'll fix everything. That's what my uncle keeps telling me"
        + " every Sunday lunch.",
    "Dev, take 2 units less of your Lantus on days you exercise, and check again an hour after"
        + " you finish.",
    "I take 14 units of Lantus at night and 6 with meals, and I keep a diary of it so I can see"
        + " the patterns.",
    "My aunt swears cinnamon cures diabetes, she sends me articles every week and I don't know"
        + " what to say to her.",
    "I had a dislocation on Tuesday, my shoulder again. I'm tired of explaining it at A&E to"
        + " people who've never heard of it.",
    "Can I ask for some support? My employer wants a letter about my condition and I don't know"
        + " how to explain it.",
    "I was in the crash last year. There was blood everywhere, but I'm okay now and mostly want"
        + " to talk about the pain.",
    "Has anyone flown with insulin? Do I need a letter for airport security or is the"
        + " prescription label enough?",
    "I went to a travel clinic before my trip and I felt much calmer after, they gave me a letter"
        + " for the airline.",
  };
  private static final int SESSION = 64;
  private static final ContributionKind[] KINDS = {
    ContributionKind.SHARING,
    ContributionKind.RESPONSE,
    ContributionKind.SHARING,
    ContributionKind.REQUEST_FOR_SUPPORT,
    ContributionKind.QUESTION,
    ContributionKind.SHARING
  };

  private RuleSet rules = RuleSet.of(guidelines(), GroupResources.ofDefaults());
  private ContributionClassifier classifier = rules.classifier();
  private GroupContext context = ImmutableGroupContext.builder().build();
  private final List<Contribution> session = new ArrayList<>();
  private SessionReview review = rules.start(context);
  private int next;

  /** Guidelines binding all eight built-in rules. */
  static GuidelineVersion guidelines() {
    String[][] bindings = {
      {"sharing", "sharing-not-advice"},
      {"everyone", "everyone-counts"},
      {"safety", "safety"},
      {"peers", "facilitator-not-expert"},
      {"myths", "peer-review"},
      {"faq", "existing-answer"},
      {"respect", "respectful-exchange"},
      {"numbers", "no-comparing"}
    };
    ImmutableGuidelineVersion.Builder v =
        ImmutableGuidelineVersion.builder().number(1).effectiveAt(Instant.EPOCH);
    for (String[] b : bindings) {
      v.addClause(Clause.bound(b[0], "Our guideline on " + b[0] + ".", b[1]));
    }
    return v.build();
  }

  /** The group's resources: a crisis line, a myth and a FAQ entry. */
  static GroupResources resources() {
    return GroupResources.custom()
        .addSignpost(Signpost.of(Signpost.Kind.CRISIS, "the Samaritans", "116 123"))
        .addMyth(
            ImmutableKnownMyth.builder()
                .id("cinnamon")
                .claim("cinnamon cures diabetes")
                .addAllPhrases(List.of("cinnamon cures", "cinnamon cured"))
                .build())
        .addFaq(
            ImmutableFaqEntry.builder()
                .id("flying")
                .title("Flying with insulin")
                .addAllPhrases(List.of("flown with insulin", "airport security"))
                .link("guides/flying")
                .build())
        .build();
  }

  /** Eight members, {@code m0} to {@code m7}; {@code m0} facilitates. */
  static GroupContext groupContext() {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      members.add(
          ImmutableMember.builder()
              .id(MemberId.of("m" + i))
              .displayName("Member " + i)
              .standing(Standing.MEMBER)
              .joinedAt(Instant.EPOCH)
              .acknowledgedVersion(1)
              .build());
    }
    return ImmutableGroupContext.builder().members(members).facilitator(MemberId.of("m0")).build();
  }

  /** Builds the rule set, the group and one session of contributions. */
  @Setup
  public void setUp() {
    rules = RuleSet.of(guidelines(), resources());
    classifier = rules.classifier(); // the default detector, as the rules read it
    context = groupContext();
    long total = 0;
    for (int i = 0; i < SESSION; i++) {
      String text = TEXTS[i % TEXTS.length];
      total += text.length();
      session.add(
          ImmutableContribution.builder()
              .sessionId(SessionId.of("bench"))
              .number(i + 1)
              .author(MemberId.of("m" + ((i * 5) % 8)))
              .at(Instant.EPOCH.plusSeconds(60L * i))
              .kind(KINDS[i % KINDS.length])
              .text(text)
              .build());
    }
    if (total / SESSION < 100) {
      throw new IllegalStateException("texts too short for a realistic benchmark");
    }
    review = rules.start(context);
    next = 0;
  }

  private Contribution nextContribution() {
    if (next == SESSION) {
      review.finish();
      review = rules.start(context);
      next = 0;
    }
    return session.get(next++);
  }

  /** The shared tokeniser and normaliser alone. */
  @Benchmark
  public int tokenize() {
    int i = next;
    next = (next + 1) % SESSION;
    return Tokenizer.tokenize(session.get(i).text()).tokenCount();
  }

  /**
   * The advice/sharing classifier alone: the one the full rule set reads (the default detector).
   */
  @Benchmark
  public double classify() {
    int i = next;
    next = (next + 1) % SESSION;
    return classifier.classify(session.get(i).text()).confidence();
  }

  /** The full default rule set: every built-in rule, one contribution per operation. */
  @Benchmark
  public List<Finding> fullRuleSet() {
    Contribution c = nextContribution(); // may start a new session review
    return review.accept(c);
  }
}
