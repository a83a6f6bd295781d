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
import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.EvidenceSpan;
import io.github.peerled.rules.detect.Label;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sharing-not-advice}: peer support is sharing experience, not giving advice. Flags a member
 * telling another member what to do, and suggests inviting the speaker to say what worked for them
 * instead. Two readings must agree: the rule set's {@link
 * io.github.peerled.rules.detect.ContributionClassifier} (the default detector unless the host sets
 * another) labels the contribution advice, and the structure of the text holds a directive aimed at
 * another member ({@link AddressedAdvice}): "you should", "you need to", "if I were you", "why
 * don't you", a want put to the member ("you want to get yourself one"), or an imperative opening a
 * clause ("Dev, put ...", "honestly just quit ..."; after a member's name, any base verb of the
 * detector's imperative word class: "Amrit, just resign", see {@link VocativeOrder}), in a reply, a
 * response, or a contribution that names a member or the group. Not advice, and not flagged: one's
 * own experience ("I find a walk helps", "what worked for me was ..."), the generic you of a story
 * ("sometimes you have to laugh"), questions and offers ("would it help to ...?", "what do you
 * think you need to do?"), advice quoted or reported ("my nurse suggested I ...", "my doctor told
 * me to ...", "I read online that ..."), a member upholding the agreement ("please don't tell him
 * to change his meds"; but "tell him where to go" is advice), pointing a member to their own care
 * team without saying what to ask for ("definitely talk to your team", "talk with your doctor about
 * it maybe"; {@link Cue#CARE_TEAM}), a bare "don't." reacting to what was said, conversation moves
 * ("hang on, go back a bit", "take your time", "feel free to share"), encouragement and kindness
 * ("hang in there", "be kind to yourself", "don't be so hard on yourself", "take it steady": they
 * ask nothing of a member's situation), cheers ("get in Tariq"), a put-down dressed as an
 * instruction ("go back to your little fandom", left to {@code respectful-exchange}), a taunt after
 * a number set against the member's ("An 18? I went down to a 14. You must not be wearing your
 * compression properly", left to {@code no-comparing}), offers and requests between members ("Go
 * get some air Grace, I'll come wi' you"), pointing a member to someone who knows ("Ask Linda in
 * payroll, she'll know"; see {@link OfferOrSource}), thanks, a sharing with a dropped subject
 * ("Start Monday"), sarcasm, and banter or a joke taken back ("don't get cocky, Rob 😂", "have you
 * tried fourteen alarms? Kidding."), and a plea in a reply to a crisis disclosure ("Rasa, please
 * stay with Linda", left to the crisis finding; see {@link CrisisTalk}). The quote in a finding
 * never cuts off a negation or a quotation it stands in; advice the classifier cannot point to a
 * phrase of (no supporting evidence) is not nudged.
 *
 * <p>By default the classifier's own decision counts: a contribution it labels advice is advice,
 * whatever its confidence. The detector makes that call with its own tuned threshold, and its
 * confidence is lowered, not its label changed, when the advice is wrapped in sharing ("I love
 * mine, so you should try a pump"); a fixed bar of the rule's own would disagree with the
 * detector's call whenever the detector is retrained. {@code minConfidence} is an optional,
 * stricter bound on top of that call: advice below it is not nudged. On the Reddit advice data's
 * dev split, the detector's advice calls were right 63% of the time and caught 54% of the advice;
 * those at 0.5 / 0.6 / 0.7 / 0.8 and above were right 66% / 66% / 66% / 71% of the time and caught
 * 48% / 39% / 28% / 19% (see the detector's notes): a higher bar loses advice much faster than it
 * loses false nudges, and the structure, not the confidence, tells most of them apart.
 *
 * <p>Members with {@link Standing#ADVISOR} standing (clinicians, educators, staff) attend to give
 * the outside advice the group invited, so their advice is never nudged like a member's: by default
 * it is left alone; with {@code includeAdvisors} it is marked at {@link Severity#INFO} with {@link
 * SuggestedAction#NOTE_OUTSIDE_ADVICE}, whatever {@code severity} says. Their medical instructions
 * are marked as outside advice by {@code facilitator-not-expert} (see its {@code exemptAdvisors}),
 * so the default here keeps one mark per instruction.
 *
 * <p>A facilitator wants one nudge per contribution: advice that is a medical instruction (marked
 * by {@code facilitator-not-expert}, exactly as {@link MedicalAdvice} reads it there, with the
 * medicine named or left to the talk it answers: "Take two before bed instead of one"), that puts
 * forward a known myth (marked by {@code peer-review}) or that is a personal remark ("nobody asked
 * you, go back to your knitting", marked by {@code respectful-exchange}) is left to the more
 * specific rule. The facilitator's own directions ("Let's close early tonight", "please take a
 * break from the thread", "go gently") run the session and are not advice; with {@code
 * includeFacilitator} they are read like anyone's.
 *
 * <p>Parameters: {@code minConfidence} (0: the classifier's decision alone; higher, a stricter
 * bound on its confidence), {@code severity} (NUDGE, for members), {@code maxNudgesPerMember} (3; 0
 * for no limit), {@code includeAdvisors} (false: advisors' advice is left alone; true: it is marked
 * as outside advice, never nudged), {@code includeFacilitator} (false: the facilitator's directions
 * are left alone). Thread-safe.
 */
final class SharingNotAdviceRule implements Rule {
  static final Parameter<Double> MIN_CONFIDENCE =
      Parameter.ofDouble(
          "minConfidence",
          "how sure the classifier must be of its advice call; 0 for its decision alone",
          0.0,
          0,
          1);
  static final Parameter<Severity> SEVERITY =
      Parameter.ofEnum("severity", "how strongly to flag advice", Severity.class, Severity.NUDGE);
  static final Parameter<Integer> MAX_PER_MEMBER =
      Parameter.ofInt(
          "maxNudgesPerMember",
          "how many times one member is flagged in a session; 0 for no limit",
          3,
          0,
          1000);
  static final Parameter<Boolean> INCLUDE_ADVISORS =
      Parameter.ofBoolean(
          "includeAdvisors",
          "whether advisors' advice is marked as outside advice (at INFO, never nudged)",
          false);

  static final Parameter<Boolean> INCLUDE_FACILITATOR =
      Parameter.ofBoolean(
          "includeFacilitator",
          "whether the facilitator's directions are read as advice (false: they run the session)",
          false);

  @Override
  public String id() {
    return BuiltinRules.SHARING_NOT_ADVICE;
  }

  @Override
  public String description() {
    return "Peer support is sharing experience, not giving advice: flags advice-giving and invites"
        + " the speaker to share what worked for them instead.";
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MIN_CONFIDENCE, SEVERITY, MAX_PER_MEMBER, INCLUDE_ADVISORS, INCLUDE_FACILITATOR);
  }

  @Override
  public RuleSession startSession(RuleParameters p, GroupContext context, GroupResources r) {
    double min = p.get(MIN_CONFIDENCE);
    Severity severity = p.get(SEVERITY);
    int max = p.get(MAX_PER_MEMBER);
    boolean advisors = p.get(INCLUDE_ADVISORS);
    boolean facilitator = p.get(INCLUDE_FACILITATOR);
    Map<MemberId, Integer> counts = new HashMap<>();
    AddressedAdvice reading = new AddressedAdvice(context);
    VocativeOrder vocative = new VocativeOrder(reading.words());
    MedicalAdvice medical = new MedicalAdvice(context);
    MedicineThread thread = new MedicineThread(reading.words());
    PersonalRemarks remarks = new PersonalRemarks(context);
    CrisisTalk crises = new CrisisTalk();
    return new RuleSession() {
      @Override
      public void accept(AnalyzedContribution c, FindingSink sink) {
        MemberId author = c.contribution().author();
        if (c instanceof Analysis a) {
          thread.see(a);
          if (a.crisis()) {
            crises.see(a.contribution().number());
          }
        }
        Member m = context.byId().get(author);
        boolean advisor = m != null && m.standing() == Standing.ADVISOR;
        if (advisor && !advisors) {
          return;
        }
        if (!facilitator && context.facilitates(author)) {
          return; // running the session: openings, closings, moderation, well-wishes
        }
        // the cheap readings of the shared scan first: the classifier runs only on what may be
        // advice to another member
        if (c instanceof Analysis a) {
          if ((reading.find(a) < 0 && vocative.find(a) < 0)
              || FacilitatorNotExpertRule.mythPutForward(a)
              || medical.gives(a, thread)
              || remarks.find(a) != null
              || oneUp(a)) {
            return; // a more specific rule marks it, or no directive is aimed at another member
          }
        }
        Classification cl = c.classification();
        if (cl.label() != Label.ADVICE || cl.confidence() < min || Analysis.crisis(c)) {
          return;
        }
        if (c instanceof Analysis a && crises.pleads(a)) {
          return; // a plea to someone in crisis: the crisis is marked
        }
        List<Span> spans = spans(cl.supportingEvidence());
        if (spans.isEmpty()) {
          return; // nothing said reads as advice: no phrase to show the facilitator
        }
        int n = counts.merge(author, 1, Integer::sum);
        if (max > 0 && n > max) {
          return;
        }
        if (c instanceof Analysis a) {
          spans = Texts.widenAll(a, spans);
        }
        String said = " (" + Texts.quote(c.text(), spans.get(0).start(), spans.get(0).end()) + ")";
        String name = context.nameOf(author);
        if (advisor) {
          sink.report(
              sink.draft(
                      Severity.INFO,
                      SuggestedAction.NOTE_OUTSIDE_ADVICE,
                      name
                          + ", the group's invited advisor, gave advice"
                          + said
                          + ". This is outside advice the group invited, signposted: each person"
                          + " could check how it fits them with their own care team.")
                  .spans(spans)
                  .addContribution(c.contribution().number())
                  .addMember(author)
                  .build());
          return;
        }
        sink.report(
            sink.draft(
                    severity,
                    SuggestedAction.INVITE_REFRAME_AS_OWN_EXPERIENCE,
                    name
                        + " seems to be giving advice"
                        + said
                        + ". Our guidelines ask us to share experience, not advice: you could"
                        + " invite "
                        + name
                        + " to say what worked for them, for example \"What was that like for"
                        + " you?\"")
                .spans(spans)
                .addContribution(c.contribution().number())
                .addMember(author)
                .build());
      }
    };
  }

  /**
   * Tells whether advice comes with a number set against the member's ("Half a mile?? I did two and
   * a half round the park. You want to get your skates on", "An 18? I went down to a 14. You must
   * not be wearing your compression properly"): a taunt in a contest, marked by {@code
   * no-comparing}, not advice. Read by {@link RivalNumbers} only for a contribution already read as
   * a directive to a member.
   */
  static boolean oneUp(Analysis a) {
    return a.sentenceCount > 1 && RivalNumbers.find(a, false, false, new ArrayList<>(2));
  }

  /**
   * The finding's spans: the advice evidence in text order, without spans inside another ("should"
   * inside "you should").
   */
  static List<Span> spans(List<EvidenceSpan> evidence) {
    List<EvidenceSpan> sorted = new ArrayList<>(evidence);
    sorted.sort(
        Comparator.comparingInt(EvidenceSpan::start)
            .thenComparing(Comparator.comparingInt(EvidenceSpan::end).reversed()));
    List<Span> out = new ArrayList<>(sorted.size());
    int coveredTo = -1;
    for (EvidenceSpan e : sorted) {
      if (e.end() > coveredTo) {
        out.add(new Span(e.start(), e.end()));
        coveredTo = e.end();
      }
    }
    return out;
  }
}
