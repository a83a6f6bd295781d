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
import java.util.Set;

/**
 * {@code facilitator-not-expert}: the facilitator is a peer, not the expert, and nobody in a peer
 * group prescribes. Flags prescriptive medical instructions (doses, stopping or changing
 * medication: "stop taking your metformin", "take 2 more units") by the facilitator or any member,
 * and suggests they talk to their own care team. Instructions put indirectly or in chat spelling
 * count as well ("I'd up the lantus by 2", "most people halve it", "u wanna be taking it with
 * food", "Harry stop the gliclazide"; see {@link MedicalAdvice}), and so do instructions that leave
 * the medicine to the talk around them: named earlier in the contribution, in the contribution
 * replied to or just before, or in the latest words of the member addressed ("The slow one? Halve
 * it tonight", "Nadia just skip the evening one"; see {@link DoseOrder} and {@link
 * MedicineThread}). A medicine the word lists do not know counts when its name has the ending of a
 * generic medicine's ("take double the baclofen at night"; see {@link MedicineStems}), and a dose
 * told by its count and schedule needs no medicine named ("Take three Creon with every meal", "take
 * 1200 in the morning"; see {@link DoseOrder}). Asking the care team for something ("why not ask
 * the clinic for a practice run with the injection kit?") changes no dose and is left to {@code
 * sharing-not-advice}. Sharing one's own regimen ("I take 14 units at night", "I just double it on
 * bad weeks"), an instruction reported from one's own clinician or read somewhere ("my consultant
 * said to double my dose", "I read online that you should stop your statins"), questions ("should I
 * halve it?"), advice whose medicine is in another clause ("you should try the TENS machine, you'd
 * be off the tablets"), choosing a treatment ("push for one") and stopping an activity ("stop
 * letting them put you on lates") are not flagged: what is advice among them is {@code
 * sharing-not-advice}'s, so a contribution draws one finding. A contribution that puts forward one
 * of the group's known myths ("take cinnamon instead of your metformin") is left to {@code
 * peer-review}, so it gets one nudge.
 *
 * <p>Members with {@link Standing#ADVISOR} standing (clinicians, educators, staff) attend to give
 * the outside advice the group invited: their instructions are never nudged like a member's. By
 * default they are marked at {@link Severity#INFO} with {@link
 * SuggestedAction#NOTE_OUTSIDE_ADVICE}, naming them as the invited advisor and suggesting each
 * person checks with their own care team ("outside advice, signposted"). Any instruction of an
 * advisor is marked, medical or not ("ask your GP for a referral"), including one that opens a
 * clause after a name or a condition ("Erin, please don't change two things at once", "if you feel
 * sick, check ketones"), and one softened ("it's best to ask his team first", "I'd suggest swapping
 * it"); a condition is not one ("if you want to be assessed", "unless you want to talk to me
 * after"), nor an offer to do it together in a contribution that names no medicine or dose ("Bring
 * the letters in on Thursday and we'll go through them together", see {@link OfferOrSource}), nor
 * booking care ("book the foot clinic with me"), nor a statement whose first word only looks like
 * an order ("Lower is better up to a point"), nor is pointing a member to their own care team, as
 * for anyone, in a contribution that names no medicine or dose ("please check with your own team
 * before fasting", "please bring your readings to your clinic"; see {@link AddressedAdvice});
 * beside a medicine or dose it is outside advice about it ("the morning dose is right, but check
 * with your own team").
 *
 * <p>The quote in a finding never cuts off a negation or a quotation it stands in: "never to stop
 * your basal" is quoted whole, not as "stop your".
 *
 * <p>Parameters:
 *
 * <ul>
 *   <li>{@code severity} (NUDGE): how strongly a member's or the facilitator's instruction is
 *       flagged;
 *   <li>{@code exemptAdvisors} (false): the choice for advisors' instructions, between marking them
 *       as outside advice (false) and silence (true).
 * </ul>
 *
 * <p>Thread-safe.
 */
