package io.github.peerled.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.junit.jupiter.api.Test;

/**
 * Every model value the engine produces survives {@code PeerledJson.write} then {@code read}
 * unchanged: commands, events, proposal contents, guideline changes and whole group states after
 * random command sequences.
 */
class JsonRoundTripTest {
  private static final TypeReference<List<GroupEvent>> LOG = new TypeReference<>() {};

  /**
   * Writes a log as a JSON array. A list must be written with its element type, or the elements
   * lose their type property (Java erases the list's element type).
   */
  private static String writeLog(List<GroupEvent> log) {
    try {
      return PeerledJson.newMapper().writerFor(LOG).writeValueAsString(log);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

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
              List<GroupEvent> log = PeerledJson.read(writeLog(f.log), LOG, "log");
              assertThat(f.engine.replay(Groups.GROUP, log)).isEqualTo(f.state);
              counted[3]++;
            });

    assertThat(counted[0]).as("events").isGreaterThan(1000);
    assertThat(counted[1]).as("proposals").isGreaterThan(100);
    assertThat(counted[2]).as("guideline changes").isGreaterThan(50);
    assertThat(counted[3]).as("scenarios").isEqualTo(100);
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
