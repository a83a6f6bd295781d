package io.github.peerled.rules;

import io.github.peerled.core.group.ImmutableMember;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.core.sim.Act;
import io.github.peerled.core.sim.FacilitationPolicy;
import io.github.peerled.core.sim.FacilitationPolicyProvider;
import io.github.peerled.core.sim.Facilitator;
import io.github.peerled.core.sim.Floor;
import io.github.peerled.core.sim.InterventionKind;
import io.github.peerled.core.sim.MemberSet;
import io.github.peerled.core.sim.PolicySpec;
import io.github.peerled.core.sim.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The simulation policy {@value #NAME}: a facilitator who simply applies the group's peer-rules
 * findings, responding to each with probability {@value #RESPONSE_PROBABILITY} (default 1). Found
 * by name through {@link io.github.peerled.core.sim.FacilitationPolicies} once peer-rules is on the
 * class or module path: {@code {"name": "rule-findings", "parameters": {"responseProbability":
 * 0.5}}}.
 *
 * <p>In each session the group's {@link RuleSet} (the scenario's guidelines, {@link
 * Floor#guidelines()}, with {@link GroupResources#ofDefaults()}) reviews every member contribution
 * as it is made, in one incremental {@link SessionReview}. The simulated contributions carry the
 * fixed, representative text of their act ({@link Act#text()}, the same text the event-log path
 * records), their kind, and what they reply to; members are {@code m01}, {@code m02}, ... with no
 * facilitator named. For each finding the facilitator draws from the policy's own random stream
 * ({@link Floor#policyRandom()}) and, with the given probability, acts on the finding's suggested
 * action:
 *
 * <ul>
 *   <li>{@link SuggestedAction#INVITE_REFRAME_AS_OWN_EXPERIENCE} (advice): a {@link
 *       InterventionKind#REFRAME}; the speaker shares their own experience instead of advising for
 *       the rest of the session (advice they meant to give becomes a response).
 *   <li>{@link SuggestedAction#INVITE_QUIET_MEMBER}: an {@link InterventionKind#INVITE}; the next
 *       turn goes to one of the members named who are present and have not spoken (by propensity).
 *   <li>{@link SuggestedAction#RESPOND_TO_UNANSWERED_REQUEST}: a {@link
 *       InterventionKind#PROMPT_RESPONSE}; the next speaker, if someone else's request is pending,
 *       responds to it.
 *   <li>{@link SuggestedAction#AFFIRM_AND_SIGNPOST}, {@link SuggestedAction#RETURN_TO_TOPIC} and
 *       {@link SuggestedAction#PAUSE} (safety): a {@link InterventionKind#SAFETY}, which stops an
 *       avalanche of trauma stories.
 *   <li>any other action: a {@link InterventionKind#RULE_FINDING}, with no further effect in the
 *       model.
 * </ul>
 *
 * Findings that only show when a session ends are not acted on (the simulated session is over).
 * With probability 0 the facilitator never intervenes and the run equals one with {@code none}: the
 * policy draws only from its own stream, so the members' draws are untouched. Runs stay pure
 * functions of their seed, on the fast path and the event-log path alike.
 *
 * <p>Thread-safe; a public no-argument constructor for the service loader. The policies it makes
 * are immutable (they cache rule sets by guidelines, safely) and each run's facilitator belongs to
 * that run.
 */
public final class RuleFindingsPolicy implements FacilitationPolicyProvider {
  /** The policy's name. */
  public static final String NAME = "rule-findings";

  /** The name of the policy's one parameter: the probability of acting on a finding. */
  public static final String RESPONSE_PROBABILITY = "responseProbability";

  /** Creates the provider (for the service loader). */
  public RuleFindingsPolicy() {}

  @Override
  public Set<String> names() {
    return Set.of(NAME);
  }

  /**
   * Makes the policy.
   *
   * @param spec {@value #NAME}, with {@value #RESPONSE_PROBABILITY} in [0, 1] (default 1)
   * @return the policy
   * @throws IllegalArgumentException if the name is not {@value #NAME}, a parameter is unknown, or
   *     the probability is outside [0, 1]
   */
  @Override
  public FacilitationPolicy create(PolicySpec spec) {
    if (!spec.name().equals(NAME)) {
      throw new IllegalArgumentException("unknown policy '" + spec.name() + "'");
    }
    for (String k : spec.parameters().keySet()) {
      if (!k.equals(RESPONSE_PROBABILITY)) {
        throw new IllegalArgumentException(
            "policy '"
                + NAME
                + "' has no parameter '"
                + k
                + "'; it takes ["
                + RESPONSE_PROBABILITY
                + "]");
      }
    }
    double p = spec.parameters().getOrDefault(RESPONSE_PROBABILITY, 1.0);
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(
          "policy '" + NAME + "': " + RESPONSE_PROBABILITY + " must be in [0, 1], was " + p);
    }
    String label = spec.label();
    Map<List<Clause>, RuleSet> cache = new ConcurrentHashMap<>();
    return new FacilitationPolicy() {
      @Override
      public String label() {
        return label;
      }

      @Override
      public Facilitator newFacilitator() {
        return new RuleFacilitator(p, cache);
      }
    };
  }

  /** One run's facilitator. Not thread-safe. */
  private static final class RuleFacilitator implements Facilitator {
    private static final Instant AT = Instant.parse("2025-12-01T00:00:00Z");

    private final double probability;
    private final Map<List<Clause>, RuleSet> cache;
    private @Nullable SessionReview review;
    private SessionId session = SessionId.of("s001");
    private MemberSet reminded = MemberSet.empty();
    private MemberSet invite = MemberSet.empty();
    private boolean promptResponse;

    RuleFacilitator(double probability, Map<List<Clause>, RuleSet> cache) {
      this.probability = probability;
      this.cache = cache;
    }

    @Override
    public void onSessionStart(Floor floor) {
      RuleSet rules = cache.computeIfAbsent(floor.guidelines(), RuleFacilitator::rules);
      List<Member> members = new ArrayList<>(floor.size());
      List<MemberId> present = new ArrayList<>();
      for (int i = 0; i < floor.size(); i++) {
        MemberId id = id(i);
        members.add(
            ImmutableMember.builder()
                .id(id)
                .displayName("Member " + (i + 1))
                .standing(Standing.MEMBER)
                .joinedAt(AT)
                .acknowledgedVersion(1)
                .build());
        if (floor.isPresent(i)) {
          present.add(id);
        }
      }
      review =
          rules.start(ImmutableGroupContext.builder().members(members).attendees(present).build());
      session = SessionId.of(String.format(Locale.ROOT, "s%03d", floor.session() + 1));
      reminded = MemberSet.empty();
      invite = MemberSet.empty();
      promptResponse = false;
    }

    private static RuleSet rules(List<Clause> clauses) {
      GuidelineVersion v =
          ImmutableGuidelineVersion.builder().number(1).effectiveAt(AT).clauses(clauses).build();
      return RuleSet.of(v, GroupResources.ofDefaults());
    }

    private static MemberId id(int member) {
      return MemberId.of(String.format(Locale.ROOT, "m%02d", member + 1));
    }

    @Override
    public int chooseSpeaker(Floor floor, double u) {
      if (invite.isEmpty()) {
        return NO_CHOICE;
      }
      MemberSet candidates = invite.and(floor.present());
      invite = MemberSet.empty();
      return candidates.isEmpty() ? NO_CHOICE : floor.drawByPropensity(u, candidates);
    }

    @Override
    public Act shapeAct(Floor floor, int member, Act act) {
      boolean prompted = promptResponse;
      promptResponse = false;
      if (act == Act.ADVISE && reminded.contains(member)) {
        return Act.RESPOND;
      }
      if (prompted
          && act != Act.RESPOND
          && act != Act.REQUEST_SUPPORT
          && floor.hasPendingRequestFromOthers(member)) {
        return Act.RESPOND;
      }
      return act;
    }

    @Override
    public void afterTurn(Floor floor, int member, Act act) {
      SessionReview r = review;
      if (r == null) {
        return;
      }
      int number = floor.lastContribution();
      ImmutableContribution.Builder c =
          ImmutableContribution.builder()
              .sessionId(session)
              .number(number)
              .author(id(member))
              .at(
                  Simulation.START
                      .plus(Duration.ofDays(7L * floor.session()))
                      .plusSeconds(30L * number))
              .act(act.act())
              .kind(act.kind())
              .text(act.text());
      if (floor.lastReplyTo() > 0) {
        c.replyTo(floor.lastReplyTo());
      }
      Contribution contribution = c.build();
      for (Finding f : r.accept(contribution)) {
        if (floor.policyRandom().nextDouble() < probability) {
          respond(floor, f);
        }
      }
    }

    private void respond(Floor floor, Finding f) {
      switch (f.action()) {
        case INVITE_REFRAME_AS_OWN_EXPERIENCE -> {
          floor.intervene(InterventionKind.REFRAME);
          reminded = reminded.or(members(f.members(), floor.size()));
        }
        case INVITE_QUIET_MEMBER -> {
          MemberSet quiet = members(f.members(), floor.size()).and(floor.silent());
          if (!quiet.isEmpty()) {
            floor.intervene(InterventionKind.INVITE);
            invite = quiet;
          }
        }
        case RESPOND_TO_UNANSWERED_REQUEST -> {
          floor.intervene(InterventionKind.PROMPT_RESPONSE);
          promptResponse = true;
        }
        case AFFIRM_AND_SIGNPOST, RETURN_TO_TOPIC, PAUSE ->
            floor.intervene(InterventionKind.SAFETY);
        default -> floor.intervene(InterventionKind.RULE_FINDING);
      }
    }

    /**
     * The simulated members among the given ids ({@code m01} ... {@code m99}, {@code m100} ...).
     */
    private static MemberSet members(List<MemberId> members, int size) {
      MemberSet m = MemberSet.empty();
      for (MemberId id : members) {
        String v = id.value();
        if (v.length() >= 3 && v.length() <= 6 && v.charAt(0) == 'm' && digits(v)) {
          int i = Integer.parseInt(v.substring(1)) - 1;
          if (i >= 0 && i < size && id(i).equals(id)) {
            m = m.with(i);
          }
        }
      }
      return m;
    }

    private static boolean digits(String v) {
      for (int k = 1; k < v.length(); k++) {
        if (v.charAt(k) < '0' || v.charAt(k) > '9') {
          return false;
        }
      }
      return true;
    }
  }
}
