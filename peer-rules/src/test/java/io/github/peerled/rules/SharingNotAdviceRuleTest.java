package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.EvidenceSpan;
import io.github.peerled.rules.detect.Label;
import io.github.peerled.rules.detect.SentenceClassification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharingNotAdviceRuleTest {
  private static final String RULE = "sharing-not-advice";
  private final Transcript diabetes = Transcript.load("diabetes-evening");

  @Test
  void should_flag_directives_advice_as_a_question_and_instructions_only() {
    List<Finding> f = byRule(Fixtures.review(Fixtures.allRules(), diabetes), RULE);

    // 5: "You should get a CGM", 8: "Have you tried ... Why don't you".
    // Not: 3 generic you, 7 facilitator sharing, 9 quoted nurse, 10 sarcasm, 11 the facilitator's
    // dose instruction (facilitator-not-expert marks it), 12 own regimen, 14 "Take care".
    assertThat(at(f)).containsExactly(5, 8);
  }

  @Test
  void should_name_the_clause_and_invite_a_reframe_with_evidence() {
    Finding f = byRule(Fixtures.review(Fixtures.allRules(), diabetes), RULE).get(0);

    assertThat(f.clauseId()).contains(ClauseId.of("sharing"));
    assertThat(f.guidelineVersion()).isEqualTo(3);
    assertThat(f.severity()).isEqualTo(Severity.NUDGE);
    assertThat(f.action()).isEqualTo(SuggestedAction.INVITE_REFRAME_AS_OWN_EXPERIENCE);
    assertThat(f.members()).containsExactly(MemberId.of("bob"));
    assertThat(f.spans()).extracting(s -> s.of(diabetes.get(5).text())).contains("You should");
    assertThat(f.message()).startsWith("Bob seems to be giving advice");
  }

  @Test
  void should_follow_the_parameters_of_the_clause() {
    List<Finding> strict =
        byRule(
            Fixtures.review(
                List.of(clause("s", "Share, don't advise.", RULE, Map.of("minConfidence", "0.9"))),
                diabetes),
            RULE);
    List<Finding> once =
        byRule(
            Fixtures.review(
                List.of(
                    clause(
                        "s",
                        "Share, don't advise.",
                        RULE,
                        Map.of("maxNudgesPerMember", "1", "severity", "info"))),
                Transcript.parse(
                    "s",
                    """
                        @member bob MEMBER Bob
                        10:00 bob RESPONSE: You should test more.
                        10:01 bob RESPONSE: You need to rest.
                        """)),
            RULE);

    // the detector is surer of the two suggestion questions (8) than of 5 (advice after praise)
    assertThat(at(strict)).containsExactly(8);
    assertThat(at(once)).containsExactly(1);
    assertThat(once.get(0).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void should_use_the_classifier_it_is_given() {
    ContributionClassifier stub =
        new ContributionClassifier() {
          @Override
          public Classification classify(CharSequence text) {
            return text.toString().contains("mangoes")
                ? new Classification(
                    Label.ADVICE,
                    0.9,
                    List.of(
                        new EvidenceSpan(
                            0, 4, Label.ADVICE, "stub", text.toString().substring(0, 4))))
                : new Classification(Label.OTHER, 0.9, List.of());
          }

          @Override
          public List<SentenceClassification> classifySentences(CharSequence text) {
            return List.of(new SentenceClassification(0, text.length(), classify(text)));
          }
        };
    RuleSet rules =
        RuleSet.builder(Fixtures.version(1, List.of(clause("s", "Share.", RULE))))
            .classifier(stub)
            .build();
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member uma MEMBER Uma
                10:00 uma RESPONSE: You should eat less.
                10:01 uma RESPONSE: You should eat mangoes.
                """);

    List<Finding> f = byRule(rules.review(t.context(), t.contributions), RULE);

    assertThat(rules.classifier()).isSameAs(stub);
    assertThat(at(f)).containsExactly(2);
    assertThat(f.get(0).spans()).containsExactly(new Span(0, 4));
  }

  @Test
  void should_leave_advisors_alone_unless_asked() {
    Transcript t =
        Transcript.parse(
            "s",
            "@member dr ADVISOR Dr Sato\n10:00 dr RESPONSE: You should ask for physiotherapy.\n");

    assertThat(byRule(Fixtures.review(List.of(clause("s", "Share.", RULE)), t), RULE)).isEmpty();
    assertThat(
            byRule(
                Fixtures.review(
                    List.of(clause("s", "Share.", RULE, Map.of("includeAdvisors", "true"))), t),
                RULE))
        .singleElement()
        .satisfies(
            x -> {
              // never nudged like a member: marked as the outside advice the group invited
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.action()).isEqualTo(SuggestedAction.NOTE_OUTSIDE_ADVICE);
              assertThat(x.message()).startsWith("Dr Sato, the group's invited advisor");
            });
  }

  @Test
  void should_not_read_exploring_questions_as_advice() {
    // given
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member ann FOUNDING_MEMBER Ann
                @member bob MEMBER Bob
                @member cy MEMBER Cy
                @facilitator ann
                19:00 ann OTHER: Right, let's get started. How's everyone's week been?
                19:01 bob SHARING: Up and down. My GP wants to add a tablet.
                19:02 cy RESPONSE>2: So what about metformin then?
                19:03 bob SHARING: Has anyone tried it? What helped you with the side effects?
                """);

    // when
    List<Finding> f = byRule(Fixtures.review(Fixtures.allRules(), t), RULE);

    // then
    assertThat(f).isEmpty();
  }

  @Test
  void should_still_read_advice_phrased_as_a_question_as_advice() {
    // given
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member bob MEMBER Bob
                @member cy MEMBER Cy
                19:00 bob SHARING: My levels are all over the place at night.
                19:01 cy RESPONSE>1: Have you tried the libre? Why don't you ask your nurse?
                """);

    // then
    assertThat(at(byRule(Fixtures.review(Fixtures.allRules(), t), RULE))).containsExactly(2);
  }

  @Test
  void should_draw_nothing_from_a_calm_session_with_advice_reported_as_own_experience() {
    // given
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member ann FOUNDING_MEMBER Ann
                @member bob MEMBER Bob
                @member cy MEMBER Cy
                @facilitator ann
                19:00 ann OTHER: Welcome everyone. How has everyone's week been?
                19:01 bob SHARING: Better. I got my sensor last week and I'm still getting used\
                 to the alarms going off at night.
                19:02 cy RESPONSE>2: Same here at first. My nurse suggested I set the low alarm a\
                 bit lower to start with.
                19:03 bob SHARING: My doctor told me to cut out bread for a while and it helped.
                19:04 ann SHARING: I was advised to keep juice by the bed and I still do.
                19:05 cy SHARING: Thanks all, it's good to hear.
                """);

    // when
    List<Finding> f = Fixtures.review(Fixtures.allRules(), t);

    // then
    assertThat(f).isEmpty();
  }

  @Test
  void should_leave_a_dose_instruction_or_a_myth_to_the_more_specific_rule() {
    // given: one nudge per contribution
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member bob MEMBER Bob
                @member cy MEMBER Cy
                @member dev NEWCOMER Dev
                10:00 dev REQUEST_FOR_SUPPORT: I keep going low after the gym. Any ideas?
                10:01 bob RESPONSE>1: Dev, take 2 units less of your Lantus on days you exercise.
                10:02 cy RESPONSE>1: You should try cinnamon, cinnamon cures it, honestly.
                10:03 bob RESPONSE>1: You should get a CGM, they're brilliant.
                """);

    // when
    List<Finding> f = Fixtures.review(Fixtures.allRules(), t);

    // then
    assertThat(at(byRule(f, RULE))).containsExactly(4);
    assertThat(at(byRule(f, "facilitator-not-expert"))).containsExactly(2);
    assertThat(at(byRule(f, "peer-review"))).containsExactly(3);
  }

  @Test
  void should_leave_the_facilitators_directions_alone_unless_asked() {
    // given
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member ann FOUNDING_MEMBER Ann
                @member bob MEMBER Bob
                @facilitator ann
                10:00 bob SHARING: I'm exhausted by the night shifts.
                10:01 ann RESPONSE>1: Bob, you should take a break from the thread tonight.
                10:02 bob RESPONSE>2: Ann, you should take a break too.
                """);

    // when
    List<Finding> byDefault =
        byRule(Fixtures.review(List.of(clause("s", "Share.", RULE)), t), RULE);

    // then
    assertThat(at(byDefault)).containsExactly(3);

    // when
    List<Finding> included =
        byRule(
            Fixtures.review(
                List.of(clause("s", "Share.", RULE, Map.of("includeFacilitator", "true"))), t),
            RULE);

    // then
    assertThat(at(included)).containsExactly(2, 3);
  }

  @Test
  void should_not_nudge_advice_the_classifier_cannot_point_to() {
    // given: a classifier sure of advice but without a phrase to show, unless a text opens "You"
    ContributionClassifier unsure =
        new ContributionClassifier() {
          @Override
          public Classification classify(CharSequence text) {
            return text.toString().startsWith("You")
                ? new Classification(
                    Label.ADVICE, 0.9, List.of(new EvidenceSpan(0, 3, Label.ADVICE, "stub", "You")))
                : new Classification(Label.ADVICE, 0.9, List.of());
          }

          @Override
          public List<SentenceClassification> classifySentences(CharSequence text) {
            return List.of(new SentenceClassification(0, text.length(), classify(text)));
          }
        };
    RuleSet rules =
        RuleSet.builder(Fixtures.version(1, List.of(clause("s", "Share.", RULE))))
            .classifier(unsure)
            .build();
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member uma MEMBER Uma
                @member bob MEMBER Bob
                10:00 uma RESPONSE: Bob, write yours down too.
                10:01 uma RESPONSE: You should write yours down.
                """);

    // when
    List<Finding> f = byRule(rules.review(t.context(), t.contributions), RULE);

    // then
    assertThat(at(f)).containsExactly(2);
  }
}
