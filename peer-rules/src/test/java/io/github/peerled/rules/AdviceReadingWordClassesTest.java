package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sharing not advice and facilitator not expert read by word classes and clause structure, with
 * every rule bound: a medicine the word lists do not know, named by its ending; a name inside a
 * clause, which is nobody addressed; the speaker as what a dose verb changes; asking the care team
 * for something; a pronoun standing for the care team; "one" standing for a leaflet; and banter or
 * a joke taken back, which tells nobody what to do.
 */
class AdviceReadingWordClassesTest {
  private static final String SHARING = "sharing-not-advice";
  private static final String EXPERT = "facilitator-not-expert";
  private static final String MEMBERS =
      """
      @member ann FOUNDING_MEMBER Ann
      @member bob MEMBER Bob
      @member cy MEMBER Cy
      @member sal MEMBER Sal
      @member tracey ADVISOR Tracey
      @facilitator ann
      19:00 ann OTHER: Evening all. How has the week been?
      """;

  private static List<Finding> review(String lines) {
    return Fixtures.reviewAll(MEMBERS, lines);
  }

  @Test
  void should_read_a_medicine_named_by_its_ending_as_the_medicine_of_an_instruction() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: The spasms at night are awful, four hours sleep at most.
            19:02 bob RESPONSE>2: Just take double the baclofen at night and none in the day\
             Sal, that's what I do, sorted.
            19:03 cy RESPONSE>2: I take baclofen at night myself and it helps me.
            19:04 cy SHARING: Everyone knows the new rota is dangerous, that's just a fact.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(3);
    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_read_an_unlisted_medicine_in_the_clause_of_an_instruction() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: They give me the hormone tablets to start. I feel hot and cold.
            19:02 bob RESPONSE>2: Take the bicalutamide at night instead of morning Sal, and only\
             half a tablet first week till you get used to it.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(3);
  }

  @Test
  void should_read_a_dose_verb_aimed_at_a_target_dose_as_an_instruction() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: Rheumatology put me up to 15mg of pred for a fortnight.
            19:02 bob RESPONSE>2: Sal don't stay on 15, that's loads. Drop yourself back to 5             after a week, the moon face isn't worth it.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(3);
    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_not_read_a_name_in_a_clause_the_speaker_or_a_dose_after_a_preposition_as_told() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: My oncologist says there's no proof the tea cures anything.
            19:02 bob RESPONSE>2: Me nah want Sal skip him treatment for a tea.
            19:03 cy SHARING: I've the lowest dose in the group and never out of range.\
             Bob and Sal double me between them.
            19:04 bob RESPONSE>4: I'm at 5 on half your dose, so my kidney's doing better.
            """);

    assertThat(byRule(f, EXPERT)).isEmpty();
  }

  @Test
  void should_leave_asking_the_clinic_for_something_to_sharing_not_advice() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: Had a tummy bug and panicked about my hydrocortisone and the\
             emergency injection.
            19:02 bob RESPONSE>2: Sal, why not ask the clinic for a practice run with the\
             injection kit?
            """);

    assertThat(byRule(f, EXPERT)).isEmpty();
    assertThat(at(byRule(f, SHARING))).containsExactly(3);
  }

  @Test
  void should_read_a_pronoun_for_the_nurse_and_one_for_a_leaflet_as_no_instruction() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: They started me on the hormone tablets and I feel hot and cold.
            19:02 ann RESPONSE>2: Bob, dose is between Sal and her consultant. Sal, the specialist\
             nurse number is on the card I gave you, ring them about the flushes.
            19:03 cy SHARING: My sugars are all over the place since they put me on metformin.
            19:04 ann RESPONSE>4: Cy, the leaflet at the back talks about diet and other remedies,\
             please take one.
            """);

    assertThat(byRule(f, EXPERT)).isEmpty();
  }

  @Test
  void should_not_read_banter_or_a_joke_taken_back_as_advice() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: Fell asleep in a meeting again on Tuesday. My boss is not thrilled.
            19:02 bob RESPONSE>2: Been there. Have you tried setting fourteen alarms? Kidding.\
             Sort of.
            19:03 cy RESPONSE>3: Don't get cocky, Bob 😂
            19:04 cy RESPONSE>2: Sal, you should ask HR for scheduled naps at work.
            """);

    assertThat(at(byRule(f, SHARING))).containsExactly(5);
  }

  @Test
  void should_leave_experience_stories_leaflets_and_kindness_alone() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: Cycle started again Monday. Three a night so far.
            19:02 bob RESPONSE>2: What I've found is the oxygen at fifteen litres works for me\
             inside ten minutes, every time.
            19:03 cy RESPONSE>2: My neuro told me to start the verapamil as soon as I feel a cycle\
             coming, so I do that now.
            19:04 sal RESPONSE>3: Why does it always pick 2am? Does it own a watch?
            19:05 bob SHARING: My wife said "if I were you I'd sleep downstairs so you don't wake\
             the baby". Best thing she ever said.
            19:06 cy SHARING: The charity leaflet puts it well: "attacks often come at the same\
             time each day".
            19:07 ann SHARING: When mine flared I found a lukewarm shower before bed helped me.
            19:08 bob RESPONSE>2: Hang in there, Sal. It ends. It always ends.
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
    assertThat(byRule(f, EXPERT)).isEmpty();
  }
}
