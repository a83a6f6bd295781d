package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.guideline.Clause;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sharing not advice on whole sessions: only a directive aimed at another member is nudged, not the
 * many ways of talking that look like one.
 */
class SharingNotAdviceStructureTest {
  private static final String RULE = "sharing-not-advice";
  private static final String MEMBERS =
      """
      @member ann FOUNDING_MEMBER Ann
      @member bob MEMBER Bob
      @member cy MEMBER Cy
      @member dev NEWCOMER Dev
      @member eli MEMBER Eli
      @facilitator ann
      19:00 ann OTHER: Welcome everyone. How has your week been?
      19:01 dev REQUEST_FOR_SUPPORT: I'm struggling to sleep since the diagnosis and work is\
       getting on top of me.
      """;

  /** The numbers of the contributions nudged as advice, with every rule bound. */
  private static List<Integer> nudged(String lines) {
    Transcript t = Transcript.parse("s", MEMBERS + lines);
    return at(byRule(Fixtures.review(Fixtures.allRules(), t), RULE));
  }

  /** The same, with only this rule bound. */
  private static List<Integer> nudgedAlone(String lines) {
    Transcript t = Transcript.parse("s", MEMBERS + lines);
    return at(byRule(Fixtures.review(List.of(clause("s", "Share.", RULE)), t), RULE));
  }

