package io.github.peerled.rules.internal;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.rules.AnalyzedContribution;
import io.github.peerled.rules.FindingSink;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.Parameter;
import io.github.peerled.rules.Rule;
import io.github.peerled.rules.RuleParameters;
import io.github.peerled.rules.RuleSession;
import io.github.peerled.rules.Severity;
import io.github.peerled.rules.Signpost;
import io.github.peerled.rules.Span;
import io.github.peerled.rules.SuggestedAction;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code safety}: keeps the session safe. Flags:
 *
 * <ul>
 *   <li>crisis language (suicide, self-harm) at once, as {@link Severity#INTERVENE}, with the
 *       group's crisis signposts. <b>Crisis language always surfaces, whatever the parameters</b>,
 *       quoted, reported or sarcastic, and even when no clause binds this rule;
 *   <li>graphic detail of violence or injury ({@code graphicThreshold} graphic phrases in one
 *       contribution, 2), or graphic detail within a trauma story beyond the group's topic (trauma
 *       themes are in scope when {@code traumaInScope}, false);
 *   <li>the avalanche: {@code avalancheCount} (3) of the last {@code avalancheWindow} (5)
 *       contributions carrying trauma or graphic detail, as {@link Severity#INTERVENE}.
 * </ul>
 *
 * <p>Suggests affirming the person, pointing to suitable help (the group's {@link Signpost}s) and
 * bringing the group back to its topic. Thread-safe.
 */
class SafetyRule implements Rule {
  static final Parameter<Integer> GRAPHIC_THRESHOLD =
      Parameter.ofInt(
          "graphicThreshold", "graphic phrases in one contribution that are flagged", 2, 1, 100);
  static final Parameter<Boolean> TRAUMA_IN_SCOPE =
      Parameter.ofBoolean(
          "traumaInScope", "whether trauma themes are the group's own topic", false);
  static final Parameter<Integer> AVALANCHE_WINDOW =
      Parameter.ofInt(
          "avalancheWindow", "contributions looked back over for an avalanche", 5, 2, 100);
  static final Parameter<Integer> AVALANCHE_COUNT =
      Parameter.ofInt(
          "avalancheCount",
          "contributions with trauma or graphic detail in the window that make an avalanche",
          3,
          2,
          100);

  /** The crisis check alone, for guidelines that bind no safety clause. */
  static final Rule CRISIS_ONLY =
      new SafetyRule() {
        @Override
        public RuleSession startSession(RuleParameters p, GroupContext c, GroupResources r) {
          return new State(p, c, r, false);
        }
      };

  @Override
  public String id() {
    return BuiltinRules.SAFETY;
  }

  @Override
  public String description() {
    return "Safety: crisis language is met at once; graphic trauma detail and an avalanche of"
        + " trauma stories are met with care: affirm, point to help, return to the topic.";
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(GRAPHIC_THRESHOLD, TRAUMA_IN_SCOPE, AVALANCHE_WINDOW, AVALANCHE_COUNT);
  }

  @Override
  public RuleSession startSession(RuleParameters p, GroupContext c, GroupResources r) {
    return new State(p, c, r, true);
  }

  static class State implements RuleSession {
    private final GroupContext context;
    private final List<Signpost> crisisHelp;
    private final List<Signpost> help;
    private final boolean full;
    private final int graphicThreshold;
    private final boolean traumaInScope;
    private final int window;
    private final int count;
    private final int[] recent; // contribution numbers with trauma or graphic detail, a ring
    private int recentSize;
    private int recentHead;

    State(RuleParameters p, GroupContext context, GroupResources r, boolean full) {
      this.context = context;
      this.full = full;
      this.graphicThreshold = p.get(GRAPHIC_THRESHOLD);
      this.traumaInScope = p.get(TRAUMA_IN_SCOPE);
      this.window = p.get(AVALANCHE_WINDOW);
      this.count = p.get(AVALANCHE_COUNT);
      this.recent = new int[Math.max(count, 1)];
      List<Signpost> crisis = new ArrayList<>();
      List<Signpost> other = new ArrayList<>();
      for (Signpost s : r.signposts()) {
        (s.kind() == Signpost.Kind.CRISIS ? crisis : other).add(s);
      }
      this.crisisHelp = crisis.isEmpty() ? other : crisis;
      List<Signpost> all = new ArrayList<>(other);
      all.addAll(crisis);
      this.help = all;
    }

    @Override
    public void accept(AnalyzedContribution c, FindingSink sink) {
      Analysis a = (Analysis) c;
      if (!a.has(Cue.CRISIS) && !a.has(Cue.GRAPHIC) && !a.has(Cue.TRAUMA)) {
        return;
      }
      List<Span> crisis = new ArrayList<>(1);
      List<Span> detail = new ArrayList<>(2);
      @Nullable Span firstGraphic = null;
      int graphic = 0;
      int trauma = 0;
      for (int h = 0; h < a.hitCount; h++) {
        switch (a.cue(h)) {
          case CRISIS -> crisis.add(a.span(h));
          case GRAPHIC -> {
            graphic++;
            detail.add(a.span(h));
            if (firstGraphic == null) {
              firstGraphic = detail.get(detail.size() - 1);
            }
          }
          case TRAUMA -> {
            if (!traumaInScope) {
              trauma++;
              detail.add(a.span(h));
            }
          }
          default -> {}
        }
      }
      MemberId author = a.contribution().author();
      String name = context.nameOf(author);
      int number = a.contribution().number();
      if (!crisis.isEmpty()) {
        sink.report(
            sink.draft(
                    Severity.INTERVENE,
                    SuggestedAction.AFFIRM_AND_SIGNPOST,
                    name
                        + " said something that may mean they are in crisis ("
                        + Texts.quote(a.text, crisis.get(0).start(), crisis.get(0).end())
                        + "). Please respond now and with care: thank them for saying it, ask"
                        + " gently whether they are safe, and "
                        + Texts.pointTo(
                            crisisHelp, "point to local emergency services or a crisis line")
                        + ".")
                .spans(crisis)
                .addContribution(number)
                .addMember(author)
                .signposts(crisisHelp)
                .build());
      }
      if (!full || (graphic == 0 && trauma == 0)) {
        return;
      }
      if (avalanche(number)) {
        List<Integer> involved = recentNumbers();
        recentSize = 0;
        sink.report(
            sink.draft(
                    Severity.INTERVENE,
                    SuggestedAction.RETURN_TO_TOPIC,
                    "Several people in a row have shared distressing details. Please meet this"
                        + " now and with care: affirm those who shared, "
                        + Texts.pointTo(help, "mention where support is available")
                        + ", and gently bring the group back to its topic.")
                .spans(detail)
                .contributions(involved)
                .addMember(author)
                .signposts(help)
                .build());
        return;
      }
      if (firstGraphic != null && (graphic >= graphicThreshold || trauma > 0)) {
        sink.report(
            sink.draft(
                    Severity.NUDGE,
                    SuggestedAction.AFFIRM_AND_SIGNPOST,
                    name
                        + " shared graphic detail ("
                        + Texts.quote(a.text, firstGraphic.start(), firstGraphic.end())
                        + "). You could thank them for trusting the group, "
                        + Texts.pointTo(help, "mention where support is available")
                        + ", and gently bring the group back to its topic.")
                .spans(detail)
                .addContribution(number)
                .addMember(author)
                .signposts(help)
                .build());
      }
    }

    /** Records a contribution with detail and tells whether the window now holds an avalanche. */
    private boolean avalanche(int number) {
      recent[recentHead] = number;
      recentHead = (recentHead + 1) % recent.length;
      recentSize = Math.min(recentSize + 1, recent.length);
      if (recentSize < count) {
        return false;
      }
      int oldest = recent[recentHead % recent.length];
      return number - oldest < window;
    }

    private List<Integer> recentNumbers() {
      List<Integer> out = new ArrayList<>(recentSize);
      for (int i = 0; i < recentSize; i++) {
        out.add(recent[(recentHead - recentSize + i + recent.length) % recent.length]);
      }
      return out;
    }
  }
}
