package io.github.peerled.examples.scenarios;

import static io.github.peerled.examples.scenarios.MentoringForumStory.INES;
import static io.github.peerled.examples.scenarios.MentoringForumStory.KOFI;
import static io.github.peerled.examples.scenarios.MentoringForumStory.LENA;
import static io.github.peerled.examples.scenarios.MentoringForumStory.MO;
import static io.github.peerled.examples.scenarios.MentoringForumStory.NOOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.ContributionFlagged;
import io.github.peerled.core.event.ContributionHeld;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.HoldReviewed;
import io.github.peerled.core.event.MemberPaused;
import io.github.peerled.core.event.PauseEnded;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.session.SessionId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mentoring forum flags a hostile post and pauses the mentor who keeps attacking. */
class MentoringForumStoryTest {
  private static final SessionId THREAD = SessionId.of("thread-415");

  private final Told told = new MentoringForumStory().run();

  private <E extends GroupEvent> List<E> events(Class<E> type) {
    return told.events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void should_name_the_thread_s_facilitator() {
    assertThat(told.state().session(THREAD).orElseThrow().facilitator()).contains(KOFI);
    assertThat(told.lines()).contains("Thread 415 opens. Its facilitator, who volunteered: Kofi.");
  }

  @Test
  void should_take_the_flag_threshold_from_the_forums_group_file() {
    assertThat(told.state().governance().flagThreshold()).isEqualTo(3);
    assertThat(told.lines())
        .anySatisfy(
            l -> assertThat(l).startsWith("A member may flag a post once, with a reason; at 3"));
  }

  @Test
  void should_hold_the_hostile_post_at_the_third_flag_and_refuse_a_second_flag() {
    List<ContributionFlagged> onThree =
        events(ContributionFlagged.class).stream().filter(f -> f.number() == 3).toList();
    ContributionHeld held = events(ContributionHeld.class).get(0);

    assertThat(onThree).extracting(GroupEvent::actor).containsExactly(INES, MO, NOOR);
    assertThat(onThree).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
    assertThat(held.number()).isEqualTo(3);
    assertThat(held.flags()).isEqualTo(3);
    assertThat(held.actor()).isEqualTo(NOOR);
    assertThat(told.lines())
        .anySatisfy(l -> assertThat(l).startsWith("Mo tries to flag #3 a second time -> rejected"));
  }

  @Test
  void should_have_the_facilitator_review_each_hold_with_a_reason_and_keep_the_posts_in_the_log() {
    List<HoldReviewed> reviews = events(HoldReviewed.class);

    assertThat(reviews).extracting(HoldReviewed::number).containsExactly(3, 5);
    assertThat(reviews).extracting(GroupEvent::actor).containsOnly(KOFI);
    assertThat(reviews).allSatisfy(r -> assertThat(r.kept()).isTrue());
    assertThat(reviews.get(0).reason()).startsWith("A personal attack on a fellow mentor");
    assertThat(told.state().isHidden(THREAD, 3)).isTrue();
    assertThat(told.state().isHidden(THREAD, 5)).isTrue();
    assertThat(told.state().session(THREAD).orElseThrow().contributions()).isEqualTo(6);
    assertThat(told.lines())
        .anySatisfy(
            l -> assertThat(l).startsWith("Ines tries to review the hold herself -> rejected"));
  }

  @Test
  void should_pause_the_mentor_by_a_membership_decision_she_may_speak_on_but_not_count_in() {
    ProposalDecided decided = events(ProposalDecided.class).get(0);
    MemberPaused paused = events(MemberPaused.class).get(0);

    assertThat(decided.proposalId()).isEqualTo(ProposalId.of("pause-lena"));
    assertThat(decided.tally().outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(told.state().proposal(decided.proposalId()).orElseThrow().electorate())
        .doesNotContain(LENA)
        .contains(INES, KOFI, NOOR);
    assertThat(paused.member()).isEqualTo(LENA);
    assertThat(paused.reason()).startsWith("Two personal attacks on a fellow mentor");
    assertThat(told.lines())
        .contains(
            "Lena comments: she was angry about bad advice, not about Ines; she will take the"
                + " break.")
        .anySatisfy(l -> assertThat(l).startsWith("Lena tries to object -> rejected"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("Lena is told: paused until " + paused.until() + ", because: Two"));
    // unwrapped: each line that continues another is indented 4 spaces more
    assertThat(String.join("\n", told.lines()).replaceAll("\n {4,}", " "))
        .contains(
            "Lena tries to post in the thread -> rejected (NOT_PERMITTED): lena is paused until "
                + paused.until()
                + " (Two personal attacks on a fellow mentor in thread 415, both held after"
                + " review. Take two weeks away, then come back.); while paused a member may"
                + " comment on proposals, appeal the pause, leave or be forgotten, but not"
                + " contribute to a session");
  }

  @Test
  void should_end_the_pause_by_itself_at_the_deadline_check() {
    MemberPaused paused = events(MemberPaused.class).get(0);
    PauseEnded ended = events(PauseEnded.class).get(0);

    assertThat(ended.member()).isEqualTo(LENA);
    assertThat(ended.until()).isEqualTo(paused.until());
    assertThat(ended.at()).as("the check at the end date ends it").isEqualTo(paused.until());
    assertThat(ended.endedEarlyBy()).isEmpty();
    assertThat(told.state().pauses()).isEmpty();
    assertThat(told.events().get(told.events().size() - 1).actor()).isEqualTo(LENA);
  }

  @Test
  void should_tell_the_same_story_in_lines_of_at_most_100_characters_that_replay() {
    assertThat(told.lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(100));
    assertThat(told.lines())
        .contains(
            "The log holds "
                + told.events().size()
                + " events; replaying them gives the same"
                + " state: true.");
    assertThat(new MentoringForumStory().run()).isEqualTo(told);
  }
}