  @Test
  void should_still_nudge_directives_aimed_at_the_member_replied_to() {
    // at most three nudges per member by default: a third member gives the last
    assertThat(
            nudged(
                """
                19:02 bob RESPONSE>2: Dev, you should get your GP to sign you off for a week.
                19:03 cy RESPONSE>2: Why don't you just tell your boss you need a break?
                19:04 bob RESPONSE>2: honestly just quit that job Dev, nothing is worth this.
                19:05 cy RESPONSE>2: And get rid of the telly in the bedroom, make it a rule.
                19:06 bob RESPONSE>2: If I were you I'd ask for a referral to the sleep clinic.
                19:07 cy RESPONSE>2: Maybe try cutting out coffee after lunch, Dev.
                19:08 eli RESPONSE>2: You might want to ask your GP about a sleep clinic referral.
                """))
        .containsExactly(3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void should_not_nudge_own_experience_told_in_a_reply() {
    assertThat(
            nudged(
                """
                19:02 bob RESPONSE>2: I find a short walk after dinner helps me settle.
                19:03 cy RESPONSE>2: What worked for me was to stop looking at my phone in bed.
                19:04 bob RESPONSE>2: Same, take my tablets at nine and read till I drop off.
                19:05 cy RESPONSE>2: I'd be careful comparing, everyone's sleep is different.
                19:06 bob RESPONSE>2: I always make sure I switch the screens off an hour before\
                 bed.
                """))
        .isEmpty();
  }

  @Test
  void should_not_nudge_the_generic_you_of_a_story() {
    assertThat(
            nudged(
                """
                19:02 bob RESPONSE>2: Sometimes you have to just laugh at it, or you'd cry.
                19:03 cy RESPONSE>2: After a while you get used to it, the first months are\
                 the worst.
                19:04 bob RESPONSE>2: You just have to get on with it, don't you.
                19:05 cy RESPONSE>2: You have to laugh really, don't you.
                """))
        .isEmpty();
  }

  @Test
  void should_not_nudge_questions_and_offers() {
    assertThat(
            nudged(
                """
                19:02 bob RESPONSE>2: Would it help to write down what keeps you awake?
                19:03 cy RESPONSE>2: What do you think you need to do first, Dev?
                19:04 bob RESPONSE>2: Do your thoughts race when you lie down?
                19:05 cy RESPONSE>2: Happy to share what I do at night if that's useful.
                """))
        .isEmpty();
  }

  @Test
  void should_not_nudge_a_members_facilitation_moves_encouragement_or_thanks() {
    assertThat(
            nudged(
                """
                19:02 bob RESPONSE>2: Take your time, Dev. Feel free to share as much as you like.
                19:03 cy RESPONSE>2: Hang in there Dev, and don't be so hard on yourself.
                19:04 bob RESPONSE>2: You should be proud of yourself for coming tonight.
                19:05 cy RESPONSE>2: Go easy on yourself this week.
                19:06 dev RESPONSE>5: Thanks Cy, that really helps.
                19:07 bob RESPONSE>2: Be kind to yourself this week.
                19:08 cy RESPONSE>2: You need to be kinder to yourself, Dev.
                19:09 bob RESPONSE>2: Don't beat yourself up about it, Dev.
                19:10 cy RESPONSE>2: Make yourself at home, Dev.
                """))
        .isEmpty();
  }

  @Test
  void should_not_read_a_sharing_without_an_addressee_as_advice() {
    // nobody is replied to or named: a dropped subject is the speaker's own ("I start Monday")
    assertThat(
            nudgedAlone(
                """
                19:02 bob SHARING: Oh and I finally got the new job! Start Monday.
                19:03 cy SHARING: Busy week, new project, feel a bit wired, watching it.
                """))
        .isEmpty();
  }

  @Test
  void should_nudge_advice_to_a_member_named_or_to_the_whole_group() {
    assertThat(
            nudgedAlone(
                """
                19:02 bob SHARING: Dev, you need to get a lock for the bedroom door.
                19:03 cy SHARING: Everyone, try leaving your phones downstairs at night, it helps.
                """))
        .containsExactly(3, 4);
  }

  @Test
  void should_not_nudge_a_member_upholding_the_agreement_not_to_advise() {
    assertThat(
            nudged(
                """
                19:02 bob RESPONSE>2: Dev, you should just quit that job.
                19:03 cy RESPONSE>3: Bob, please don't tell Dev to quit his job. We share what\
                 worked for us here.
                19:04 cy RESPONSE>3: Stop telling him what to do, Bob, we agreed to share.
                19:05 bob RESPONSE>2: Dev, just don't tell your boss yet, it's none of their\
                 business.
                19:06 cy RESPONSE>2: Dev, you need to stop telling everyone you're fine.
                """))
        .containsExactly(3, 6, 7);
  }

  @Test
  void should_leave_a_taunt_dressed_as_advice_to_respectful_exchange() {
    // given
    Transcript t =
        Transcript.parse(
            "s",
            MEMBERS
                + """
                19:02 bob RESPONSE>2: I found a warm bath helped.
                19:03 cy RESPONSE>3: Nobody asked you, Bob. Go back to your knitting.
                """);

    List<Clause> clauses = new ArrayList<>(Fixtures.allRules());
    clauses.add(clause("respect", "We speak to each other with respect.", "respectful-exchange"));

    // when
    List<Finding> f = Fixtures.review(clauses, t);

    // then: one nudge for the contribution, about the remark
    assertThat(at(byRule(f, "respectful-exchange"))).containsExactly(4);
    assertThat(at(byRule(f, RULE))).isEmpty();
  }

  @Test
  void should_not_nudge_pointing_a_member_to_their_own_care_team_or_a_bare_dont() {
    assertThat(
            nudged(
                """
                19:02 bob RESPONSE>2: Yes, definitely talk to your team. Welcome by the way.
                19:03 cy RESPONSE>2: I struggled too. Talk with your doctor about it maybe.
                19:04 eli RESPONSE>2: Dev, you should ask your GP about it.
                19:05 bob RESPONSE>2: don't. I've been there and blocked it out.
                """))
        .isEmpty();
  }

  @Test
  void should_still_nudge_telling_a_member_what_to_ask_for_or_where_to_send_someone() {
    assertThat(
            nudged(
                """
                19:02 eli RESPONSE>2: You might want to ask your GP for a referral to the sleep\
                 clinic, Dev.
                19:03 bob RESPONSE>2: Dev you need to tell your boss where to go. Block his\
                 number and get a sick note for another month.
                """))
        .containsExactly(3, 4);
  }
}
