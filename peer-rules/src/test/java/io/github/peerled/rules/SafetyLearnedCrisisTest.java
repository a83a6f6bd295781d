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

  /**
   * Ordinary talk of tuning sessions that the learned reading alone called a crisis (p 0.87 to
   * 0.98) before it learned from the contributions of every tuning session and of the three whole
   * tuning folders. They are among its training examples now, so this guards the trained weights;
   * the cross-validated share of ordinary talk called a crisis ({@code CrisisModelTest}) is the
   * figure for talk it has not read.
   */
  static final List<String> SESSION_TALK =
      List.of(
          "Sorry Dev. Bad day. The virus has taken everything from me and I took it out on you.",
          "I'm absolutely gutted, the hospital cancelled my hip op again. Third time. I'd packed my"
              + " bag and everything.",
          "you've earned it Eileen. Go and sit by the sea",
          "really? I tried it for a year and noticed nothing apart from a lighter wallet. my"
              + " audiologist wasn't keen either",
          "I won't be on for the next couple of Tuesdays, they're doing my hip at last. I've been"
              + " waiting eighteen months. I've packed my bag and left the key with next door for"
              + " the cat.",
          "hi, first time here. I have a job interview on Monday and I've not slept properly in"
              + " days thinking about it. how do you all get through interviews");

  @Test
  void should_not_meet_ordinary_session_talk_with_the_crisis_finding() {
    RuleSet rules = Fixtures.ruleSet(Fixtures.allRules());

    assertThat(SESSION_TALK)
        .allSatisfy(s -> assertThat(CrisisVoices.drawsCrisis(rules, s)).as(s).isFalse());
  }

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