final class FacilitatorNotExpertRule implements Rule {
  static final Parameter<Severity> SEVERITY =
      Parameter.ofEnum(
          "severity", "how strongly to flag medical instructions", Severity.class, Severity.NUDGE);
  static final Parameter<Boolean> EXEMPT_ADVISORS =
      Parameter.ofBoolean(
          "exemptAdvisors",
          "whether advisors' instructions are left alone (true) rather than marked as"
              + " outside advice, signposted (false)",
          false);

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
    MedicalAdvice medical = new MedicalAdvice(context);
    MedicineThread thread = new MedicineThread(new AddressWords(context));
    return new RuleSession() {
      @Override
      public void accept(AnalyzedContribution c, FindingSink sink) {
        Analysis a = (Analysis) c;
        thread.see(a);
        MemberId author = a.contribution().author();
        Member m = context.byId().get(author);
        boolean advisor = m != null && m.standing() == Standing.ADVISOR;
        if ((advisor && exemptAdvisors) || a.crisis()) {
          return;
        }
        boolean named = a.has(Cue.MEDICAL_INSTRUCTION) || a.has(Cue.MEDICAL_TERM);
        int scheduled = -1;
        if (!advisor && !named && !thread.names(a) && !MedicineStems.nearAny(a)) {
          // no medicine in view: neither in what is said nor in the talk it answers; only a dose
          // told by its count and schedule is an instruction ("take three with every meal")
          scheduled = medical.doseOrder(a, thread);
          if (scheduled < 0) {
            return;
          }
        }
        if (!advisor && named && mythPutForward(a)) {
          return; // a known myth: peer-review marks it, one nudge per contribution
        }
        List<Span> spans = new ArrayList<>(2);
        int read = 0;
        for (int h = 0; h < a.hitCount && scheduled < 0; h++) {
          if (MedicalAdvice.read(a, h) && ++read > MedicalAdvice.MAX_READ) {
            break; // each advice hit is read against its clause: the cap keeps the work linear
          }
          boolean instruction =
              advisor
                  ? ((a.isAdvice(h) || clauseInstruction(a, h))
                          && (named || !CareTeamSignpost.signposts(a, h))
                          && !AddressedAdvice.subject(a, h)
                          && (!OfferOrSource.offered(a, h)
                              || named
                              || thread.names(a)
                              || MedicineStems.nearAny(a))
                          && !books(a, h))
                      || medical.advisorInstructs(a, h, thread)
                  : medical.instructs(a, h, thread);
          if (instruction) {
            spans.add(a.span(h));
          }
        }
        if (spans.isEmpty()) {
          // the medicine may be left to the talk around it
          int t = scheduled >= 0 ? scheduled : medical.doseOrder(a, thread);
          if (t < 0) {
            return;
          }
          spans.add(new Span(a.tokenStart[t], a.tokenEnd[t]));
        }
        spans = Texts.widenAll(a, spans);
        String name = context.nameOf(author);
        String said = Texts.quote(a.text, spans.get(0).start(), spans.get(0).end());
        if (advisor) {
          sink.report(
              sink.draft(
                      Severity.INFO,
                      SuggestedAction.NOTE_OUTSIDE_ADVICE,
                      name
                          + ", the group's invited advisor, gave an instruction ("
                          + said
                          + "). This is outside advice the group invited, signposted: doses and"
                          + " medicines differ from person to person, so each person could check"
                          + " it with their own care team before changing anything.")
                  .spans(spans)
                  .addContribution(a.contribution().number())
                  .addMember(author)
                  .build());
          return;
        }
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

  /**
   * Tells whether a contribution puts forward a known myth, not doubting it: {@code peer-review}
   * marks it.
   *
   * @param a the analysed contribution
   * @return whether a myth is put forward
   */
  static boolean mythPutForward(Analysis a) {
    if (a.has(Cue.MYTH)) {
      for (int h = 0; h < a.hitCount; h++) {
        if (a.cue(h) == Cue.MYTH && !a.sentenceHas(a.hitSentence[h], Cue.SARCASM)) {
          return true;
        }
      }
    }
    return !a.has(Cue.DOUBT) && !PhraseWords.find(a).isEmpty();
  }

  /**
   * Tells whether an instruction books care rather than changes a medicine ("Nasreen, book the foot
   * clinic with me, please"): see {@link DoseOrder#asksFor}.
   */
  private static boolean books(Analysis a, int h) {
    int t = java.util.Arrays.binarySearch(a.tokenStart, 0, a.tokenCount, a.hitStart[h]);
    return t >= 0 && AddressWords.word(a, t, "book");
  }

  /** The words that may stand between a clause's comma and its instruction ("but please"). */
  private static final Set<String> CLAUSE_LEAD = Set.of("please", "and", "but", "then", "so");

  /**
   * Tells whether an imperative opens a clause of its sentence, after a comma, semicolon or colon
   * ("If your glucose is high, check ketones", "Erin, please don't change two things"), and is in
   * the author's own voice. Read for advisors, whose instructions are marked whatever they are
   * about.
   */
  static boolean clauseInstruction(Analysis a, int hit) {
    if (a.cue(hit) != Cue.IMPERATIVE || a.discounted(hit) || a.coStarts(hit, Cue.NEUTRAL)) {
      return false;
    }
    int first = a.sentenceFirstToken[a.hitSentence[hit]];
    int t = first;
    while (t < a.tokenCount && a.tokenStart[t] < a.hitStart[hit]) {
      t++;
    }
    int u = t - 1;
    while (u >= first
        && CLAUSE_LEAD.contains(
            new String(a.lower, a.tokenStart[u], a.tokenEnd[u] - a.tokenStart[u]))) {
      u--;
    }
    if (u < first) {
      return false;
    }
    for (int i = a.tokenEnd[u]; i < a.tokenStart[u + 1]; i++) {
      char c = a.lower[i];
      if (c == ',' || c == ';' || c == ':') {
        return true;
      }
    }
    return false;
  }
}
