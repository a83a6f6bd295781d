package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.StanceTaken;
import io.github.peerled.core.json.PeerledJson;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * JSON written before revisions, objections, late decisions and delayed effect existed still reads:
 * the new fields are optional, with defaults that mean what the old JSON meant.
 */
class RevisionsJsonTest {
  private static final Set<String> NEW_FIELDS =
      Set.of(
          "revision",
          "objections",
          "deadlineExtendedTo",
          "ground",
          "objectionTest",
          "anyPeerMayRevise",
          "lateQuorumWindow",
          "lateQuorumExtension",
          "effectDelay",
          "scheduledGuidelines");

  /** The one field added to commands and events that existed before. */
  private static final Set<String> GROUND = Set.of("ground");

  /** The JSON of a value without the fields this change added, as an older release wrote it. */
  private static String older(Object value, Set<String> fields) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode tree = mapper.readTree(PeerledJson.write(value));
    strip(tree, fields);
    String json = mapper.writeValueAsString(tree);
    for (String field : fields) {
      assertThat(json).doesNotContain("\"" + field + "\"");
    }
    return json;
  }

  private static void strip(JsonNode node, Set<String> fields) {
    if (node instanceof ObjectNode o) {
      o.remove(fields);
    }
    node.forEach(n -> strip(n, fields));
  }

  @Test
  void should_read_a_group_state_written_before_revisions_existed() throws Exception {
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Thursdays")))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"))
            .and(
                Groups.stance(
                    CAROL, "p1", io.github.peerled.core.decision.StanceKind.CONCERN, "Hm."));

    GroupState read = PeerledJson.read(older(f.state, NEW_FIELDS), GroupState.class, "snapshot");

    assertThat(read).isEqualTo(f.state);
    Proposal p = read.proposal(ProposalId.of("p1")).orElseThrow();
    assertThat(p.revision()).isEqualTo(1);
    assertThat(p.currentStances()).hasSize(2);
    assertThat(p.toReconfirm()).isEmpty();
    assertThat(
            read.governance()
                .procedureFor(io.github.peerled.core.decision.DecisionKind.LOGISTICS)
                .effectDelay())
        .isZero();
  }

  @Test
  void should_read_stances_and_logs_written_before_objection_grounds_existed() throws Exception {
    GroupCommand object = Groups.object(CAROL, "p1", "Thursdays clash with my clinic.");
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Thursdays")))
            .and(Groups.open(ALICE, "p1"))
            .and(object);
    GroupEvent stance = f.log.get(f.log.size() - 1);

    assertThat(PeerledJson.read(older(object, GROUND), GroupCommand.class, "command"))
        .isInstanceOf(TakeStance.class)
        .isEqualTo(object);
    StanceTaken read =
        (StanceTaken) PeerledJson.read(older(stance, GROUND), GroupEvent.class, "log");
    assertThat(read).isEqualTo(stance);
    assertThat(read.ground()).isEmpty();
    List<GroupEvent> log = new java.util.ArrayList<>();
    for (GroupEvent e : f.log) {
      log.add(PeerledJson.read(older(e, GROUND), GroupEvent.class, "log"));
    }
    GroupState replayed = f.engine.replay(Groups.GROUP, log);
    assertThat(replayed).isEqualTo(f.state);
    assertThat(replayed.proposal(ProposalId.of("p1")).orElseThrow().openObjections()).hasSize(1);
  }
}
