package io.github.peerled.examples.scenarios;

import static io.github.peerled.examples.scenarios.KnowledgeNetworkStory.ANA;
import static io.github.peerled.examples.scenarios.KnowledgeNetworkStory.BEN;
import static io.github.peerled.examples.scenarios.KnowledgeNetworkStory.CHIARA;
import static io.github.peerled.examples.scenarios.KnowledgeNetworkStory.DEV;
import static io.github.peerled.examples.scenarios.KnowledgeNetworkStory.NOTE_TAKER;
import static io.github.peerled.examples.scenarios.KnowledgeNetworkStory.REPRESENTATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.NominationChanged;
import io.github.peerled.core.event.NominationMade;
import io.github.peerled.core.event.NominationsRevealed;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.RoleTermEnded;
import io.github.peerled.core.event.RoleTermStarted;
import io.github.peerled.core.leadership.RoleTermEnd;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The knowledge network selects its representative, told from its example group file. */
class KnowledgeNetworkStoryTest {
  private final Told told = new KnowledgeNetworkStory().run();

  private <E extends GroupEvent> List<E> events(Class<E> type) {
    return told.events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void should_found_the_network_with_the_roles_its_group_file_defines() {
    assertThat(told.state().governance().roles())
        .extracting(r -> r.name())
        .containsExactly(REPRESENTATIVE, NOTE_TAKER);
    assertThat(told.state().governance().role(REPRESENTATIVE).orElseThrow().term())
        .isEqualTo(Duration.ofDays(180));
    assertThat(told.lines())
        .contains(
            "== 1. The network and the roles it defines",
            "   [representative] a term of 180 days, at most 2 terms in a row; not open to"
                + " newcomers, not to");
  }

  @Test
  void should_keep_each_nomination_hidden_until_the_reveal_and_refuse_an_advisor() {
    assertThat(events(NominationMade.class)).hasSize(4);
    assertThat(told.lines())
        .contains(
            "What a member sees before the reveal: Ana, Chiara, Ben and Dev nominated; 0"
                + " nominations can be read.")
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "Dev tries to nominate Prof. Lund -> rejected (INVALID): $.nominee:"
                            + " prof-lund is an advisor"));
    NominationsRevealed revealed = events(NominationsRevealed.class).get(0);
    assertThat(revealed.nominations()).containsEntry(BEN, ANA).containsEntry(DEV, CHIARA);
  }

  @Test
  void should_let_a_member_change_their_nomination_in_the_change_round() {
    NominationChanged changed = events(NominationChanged.class).get(0);

    assertThat(changed.actor()).isEqualTo(BEN);
    assertThat(changed.previous()).contains(ANA);
    assertThat(changed.nominee()).isEqualTo(CHIARA);
    assertThat(told.lines())
        .contains("The count: Chiara 2, Ana 2.")
        .anySatisfy(l -> assertThat(l).endsWith("to Chiara. The count: Chiara 3, Ana 1."));
  }

  @Test
  void should_select_by_consent_leaving_the_nominee_out_of_the_count() {
    ProposalDecided decided = events(ProposalDecided.class).get(0);

    assertThat(decided.proposalId()).isEqualTo(ProposalId.of("representative-2026"));
    assertThat(decided.tally().outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(decided.tally().electorate()).isEqualTo(3);
    assertThat(told.state().proposal(decided.proposalId()).orElseThrow().electorate())
        .containsExactly(ANA, BEN, DEV);
    assertThat(told.lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("Chiara tries to consent to her own selection -> rejected"));
  }

  @Test
  void should_start_each_term_and_end_it_at_the_deadline_check() {
    List<RoleTermStarted> started = events(RoleTermStarted.class);
    List<RoleTermEnded> ended = events(RoleTermEnded.class);

    assertThat(started).extracting(RoleTermStarted::member).containsExactly(CHIARA, ANA);
    assertThat(ended).extracting(RoleTermEnded::member).containsExactly(ANA, CHIARA);
    assertThat(ended).extracting(RoleTermEnded::reason).containsOnly(RoleTermEnd.TERM_ENDED);
    assertThat(ended.get(1).endsAt()).isEqualTo(started.get(0).endsAt());
    assertThat(ended.get(1).at()).isEqualTo(started.get(0).endsAt());
    assertThat(told.state().tenure(REPRESENTATIVE).orElseThrow().holder()).isEmpty();
    assertThat(told.state().tenure(NOTE_TAKER).orElseThrow().holder()).isEmpty();
    assertThat(told.lines())
        .contains("The check on 2026-11-02 ends Chiara's term as representative (term ended).")
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("A day early, Ben's host checks the deadlines -> rejected"));
  }

  @Test
  void should_name_rotations_fallback_when_nobody_stands() {
    NominationsRevealed notes = events(NominationsRevealed.class).get(1);

    assertThat(notes.role()).isEqualTo(NOTE_TAKER);
    assertThat(notes.nominations()).isEmpty();
    assertThat(notes.fallback()).contains(ANA);
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
    assertThat(new KnowledgeNetworkStory().run()).isEqualTo(told);
  }
}
