package io.github.peerled.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facilitation policies by name. Built in:
 *
 * <ul>
 *   <li>{@code none}: no facilitation.
 *   <li>{@code go-round}: everyone present speaks before anyone speaks twice (within a round the
 *       speaker is drawn by propensity among those who have not spoken in it).
 *   <li>{@code invite-the-quiet}: before a turn, with probability {@code probability} (default
 *       0.25), the facilitator invites a member present who has not spoken yet in the session
 *       (drawn by propensity): an {@link InterventionKind#INVITE}.
 *   <li>{@code respond-to-requests-first}: while someone else's request for support is pending, the
 *       facilitator asks the next speaker to respond ({@link InterventionKind#PROMPT_RESPONSE});
 *       they do with probability {@code compliance} (default 1).
 *   <li>{@code sharing-not-advice}: a member about to give advice is asked to share their own
 *       experience instead ({@link InterventionKind#REFRAME}); they do with probability {@code
 *       compliance} (default 0.7), and their contribution becomes a response.
 *   <li>{@code safety}: a trauma story is met at once ({@link InterventionKind#SAFETY}): the person
 *       is affirmed, pointed to help, and the group returns to its topic, which stops the
 *       avalanche.
 * </ul>
 *
 * <p>Other policies come from {@link FacilitationPolicyProvider}s on the class or module path.
 * Thread-safe: the registry is built once.
 */
public final class FacilitationPolicies {
  private static final Map<String, FacilitationPolicyProvider> PROVIDERS = load();

  private FacilitationPolicies() {}

  private static Map<String, FacilitationPolicyProvider> load() {
    Map<String, FacilitationPolicyProvider> m = new TreeMap<>();
    BuiltInPolicies builtIn = new BuiltInPolicies();
    for (String n : builtIn.names()) {
      m.put(n, builtIn);
    }
    for (FacilitationPolicyProvider p :
        ServiceLoader.load(
            FacilitationPolicyProvider.class, FacilitationPolicies.class.getClassLoader())) {
      for (String n : p.names()) {
        m.putIfAbsent(n, p);
      }
    }
    return m;
  }

  /**
   * Returns the names of every known policy.
   *
   * @return the names, sorted
   */
  public static List<String> names() {
    return List.copyOf(new TreeSet<>(PROVIDERS.keySet()));
  }

  /**
   * Resolves a named policy.
   *
   * @param spec the name and parameters
   * @return the policy
   * @throws IllegalArgumentException if no policy has that name, or a parameter is unknown or out
   *     of range
   */
  public static FacilitationPolicy resolve(PolicySpec spec) {
    FacilitationPolicyProvider p = PROVIDERS.get(spec.name());
    if (p == null) {
      throw new IllegalArgumentException(
          "unknown policy '" + spec.name() + "'; known policies are " + names());
    }
    return p.create(spec);
  }

  /**
   * Composes policies: the first that chooses a speaker wins; acts pass through each in order;
   * every policy sees every turn.
   *
   * @param specs the policies, in order
   * @return the composed policy
   * @throws IllegalArgumentException if a policy cannot be resolved
   */
  public static FacilitationPolicy compose(List<PolicySpec> specs) {
    List<FacilitationPolicy> policies = new ArrayList<>();
    for (PolicySpec s : specs) {
      policies.add(resolve(s));
    }
    return compose(policies.toArray(new FacilitationPolicy[0]));
  }

  /**
   * Composes policies, as {@link #compose(List)} does.
   *
   * @param policies the policies, in order
   * @return the composed policy
   */
  public static FacilitationPolicy compose(FacilitationPolicy... policies) {
    if (policies.length == 1) {
      return policies[0];
    }
    FacilitationPolicy[] copy = policies.clone();
    StringBuilder label = new StringBuilder();
    for (FacilitationPolicy p : copy) {
      label.append(label.length() == 0 ? "" : "+").append(p.label());
    }
    String l = label.length() == 0 ? "none" : label.toString();
    return new FacilitationPolicy() {
      @Override
      public String label() {
        return l;
      }

      @Override
      public Facilitator newFacilitator() {
        Facilitator[] fs = new Facilitator[copy.length];
        for (int i = 0; i < fs.length; i++) {
          fs[i] = copy[i].newFacilitator();
        }
        return fs.length == 0 ? BuiltInPolicies.NONE : new Composite(fs);
      }
    };
  }

  private static final class Composite implements Facilitator {
    private final Facilitator[] fs;

    Composite(Facilitator[] fs) {
      this.fs = fs;
    }

    @Override
    public void onSessionStart(Floor floor) {
      for (Facilitator f : fs) {
        f.onSessionStart(floor);
      }
    }

    @Override
    public int chooseSpeaker(Floor floor, double u) {
      for (Facilitator f : fs) {
        int s = f.chooseSpeaker(floor, u);
        if (s != NO_CHOICE) {
          return s;
        }
      }
      return NO_CHOICE;
    }

    @Override
    public Act shapeAct(Floor floor, int member, Act act) {
      Act a = act;
      for (Facilitator f : fs) {
        a = f.shapeAct(floor, member, a);
      }
      return a;
    }

    @Override
    public void afterTurn(Floor floor, int member, Act act) {
      for (Facilitator f : fs) {
        f.afterTurn(floor, member, act);
      }
    }
  }
}
