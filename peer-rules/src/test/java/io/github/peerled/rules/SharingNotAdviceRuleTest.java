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

    // 5: "You should get a CGM", 8: "Have you tried ... Why don't you", 11: "Dev, take 2 units"
    // Not: 3 generic you, 7 facilitator sharing, 9 quoted nurse, 10 sarcasm, 12 own regimen,
    // 14 "Take care".
    assertThat(at(f)).containsExactly(5, 8, 11);
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
                        10:00 bob SHARING: You should test more.
                        10:01 bob SHARING: You need to rest.
                        """)),
            RULE);

    // the detector is surest of the dosing instruction (11) and the two suggestion questions (8),
    // least of 5 (advice after praise)
    assertThat(at(strict)).containsExactly(8, 11);
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
                10:00 uma SHARING: You should eat less.
                10:01 uma SHARING: I love mangoes.
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
        .hasSize(1);
  }
}
