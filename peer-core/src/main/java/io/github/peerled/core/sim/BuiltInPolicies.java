package io.github.peerled.core.sim;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The built-in facilitation policies (see {@link FacilitationPolicies}). */
final class BuiltInPolicies implements FacilitationPolicyProvider {
  static final Facilitator NONE = new Facilitator() {};

  /** Steers no session, and reminds the undecided of every open proposal before it may close. */
  static final Facilitator REMINDER =
      new Facilitator() {
        @Override
        public boolean remindsTheUndecided() {
          return true;
        }
      };

  @Override
  public Set<String> names() {
    return Set.of(
        "none",
        "go-round",
        "invite-the-quiet",
        "respond-to-requests-first",
        "sharing-not-advice",
        "safety",
        "remind-the-undecided");
  }

  @Override
  public FacilitationPolicy create(PolicySpec spec) {
    Map<String, Double> p = spec.parameters();
    return switch (spec.name()) {
      case "none" -> {
        only(spec);
        yield policy(spec, () -> NONE);
      }
      case "go-round" -> {
        only(spec);
        yield policy(spec, GoRound::new);
      }
      case "safety" -> {
        only(spec);
        yield policy(spec, Safety::new);
      }
      case "invite-the-quiet" -> {
        only(spec, "probability");
        double probability = probability(spec, p.getOrDefault("probability", 0.25));
        yield policy(spec, () -> new InviteTheQuiet(probability));
      }
      case "respond-to-requests-first" -> {
        only(spec, "compliance");
        double compliance = probability(spec, p.getOrDefault("compliance", 1.0));
        yield policy(spec, () -> new RespondFirst(compliance));
      }
      case "sharing-not-advice" -> {
        only(spec, "compliance");
        double compliance = probability(spec, p.getOrDefault("compliance", 0.7));
        yield policy(spec, () -> new SharingNotAdvice(compliance));
      }
      case "remind-the-undecided" -> {
        only(spec);
        yield policy(spec, () -> REMINDER);
      }
      default -> throw new IllegalArgumentException("unknown policy '" + spec.name() + "'");
    };
  }

  private static FacilitationPolicy policy(PolicySpec spec, Supplier<Facilitator> make) {
    String label = spec.label();
    return new FacilitationPolicy() {
      @Override
      public String label() {
        return label;
      }

      @Override
      public Facilitator newFacilitator() {
        return make.get();
      }
    };
  }

  private static void only(PolicySpec spec, String... allowed) {
    for (String k : spec.parameters().keySet()) {
      boolean ok = false;
      for (String a : allowed) {
        ok |= a.equals(k);
      }
      if (!ok) {
        throw new IllegalArgumentException(
            "policy '"
                + spec.name()
                + "' has no parameter '"
                + k
                + "'"
                + (allowed.length == 0 ? "; it takes none" : "; it takes " + Set.of(allowed)));
      }
    }
  }

  private static double probability(PolicySpec spec, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          "policy '" + spec.name() + "': a probability in [0, 1] is needed, was " + value);
    }
    return value;
  }

  /**
   * Everyone speaks before anyone speaks twice. Groups of up to 64 keep who has spoken in a bit
   * mask (no allocation per turn); larger groups in a {@link MemberSet}.
   */
  static final class GoRound implements Facilitator {
    private long spoken;
    private MemberSet spokenSet = MemberSet.empty();

    @Override
    public void onSessionStart(Floor floor) {
      spoken = 0;
      spokenSet = MemberSet.empty();
    }

    @Override
    public int chooseSpeaker(Floor floor, double u) {
      if (floor.size() > 64) {
        MemberSet eligible = floor.present().andNot(spokenSet);
        if (eligible.isEmpty()) {
          spokenSet = MemberSet.empty();
          eligible = floor.present();
        }
        return floor.drawByPropensity(u, eligible);
      }
      long present = floor.present().low;
      long eligible = present & ~spoken;
      if (eligible == 0) {
        spoken = 0;
        eligible = present;
      }
      return floor.drawBits(u, eligible);
    }

    @Override
    public void afterTurn(Floor floor, int member, Act act) {
      if (floor.size() > 64) {
        spokenSet = spokenSet.with(member);
        if (spokenSet.containsAll(floor.present())) {
          spokenSet = MemberSet.empty();
        }
        return;
      }
      long present = floor.present().low;
      spoken |= 1L << member;
      if ((spoken & present) == present) {
        spoken = 0;
      }
    }
  }

  /** Invites those who have not spoken yet. */
  static final class InviteTheQuiet implements Facilitator {
    private final double probability;

    InviteTheQuiet(double probability) {
      this.probability = probability;
    }

    @Override
    public int chooseSpeaker(Floor floor, double u) {
      if (floor.policyRandom().nextDouble() >= probability) {
        return NO_CHOICE;
      }
      MemberSet silent = floor.silent();
      if (silent.isEmpty()) {
        return NO_CHOICE;
      }
      floor.intervene(InterventionKind.INVITE);
      return floor.drawByPropensity(u, silent);
    }
  }

  /** Makes sure pending requests for support get a response. */
  static final class RespondFirst implements Facilitator {
    private final double compliance;

    RespondFirst(double compliance) {
      this.compliance = compliance;
    }

    @Override
    public Act shapeAct(Floor floor, int member, Act act) {
      if (act == Act.RESPOND
          || act == Act.ADVISE
          || act == Act.REQUEST_SUPPORT
          || !floor.hasPendingRequestFromOthers(member)) {
        return act;
      }
      floor.intervene(InterventionKind.PROMPT_RESPONSE);
      return floor.policyRandom().nextDouble() < compliance ? Act.RESPOND : act;
    }
  }

  /** Turns advice into sharing. */
  static final class SharingNotAdvice implements Facilitator {
    private final double compliance;

    SharingNotAdvice(double compliance) {
      this.compliance = compliance;
    }

    @Override
    public Act shapeAct(Floor floor, int member, Act act) {
      if (act != Act.ADVISE) {
        return act;
      }
      floor.intervene(InterventionKind.REFRAME);
      return floor.policyRandom().nextDouble() < compliance ? Act.RESPOND : act;
    }
  }

  /** Meets trauma stories at once. */
  static final class Safety implements Facilitator {
    @Override
    public void afterTurn(Floor floor, int member, Act act) {
      if (act == Act.TRAUMA_STORY) {
        floor.intervene(InterventionKind.SAFETY);
      }
    }
  }
}
