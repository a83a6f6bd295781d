package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peer replay --as-member}: the demo's group as one of its members may see it. */
class ReplayAsMemberTest {
  /** While the decision about Dana is open: everyone in its electorate has taken a stance. */
  private static final String OPEN = "2026-03-10T19:00:00Z";

  @TempDir Path dir;
  private String log = "";

  @BeforeEach
  void writeTheDemoLog() throws Exception {
    Path file = dir.resolve("events.jsonl");
    Files.writeString(file, PeerProcess.inThisJvm("demo", "--format", "json").out());
    log = file.toString();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("dana-peer");
  }

  @Test
  void should_hide_the_stances_of_a_hidden_ballot_from_a_member_until_the_close() {
    // when dana looks while the decision about her is open
    PeerProcess.Run open =
        PeerProcess.inThisJvm("replay", log, "--as-of", OPEN, "--as-member", "dana");

    // then she sees who took part, not how
    assertThat(open.exitCode()).isEqualTo(0);
    assertThat(open.out())
        .startsWith("as seen by member dana: ballots the group's procedures hide from members")
        .contains("proposal dana-peer \"Welcome Dana as a member\": open\n")
        .contains("   stances hidden from members; took part: bob, carol, frank, alice\n")
        .doesNotContain("carol concern");

    // and the group's own replay shows the stances
    assertThat(PeerProcess.inThisJvm("replay", log, "--as-of", OPEN).out())
        .contains("   stances: bob agree, carol concern, frank agree, alice agree\n")
        .doesNotContain("as seen by");

    // and after the close she sees them too
    assertThat(PeerProcess.inThisJvm("replay", log, "--as-member", "dana").out())
        .contains("proposal dana-peer \"Welcome Dana as a member\": adopted\n")
        .contains("   stances: bob agree, carol concern, frank agree, alice agree\n");
  }

  @Test
  void should_show_a_member_the_objection_integrated_in_an_open_ballot() {
    PeerProcess.Run run = PeerProcess.inThisJvm("replay", log, "--as-member", "frank");

    assertThat(run.out())
        .contains("proposal quiet-voices \"Invite quiet members\": adopted, revision 2\n")
        .contains("   objection 1 by bob: integrated\n")
        .contains(", to be reviewed from 2026-09-01T18:30:00Z");
  }

  @Test
  void should_refuse_someone_who_is_not_a_member_and_print_nothing() {
    PeerProcess.Run run = PeerProcess.inThisJvm("replay", log, "--as-member", "zed");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "peer: --as-member: zed is not a member of group town-hall-diabetes (its members:"
                + " alice, bob, carol, dana, dr-evans, frank)\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void should_refuse_a_member_id_that_cannot_be_one() {
    PeerProcess.Run run = PeerProcess.inThisJvm("replay", log, "--as-member", "no way");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("peer: --as-member: 'no way' is not a member id: ");
    assertThat(run.out()).isEmpty();
  }
}
