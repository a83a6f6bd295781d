package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crisis told as final arrangements: affairs settled, things given away or sold, what one won't
 * need after, with a day, being alone, a place of a fall or a hedged thought; and arrangements of
 * the same shape made for an everyday purpose, which are no crisis.
 */
class SafetyCrisisArrangementTest {
  private static List<Integer> crisisAt(String lines) {
    return Fixtures.crisisAt(lines);
  }

  // Contributions the rules missed in a tuning session set (sessions-tuning12), each in its
  // session's own words.
  @Test
  void should_meet_a_plan_told_as_settled_affairs() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: Got it all squared away this week. Will's signed, the dogs go to Lupe's boy, and I called the insurance twice to be sure the policy pays out no matter how. After the sale barn on the third I won't be needin' the truck or much of anything.
            10:01 bo SHARING: ive give my ps5 n my trainers to my little brother already, he was buzzin lol. told my PA i wont need the flat after the 20th. its all sorted so dont stress bout me
            10:02 cat SHARING: I've been low. I've picked the date, it's after my nephew's graduation so I don't spoil that for him. The van's sold, my mother has a letter for after, and the cat will go to my neighbour.
            10:03 ann SHARING: I've the car in for a full service Friday so it'll be right for Sunday night. I'll take her up the Sally Gap on my own, there's a lay-by at the top nobody uses. Told the brother he can have the golf clubs and the telly, he won't have to sort anything after.
            """);

    assertThat(at).containsExactly(1, 2, 3, 4);
  }

  @Test
  void should_meet_a_hedged_thought_of_a_place_and_being_alone() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: Some nights I roll down to the end of the pier after my attendant leaves. I sit there and think it wouldn't take much, the railing's low just there.
            10:01 bo SHARING: I'll be honest. I'd thought about just takin' the old Ford out to the north pasture some night and not comin' back to the house. Nobody'd go lookin' till mornin'.
            """);

    assertThat(at).containsExactly(1, 2);
  }

  @Test
  void should_leave_arrangements_made_for_an_everyday_purpose_alone() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: Since the diagnosis we've done our wills and the power of attorney, it's all sorted, and the funeral plan is paid for. Now we're off to see the grandkids.
            10:01 bo SHARING: Gave a bag of my old jeans to the charity shop, lost two stone since January and nothing fits! Sorted everything for the holiday too, flights paid.
            10:02 cat SHARING: We're moving to Portugal in March so I won't need my winter boots after, sorted everything for the removals on the 3rd.
            10:03 ann SHARING: I'm arranging the funeral for my uncle on Friday, the will's been read and the house is sold.
            10:04 bo SHARING: Passed my test! Taking the car out on my own on Sunday, first long drive.
            10:05 cat SHARING: I'm on nights this month, driving on my own up the bypass at midnight for my shift.
            """);

    assertThat(at).isEmpty();
  }

  @Test
  void should_meet_a_day_and_being_alone_added_after_a_crisis_was_met() {
    List<Integer> at =
        crisisAt(
            """
            10:00 ann SHARING: I don't want to be here anymore, I've kept my tablets back.
            10:01 fay RESPONSE>1: Ann, thank you for telling me. Can we talk after the group?
            10:02 ann RESPONSE>2: I'd thought about Thursday when my partner's on the late shift.
            10:03 bo SHARING: I keep thinking about ending my life, honestly.
            10:04 fay RESPONSE>4: Bo, I'm glad you said. Shall I ring you later?
            10:05 bo RESPONSE>5: ok. I'll be in Monday.
            """);

    // 3 adds a day and being alone to a crisis just met; Bo's "Monday" alone adds nothing
    assertThat(at).contains(1, 3, 4).doesNotContain(6);
  }
}
