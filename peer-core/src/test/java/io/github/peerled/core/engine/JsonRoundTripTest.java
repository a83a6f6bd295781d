package io.github.peerled.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.guideline.GuidelineHistory;
import io.github.peerled.core.json.PeerledJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every model value the engine produces survives {@code PeerledJson.write} then {@code read}
 * unchanged: commands, events, proposal contents, guideline changes and whole group states after
 * random command sequences.
 */
class JsonRoundTripTest {
  private static final TypeReference<List<GroupEvent>> LOG = new TypeReference<>() {};

  private static <T> void roundTrips(T value, Class<T> type) {
    String json = PeerledJson.write(value);
    assertThat(PeerledJson.read(json, type, "test")).as(json).isEqualTo(value);
    assertThat(PeerledJson.write(PeerledJson.read(json, type, "test")))
        .as("the same value gives the same bytes")
        .isEqualTo(json);
  }

  @Test
  void should_round_trip_every_model_value_of_random_groups() {
    int[] counted = new int[4];
    qt().withFixedSeed(20260106L)
        .withExamples(100)
        .forAll(RandomGroups.scenarios(10, 60))
        .checkAssert(
            sc -> {
              GroupFixture f =
                  RandomGroups.run(sc, step -> roundTrips(step.command(), GroupCommand.class));
              for (GroupEvent e : f.log) {
                roundTrips(e, GroupEvent.class);
                counted[0]++;
              }
              roundTrips(f.state, GroupState.class);
              roundTrips(f.state.guidelines(), GuidelineHistory.class);
              roundTrips(f.state.governance(), GovernanceSettings.class);
              List<Proposal> proposals = new ArrayList<>(f.state.activeProposals());
              proposals.addAll(f.state.pastProposals().values());
              for (Proposal p : proposals) {
                roundTrips(p, Proposal.class);
                roundTrips(p.content(), ProposalContent.class);
                counted[1]++;
                if (p.content() instanceof GuidelineAmendment a) {
                  for (GuidelineChange c : a.changes()) {
                    roundTrips(c, GuidelineChange.class);
                    counted[2]++;
                  }
                }
              }
              List<GroupEvent> log = PeerledJson.read(PeerledJson.write(f.log), LOG, "log");
              assertThat(f.engine.replay(Groups.GROUP, log)).isEqualTo(f.state);
              counted[3]++;
            });

    assertThat(counted[0]).as("events").isGreaterThan(1000);
    assertThat(counted[1]).as("proposals").isGreaterThan(100);
    assertThat(counted[2]).as("guideline changes").isGreaterThan(50);
    assertThat(counted[3]).as("scenarios").isEqualTo(100);
  }

  @Test
  void should_write_the_type_of_each_event_in_a_plain_list_or_map() {
    // given events held in containers whose declared type says nothing of the event types
    GroupFixture f = GroupFixture.given(Groups.founded());
    List<Object> plain = new ArrayList<>(f.log);
    Map<String, Object> byName = Map.of("first", f.log.get(0));

    // when they are written
    String list = PeerledJson.write(plain);
    String map = PeerledJson.write(byName);

    // then each carries its type once, and the list reads back
    assertThat(list).startsWith("[{\"type\":\"GroupFounded\",");
    assertThat(list.split("\"type\":\"GroupFounded\"", -1)).hasSize(2);
    assertThat(map).startsWith("{\"first\":{\"type\":\"GroupFounded\",");
    assertThat(PeerledJson.read(list, LOG, "log")).isEqualTo(f.log);
    assertThat(PeerledJson.write(f.log.get(0))).startsWith("{\"type\":\"GroupFounded\",");
  }

  @Test
  void should_round_trip_a_rejected_command_result() {
    GroupFixture f = GroupFixture.given(Groups.founded());
    CommandResult rejected = f.engine.decide(f.state, Groups.open(Groups.ALICE, "p1"));
    CommandResult accepted =
        f.engine.decide(f.state, Groups.draft(Groups.ALICE, "p1", Groups.logistics("Tuesdays")));

    roundTrips(rejected, CommandResult.class);
    roundTrips(accepted, CommandResult.class);
    assertThat(PeerledJson.write(rejected))
        .isEqualTo(
            "{\"events\":[],\"rejection\":{\"reason\":\"INVALID\",\"message\":\"there is no"
                + " proposal p1\",\"expectedStates\":[]}}");
  }
}
