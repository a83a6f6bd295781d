package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyStoriesTest {
  private static final String RULE = "safety";
  private final Transcript party = Transcript.load("pity-party");

  private static List<Finding> safety(Transcript t) {
    return byRule(Fixtures.review(Fixtures.allRules(), t), RULE);
  }

  private static Transcript one(String text) {
    return Transcript.parse(
        "s", "@member a MEMBER Ann\n@facilitator f\n10:00 a SHARING: " + text + "\n");
  }

  @Test
  void should_meet_every_graphic_story_of_the_pity_party_with_rising_severity() {
    List<Finding> f = safety(party);

    assertThat(at(f)).containsExactly(2, 6, 7, 8, 10);
    assertThat(f.get(0).severity()).isEqualTo(Severity.NUDGE);
    assertThat(f.get(0).action()).isEqualTo(SuggestedAction.AFFIRM_AND_SIGNPOST);
    assertThat(f.get(0).message()).startsWith("Gus shared graphic detail of");
    assertThat(f.subList(1, 5))
        .allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INTERVENE));
    assertThat(f.get(1).action()).isEqualTo(SuggestedAction.AFFIRM_AND_SIGNPOST);
    assertThat(f.get(1).message()).contains("graphic story number 2 this session");
  }

  @Test
  void should_not_let_emoji_replies_push_the_first_story_out_of_the_avalanche() {
    List<Finding> f = safety(party);

    Finding avalanche = f.get(2);
    assertThat(avalanche.contribution()).isEqualTo(7);
    assertThat(avalanche.action()).isEqualTo(SuggestedAction.RETURN_TO_TOPIC);
    assertThat(avalanche.contributions()).containsExactly(2, 6, 7);
    assertThat(f.get(3).contributions()).containsExactly(2, 6, 7, 8);
  }

  @Test
  void should_clear_nothing_on_a_dismissive_facilitator_reply() {
    List<Finding> f = safety(party);

    Finding afterMute = f.get(4);
    assertThat(afterMute.contribution()).isEqualTo(10);
    assertThat(afterMute.severity()).isEqualTo(Severity.INTERVENE);
    assertThat(afterMute.contributions()).containsExactly(2, 6, 7, 8, 10);
    assertThat(f).noneMatch(x -> x.contribution() == 9);
  }

  @Test
  void should_name_the_groups_topic_when_it_is_known() {
    List<Finding> f = safety(party);

    assertThat(f)
        .allSatisfy(
            x ->
                assertThat(x.message())
                    .endsWith(
                        "gently bring the group back to medical genetics and local resources."));
    assertThat(safety(one("He was stabbed outside the pub.")).get(0).message())
        .endsWith("gently bring the group back to its topic.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "He was stabbed outside the pub last night.",
        "Someone tried to stab him on the bus.",
        "There was a stabbing on our street.",
        "She had been strangled.",
        "They found him hanging in the garage.",
        "His body was decomposing when they found it.",
        "There were maggots in the wound.",
        "I could see the bone, it was horrible.",
        "My cousin was shot in the head.",
        "There was blood on the floor and blood on the walls.",
        "His leg was bleeding and the skull was cracked open."
      })
  void should_flag_one_strong_cue_or_weak_ones_adding_up_in_any_inflection(String text) {
    List<Finding> f = safety(one(text));

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.NUDGE);
    assertThat(f.get(0).action()).isEqualTo(SuggestedAction.AFFIRM_AND_SIGNPOST);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My blood sugar was 14 and my blood pressure was up too.",
        "The bloody bus was late again.",
        "I had my blood test and my bloods came back fine.",
        "She killed it at her presentation.",
        "I had a panic attack in the car park.",
        "I was so crushed when the letter came."
      })
  void should_leave_everyday_words_alone(String text) {
    assertThat(safety(one(text))).isEmpty();
  }

  @Test
  void should_name_the_category_and_quote_the_whole_word_of_a_stem() {
    Finding f = safety(one("She had been strangled.")).get(0);

    assertThat(f.message()).startsWith("Ann shared graphic detail of violence (\"strangled\")");
  }

  @Test
  void should_keep_a_hosts_plain_graphic_list_at_two_phrases() {
    RuleSet rules =
        RuleSet.builder(Fixtures.version(1, List.of(clause("safety", "Safe.", RULE))))
            .lexicons(
                LexiconSource.of(java.util.Map.of("en/graphic", List.of("splinter", "nail")))
                    .orElse(LexiconSource.builtIn()))
            .build();
    Transcript once = one("A splinter went in.");
    Transcript twice = one("A splinter went under the nail.");

    assertThat(rules.review(once.context(), once.contributions)).isEmpty();
    assertThat(rules.review(twice.context(), twice.contributions)).hasSize(1);
  }

  @Test
  void should_say_which_safety_line_is_malformed() {
    LexiconSource bad =
        LexiconSource.of(java.util.Map.of("en/graphic", List.of("stabbed\tviolense\t1.0")))
            .orElse(LexiconSource.builtIn());

    assertThatThrownBy(
            () ->
                RuleSet.builder(Fixtures.version(1, List.of(clause("safety", "Safe.", RULE))))
                    .lexicons(bad)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lexicon 'graphic'")
        .hasMessageContaining("violense");
  }
}
