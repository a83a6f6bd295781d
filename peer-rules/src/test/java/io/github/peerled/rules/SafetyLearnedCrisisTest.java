package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crisis said in words the hand-written reading does not know, read by the learned reading beside
 * it: each of these draws the crisis finding only because the model calls it (the rules alone miss
 * every one; see {@code CrisisModelTest} for the same lines read by the rules alone). Written for
 * this test, in none of the sets the model learns from.
 */
class SafetyLearnedCrisisTest {
  /** Disclosures the rules alone miss: a goodbye in deeds, letters and a note left. */
  static final List<String> ONLY_THE_MODEL =
      List.of(
          "been giving my guitar and my books away to mates this week, wont be needing them where"
              + " im going",
          "wrote letters for my kids last night and put them in the drawer with the will",
          // "i've written a note for my mum, it's in my bag" fell just below the threshold (p 0.40
          // against 0.43) when twelve tuning sessions were added and the model retrained
          "i've written a note for my mum and put it in my bag, it explains everything");

  @Test
  void should_meet_crisis_the_rules_do_not_know_with_the_crisis_finding() {
    RuleSet rules = Fixtures.ruleSet(Fixtures.allRules());

    assertThat(ONLY_THE_MODEL)
        .allSatisfy(s -> assertThat(CrisisVoices.drawsCrisis(rules, s)).as(s).isTrue());
  }

  @Test
  void should_never_read_a_disclosure_only_the_model_reads_as_advice() {
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Ann
                @member b MEMBER Bo
                @facilitator f
                10:00 a SHARING: Hi all, first time here.
                10:01 b RESPONSE>1: You should all look after each other. wrote letters for my kids last night and put them in the drawer with the will
                """);

    List<Finding> f = Fixtures.review(Fixtures.allRules(), t);

    assertThat(f).extracting(Finding::ruleId).containsOnly("safety");
    assertThat(f).extracting(Finding::action).containsExactly(SuggestedAction.CHECK_SAFETY);
    assertThat(f.get(0).severity()).isEqualTo(Severity.INTERVENE);
  }
}
