package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.group.MemberId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EveryoneCountsRuleTest {
  private static final String RULE = "everyone-counts";
  private static final String MEMBERS =
      "@member ann MEMBER Ann\n@member bob MEMBER Bob\n@member cy MEMBER Cy\n@member di MEMBER Di\n";

  private static List<Finding> review(Map<String, String> params, String transcript) {
    return byRule(
        Fixtures.review(
            List.of(clause("everyone", "Everyone counts.", RULE, params)),
            Transcript.parse("s", MEMBERS + transcript)),
        RULE);
  }

  @Test
  void should_flag_a_request_for_support_left_unanswered_for_several_contributions() {
    List<Finding> f =
        byRule(
            Fixtures.review(Fixtures.allRules(), Transcript.load("rare-condition-online")), RULE);

    Finding unanswered =
        f.stream()
            .filter(x -> x.action() == SuggestedAction.RESPOND_TO_UNANSWERED_REQUEST)
            .findFirst()
            .orElseThrow();
    assertThat(unanswered.contributions()).containsExactly(4, 8);
    assertThat(unanswered.members()).containsExactly(MemberId.of("oli"));
  }

  @Test
  void should_flag_a_request_left_unanswered_for_some_minutes() {
    List<Finding> f =
        review(
            Map.of("unansweredAfter", "PT10M"),
            """
                10:00 ann REQUEST_FOR_SUPPORT: I'm struggling this week.
                10:12 bob SHARING: I had a good week actually.
                """);

    assertThat(f)
        .filteredOn(x -> x.action() == SuggestedAction.RESPOND_TO_UNANSWERED_REQUEST)
        .extracting(Finding::contributions)
        .containsExactly(List.of(1, 2));
  }

  @Test
  void should_count_a_reply_or_a_response_from_someone_else_as_an_answer() {
    String replies =
        """
            10:00 ann REQUEST_FOR_SUPPORT: I'm struggling this week.
            10:01 ann SHARING: It's the night shifts.
            10:02 bob RESPONSE: That sounds exhausting, I've been there.
            10:03 cy REQUEST_FOR_SUPPORT: Can I ask something too?
            10:04 di RESPONSE>4: Of course.
            10:05 ann SHARING: Thanks all.
            10:06 bob SHARING: Me too.
            10:07 cy SHARING: Yes.
            10:08 di SHARING: Good.
            """;

    assertThat(review(Map.of("quietAfterTurns", "0"), replies)).isEmpty();
  }

  @Test
  void should_flag_a_request_still_open_when_the_session_ends() {
    List<Finding> f =
        review(Map.of(), "10:00 ann SHARING: Hello.\n10:01 bob REQUEST_FOR_SUPPORT: Help?\n");

    assertThat(f)
        .filteredOn(x -> x.action() == SuggestedAction.RESPOND_TO_UNANSWERED_REQUEST)
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("before the session ended"));
  }

  @Test
  void should_invite_members_who_have_not_spoken_when_someone_spoke_k_times() {
    List<Finding> f =
        review(
            Map.of("quietAfterTurns", "2"),
            """
                10:00 ann SHARING: Hi.
                10:01 bob SHARING: Hi.
                10:02 ann SHARING: Again.
                10:03 ann SHARING: Once more.
                """);

    assertThat(f.get(0).contribution()).isEqualTo(3);
    assertThat(f.get(0).action()).isEqualTo(SuggestedAction.INVITE_QUIET_MEMBER);
    assertThat(f.get(0).members()).containsExactly(MemberId.of("cy"), MemberId.of("di"));
    assertThat(f).hasSize(2); // each quiet member is invited once during the session
    assertThat(f.get(1).message()).contains("did not speak"); // and named again at the end
    assertThat(f.get(1).members()).containsExactly(MemberId.of("cy"), MemberId.of("di"));
  }

  @Test
  void should_name_the_quiet_at_the_end_only_unless_an_early_invitation_is_asked_for() {
    List<Finding> f =
        review(
            Map.of(),
            """
                10:00 ann SHARING: Hi.
                10:01 bob SHARING: Hi.
                10:02 ann SHARING: Again.
                10:03 ann SHARING: Once more.
                10:04 ann SHARING: And one more thing.
                """);

    assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("did not speak"));
    assertThat(f.get(0).members()).containsExactly(MemberId.of("cy"), MemberId.of("di"));
  }

  @Test
  void should_ask_everyone_to_speak_before_anyone_speaks_twice_in_a_go_round() {
    List<Finding> f =
        review(
            Map.of("goRound", "true", "quietAfterTurns", "0"),
            """
                10:00 ann SHARING: Hi.
                10:01 bob SHARING: Hi.
                10:02 ann SHARING: And another thing.
                10:03 cy SHARING: Hi.
                10:04 di SHARING: Hi.
                10:05 bob SHARING: Round two.
                """);

    assertThat(at(f)).containsExactly(3);
    assertThat(f.get(0).members())
        .containsExactly(MemberId.of("ann"), MemberId.of("cy"), MemberId.of("di"));
  }

  @Test
  void should_measure_participation_equity_at_the_end() {
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      t.append("10:0").append(i).append(" ann SHARING: I keep going on about my week again.\n");
    }
    t.append("10:10 bob SHARING: Ok.\n");

    List<Finding> f = review(Map.of("quietAfterTurns", "0"), t.toString());

    assertThat(f)
        .filteredOn(x -> x.action() == SuggestedAction.BALANCE_PARTICIPATION)
        .hasSize(2)
        .allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    assertThat(f.get(0).message()).contains("did not speak"); // cy and di
  }

  @Test
  void should_not_count_replies_as_taking_the_floor_from_quiet_members() {
    // given: ann answers bob back and forth, then takes the floor on her own
    String exchange =
        """
            10:00 ann SHARING: Hi all.
            10:01 bob SHARING: I've had a hard week.
            10:02 ann RESPONSE>2: I'm sorry, Bob. What happened?
            10:03 bob RESPONSE>3: Work, mostly.
            10:04 ann RESPONSE>4: That sounds a lot.
            10:05 ann SHARING: My week was fine.
            10:06 ann SHARING: And the weekend too.
            """;

    // when
    List<Finding> f =
        review(Map.of("quietAfterTurns", "3"), exchange).stream()
            .filter(x -> x.action() == SuggestedAction.INVITE_QUIET_MEMBER)
            .toList();

    // then: invited when ann has taken the floor three times (7), and named again at the end
    assertThat(f.get(0).contribution()).isEqualTo(7);
    assertThat(f.get(0).message()).startsWith("Ann has taken the floor 3 times");
    assertThat(f.get(0).members()).containsExactly(MemberId.of("cy"), MemberId.of("di"));
  }
}
