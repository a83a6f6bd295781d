package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.IntegrateObjection;
import io.github.peerled.core.command.ReviseProposal;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import org.junit.jupiter.api.Test;

/**
 * Objection ids are typed, and their JSON is the number it was before they were: logs written
 * before still read, and a bad id is refused with its path.
 */
class ObjectionIdJsonTest {
  private static final ProposalId P1 = ProposalId.of("p1");

  /** p1 open, carol objecting (objection 1), alice revising to address it, carol integrating it. */
  private static GroupFixture integrated() {
    return GroupFixture.given(Groups.founded())
        .and(Groups.draft(ALICE, "p1", Groups.logistics("Thursdays")))
        .and(Groups.open(ALICE, "p1"))
        .and(Groups.object(CAROL, "p1", "Thursdays clash with my clinic."))
        .and(
            ReviseProposal.builder()
                .actor(ALICE)
                .proposalId(P1)
                .content(Groups.logistics("Wednesdays"))
                .addAddresses(ObjectionId.of(1))
                .build())
        .and(
            IntegrateObjection.builder()
                .actor(CAROL)
                .proposalId(P1)
                .objection(ObjectionId.of(1))
                .build());
  }

  @Test
  void should_write_objection_ids_as_the_numbers_they_were() {
    GroupFixture f = integrated();
    int n = f.log.size();

    assertThat(PeerledJson.write(f.log.get(n - 2))).contains("\"addresses\":[1]");
    assertThat(PeerledJson.write(f.log.get(n - 1)))
        .endsWith(",\"proposalId\":\"p1\",\"objection\":1}");
    assertThat(PeerledJson.write(f.state)).contains("\"objections\":[{\"number\":1,");
  }

  @Test
  void should_read_a_log_line_in_the_format_written_before_objection_ids_were_typed() {
    GroupFixture f = integrated();
    GroupEvent last = f.log.get(f.log.size() - 1);
    String line =
        "{\"type\":\"ObjectionIntegrated\",\"sequence\":"
            + last.sequence()
            + ",\"groupId\":\"diabetes-town-hall\",\"actor\":\"carol\",\"at\":\""
            + last.at()
            + "\",\"proposalId\":\"p1\",\"objection\":1}";

    GroupEvent read = PeerledJson.read(line, GroupEvent.class, "log");

    assertThat(read).isEqualTo(last);
    f.log.set(f.log.size() - 1, read);
    assertThat(f.engine.replay(Groups.GROUP, f.log)).isEqualTo(f.state);
  }

  @Test
  void should_refuse_an_objection_id_below_one_with_its_path() {
    String command =
        "{\"type\":\"WithdrawObjection\",\"actor\":\"carol\",\"proposalId\":\"p1\",\"objection\":0}";

    assertThatThrownBy(
            () ->
                PeerledJson.read(
                    command, io.github.peerled.core.command.GroupCommand.class, "command"))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.objection")
        .hasMessageContaining("an objection id is its number within its proposal, from 1; was 0");
  }
}
