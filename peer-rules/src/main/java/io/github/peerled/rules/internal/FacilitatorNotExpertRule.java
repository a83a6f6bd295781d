package io.github.peerled.rules.internal;

import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
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
import java.util.List;

/**
 * {@code facilitator-not-expert}: the facilitator is a peer, not the expert, and nobody in a peer
 * group prescribes. Flags prescriptive medical instructions (doses, stopping or changing
 * medication: "stop taking your metformin", "take 2 more units") by the facilitator or any member,
 * and suggests they talk to their own care team. Sharing one's own regimen ("I take 14 units at
 * night") is not flagged.
 *
 * <p>Parameters: {@code severity} (NUDGE), {@code exemptAdvisors} (false: in a peer session even a
 * clinician does not prescribe for one person). Thread-safe.
 */
final class FacilitatorNotExpertRule implements Rule {
  static final Parameter<Severity> SEVERITY =
      Parameter.ofEnum(
          "severity", "how strongly to flag medical instructions", Severity.class, Severity.NUDGE);
  static final Parameter<Boolean> EXEMPT_ADVISORS =
      Parameter.ofBoolean(
          "exemptAdvisors", "whether advisors' medical instructions are left alone", false);

  @Override
  public String id() {
    return BuiltinRules.FACILITATOR_NOT_EXPERT;
  }

  @Override
  public String description() {
    return "The facilitator is a peer, not the expert: flags prescriptive medical instructions"
        + " (doses, stopping medication), whoever gives them.";
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(SEVERITY, EXEMPT_ADVISORS);
  }

  @Override
  public RuleSession startSession(RuleParameters p, GroupContext context, GroupResources r) {
    Severity severity = p.get(SEVERITY);
    boolean exemptAdvisors = p.get(EXEMPT_ADVISORS);
    return new RuleSession() {
      @Override
      public void accept(AnalyzedContribution c, FindingSink sink) {
        Analysis a = (Analysis) c;
        if ((!a.has(Cue.MEDICAL_INSTRUCTION) && !a.has(Cue.MEDICAL_TERM)) || a.crisis()) {
          return;
        }
        MemberId author = a.contribution().author();
        if (exemptAdvisors) {
          Member m = context.byId().get(author);
          if (m != null && m.standing() == Standing.ADVISOR) {
            return;
          }
        }
        List<Span> spans = new ArrayList<>(2);
        for (int h = 0; h < a.hitCount; h++) {
          if (a.isMedicalAdvice(h)) {
            spans.add(a.span(h));
          }
        }
        if (spans.isEmpty()) {
          return;
        }
        String name = context.nameOf(author);
        String said = Texts.quote(a.text, spans.get(0).start(), spans.get(0).end());
        String message =
            context.facilitates(author)
                ? "As facilitator, "
                    + name
                    + " gave what sounds like a medical instruction ("
                    + said
                    + "). The facilitator is a peer, not the expert: you could share what you"
                    + " did yourself and suggest each person checks doses and medicines with"
                    + " their own care team."
                : name
                    + " gave what sounds like a medical instruction ("
                    + said
                    + "). Doses and medicines differ from person to person: you could invite "
                    + name
                    + " to share what they did themselves, and suggest checking with one's own"
                    + " care team.";
        sink.report(
            sink.draft(severity, SuggestedAction.SUGGEST_OWN_CARE_TEAM, message)
                .spans(spans)
                .addContribution(a.contribution().number())
                .addMember(author)
                .build());
      }
    };
  }
}
