package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the facilitator or an invited advisor says in their role (a check, a signpost, moderation,
 * advice on a medicine) is no crisis of theirs, while a member's disclosure beside it is met, and
 * so is a stock crisis phrase in their own words.
 */
class SafetyCrisisRolesTest {
  private static final String GROUP =
      """
      @member ann MEMBER Ann
      @member bo MEMBER Bo
      @member nurse ADVISOR Nurse Okafor
      @facilitator fay
      @member fay FOUNDING_MEMBER Fay
      """;

  private static List<Integer> crisisAt(String lines) {
    Transcript t = Transcript.parse("s", GROUP + lines);
    return Fixtures.byRule(Fixtures.review(Fixtures.allRules(), t), "safety").stream()
        .filter(f -> f.action() == SuggestedAction.CHECK_SAFETY)
        .map(Finding::contribution)
        .toList();
  }

  @Test
  void should_not_read_the_facilitators_check_moderation_or_welcome_as_a_crisis() {
    List<Integer> at =
        crisisAt(
            """
            10:00 fay OTHER: Evening everyone, and welcome Hannah. Tonight's theme is exercise, alcohol and being ill.
            10:01 ann SHARING: took some pills earlier idk if it was a good idea tbh. feel kinda weird
            10:02 fay RESPONSE>2: ann thank u for telling us. i need to ask: what pills and how many, and when? are you safe right now?
            10:03 bo SHARING: My week was fine, the new sensor is working.
            10:04 fay OTHER: Let's pause there a minute. These are heavy, and I want us to look after each other with them.
            10:05 fay OTHER: Thanks all. Ann, stay on. Everyone else, look after each other this week.
            """);

    assertThat(at).containsExactly(2);
  }

  @Test
  void should_not_read_an_advisors_advice_on_a_medicine_or_signpost_as_a_crisis() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: I've been getting sick from the metformin, stomach cramps every night.
            10:01 nurse RESPONSE>1: Ann, don't just stop it. Take it in the middle of your meal rather than before, and if the cramps carry on, ring me and we'll look at the slow-release one.
            10:02 nurse OTHER: One thing I'd love you all to do: take your folic acid every day, and if you're on hydroxyurea don't stop it on your own if you feel sick, ring us first.
            10:03 bo SHARING: I've saved up my tablets in the drawer and I'm going to take them all on Friday.
            """);

    assertThat(at).containsExactly(4);
  }

  @Test
  void should_still_meet_a_stock_crisis_phrase_in_the_facilitators_own_words() {
    List<Integer> at =
        crisisAt(
            """
            10:00 fay SHARING: Before we start, I have to be honest with you all: I want to kill myself.
            10:01 ann RESPONSE>1: Fay, we're here for you.
            """);

    assertThat(at).containsExactly(1);
  }

  @Test
  void should_meet_the_facilitators_own_disclosure_in_unstock_words() {
    List<Integer> at =
        crisisAt(
            """
            10:00 fay OTHER: Before we start, I should be honest with you all. I've been saving up my tablets and I've written letters to my kids.
            10:01 ann RESPONSE>1: Fay, thank you for telling us.
            10:02 nurse OTHER: I've stopped seeing the point of anything, I've given my cat to my sister and sorted my will.
            """);

    assertThat(at).containsExactly(1, 3);
  }
}
