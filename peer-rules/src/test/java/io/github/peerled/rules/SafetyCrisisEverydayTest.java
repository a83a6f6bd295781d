package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crisis words that are an everyday complaint (about chores, a job, homework), and confirmations of
 * a crisis already met: neither is met as a new crisis, while a crisis told beside them is.
 */
class SafetyCrisisEverydayTest {
  private static List<Integer> crisisAt(String lines) {
    return Fixtures.crisisAt(lines);
  }

  @Test
  void should_not_read_cant_do_this_anymore_about_a_chore_a_form_or_a_job_as_a_crisis() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: I really can't do this anymore, the washing-up is a mountain and nobody lifts a plate.
            10:01 bo SHARING: I can't do this any more. The council form is forty pages and they sent it back twice.
            10:02 cat SHARING: cant do this anymore lol the laundry pile has its own postcode now
            10:03 ann SHARING: I can't do this anymore. I've saved up the tablets in my drawer for the weekend.
            10:04 bo SHARING: lost the job, lost the flat, and I've got nothing left to lose, me included.
            """);

    assertThat(at).containsExactly(4, 5);
  }

  @Test
  void should_not_read_cant_do_this_about_cover_letters_forms_or_ranked_games_as_a_crisis() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: 63 applications since March. Two interviews. Zero jobs. I can't do this anymore, honestly, if I write one more cover letter my hands will fall off.
            10:01 bo SHARING: The forms are doing my head in. C100, then another form, then another. I'm done. I can't do another form this month.
            10:02 cat SHARING: lost 6 ranked games in a row im literally gonna kms lmao. otherwise decent week tbh
            10:03 ann SHARING: I can't do another day of this. I've got the tablets counted out for tonight.
            """);

    assertThat(at).containsExactly(4);
  }

  @Test
  void should_not_read_an_ending_joked_about_homework_as_a_crisis_unless_it_holds_a_plan() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: same w stats homework. i want to die every time i open it 💀
            10:01 bo SHARING: my suicide plan is more organised than my homework lol
            10:02 cat SHARING: i want to die, everything is pointless and nobody would care
            """);

    assertThat(at).containsExactly(2, 3);
  }

  @Test
  void should_not_meet_a_bare_confirmation_of_a_crisis_already_met_again() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: Sorted my things out this week and wrote a letter for my daughter. She'll be better off without me.
            10:01 fay RESPONSE>1: Ann, thank you for saying that. Are you thinking about ending your life?
            10:02 ann RESPONSE>2: yeah
            10:03 fay RESPONSE>3: Thank you for telling me. I'm staying on with you after this.
            10:04 bo SHARING: Ann we're here.
            10:05 ann RESPONSE>4: I've still got dad's old pills in the drawer. I was going to take them this weekend.
            """);

    assertThat(at).containsExactly(1, 6);
  }

  @Test
  void should_still_meet_an_answer_that_they_are_not_safe_now_after_a_crisis_met() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: Everything feels pointless lately.
            10:01 fay RESPONSE>1: Ann, I want to check in with you. Are you safe right now?
            10:02 ann RESPONSE>2: sort of. i don't know
            10:03 fay RESPONSE>3: Thank you Ann. Are you thinking of ending your life?
            10:04 ann RESPONSE>4: yes
            """);

    // not being sure to be safe now is news even after a crisis met (3); the bare yes to the
    // question of ending one's life after it confirms what is being met (5)
    assertThat(at).contains(3).doesNotContain(5);
  }
}
