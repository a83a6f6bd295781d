package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceChange;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ImmutableGovernanceChange;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.GovernanceSettingsChanged;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.leadership.RotationKind;
import io.github.peerled.core.leadership.RotationPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A governance change carries the settings it was drafted on; once other settings are in force it
 * is a conflict, never adopted over them, as a guideline amendment on an outdated version is.
 */
class GovernanceChangeTest {
  private static final TypeReference<List<GroupEvent>> LOG = new TypeReference<>() {};
  private static final GovernanceSettings DEFAULTS = GovernanceSettings.ofDefaults();
  private static final GovernanceSettings SHORTER_PERIOD =
      GovernanceSettings.custom().newcomerPeriod(Duration.ofDays(30)).build();
  private static final GovernanceSettings STRICTER_LOGISTICS =
      GovernanceSettings.custom()
          .putProcedure(DecisionKind.LOGISTICS, DecisionProcedure.supermajority(0.75))
          .build();

  /** Opens a proposal and has every founder agree to it. */
  private static GroupFixture agreed(GroupFixture f, MemberId proposer, String id) {
    return f.and(Groups.open(proposer, id))
        .and(Groups.agree(ALICE, id))
        .and(Groups.agree(BOB, id))
        .and(Groups.agree(CAROL, id));
  }

  @Test
  void should_refuse_to_adopt_a_governance_change_drafted_on_settings_changed_since() {
    // given two governance changes drafted on the same settings, both open and agreed to
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.draft(ALICE, "p1", Groups.governance(DEFAULTS, SHORTER_PERIOD)))
            .and(Groups.draft(BOB, "p2", Groups.governance(DEFAULTS, STRICTER_LOGISTICS)));
    agreed(agreed(f, ALICE, "p1"), BOB, "p2");

    // when the first is adopted
    f.when(Groups.close(ALICE, "p1"))
        .thenEvents(ProposalDecided.class, GovernanceSettingsChanged.class);

    // then adopting the second, which would silently undo the first, is a conflict
    f.when(Groups.close(BOB, "p2"))
        .thenRejected(
            RejectionReason.CONFLICT,
            "proposal p2 is based on governance settings that have changed since (the newcomer"
                + " period); adopting it would undo that decision; withdraw it and propose again"
                + " on the settings in force");
    assertThat(f.state.governance()).isEqualTo(SHORTER_PERIOD);
  }

  @Test
  void should_refuse_to_draft_or_open_a_governance_change_on_settings_no_longer_in_force() {
    // given p2 was drafted on the defaults, and a leadership decision then changed the rotation
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.draft(BOB, "p2", Groups.governance(DEFAULTS, STRICTER_LOGISTICS)))
            .and(Groups.adopted("p1", Groups.rotation(RotationPolicy.of(RotationKind.VOLUNTEER))));

    // then p2 cannot be opened, nor a change drafted on the defaults, nor one without a base
    f.when(Groups.open(BOB, "p2"))
        .thenRejected(
            RejectionReason.CONFLICT,
            "proposal p2 is based on governance settings that have changed since (the rotation"
                + " policy); adopting it would undo that decision; withdraw it and propose again"
                + " on the settings in force");
    f.when(Groups.draft(BOB, "p3", Groups.governance(DEFAULTS, STRICTER_LOGISTICS)))
        .thenRejected(RejectionReason.CONFLICT);
    f.when(
            Groups.draft(
                BOB,
                "p3",
                ImmutableGovernanceChange.builder().settings(STRICTER_LOGISTICS).build()))
        .thenRejected(
            RejectionReason.INVALID,
            "a governance change needs its base: the governance settings in force it was drafted"
                + " on");

    // and one drafted on the settings in force is taken
    f.when(Groups.draft(BOB, "p3", Groups.governance(f.state.governance(), STRICTER_LOGISTICS)))
        .thenEvents(ProposalDrafted.class);
  }

  @Test
  void should_replay_a_governance_change_drafted_without_a_base_and_never_adopt_it()
      throws Exception {
    // given a log written before governance changes carried their base, with p1 open and agreed
    GroupFixture then =
        GroupFixture.given(Groups.founded())
            .and(Groups.draft(ALICE, "p1", Groups.governance(DEFAULTS, SHORTER_PERIOD)));
    agreed(then, ALICE, "p1");
    ObjectMapper mapper = PeerledJson.newMapper();
    JsonNode log = mapper.readTree(PeerledJson.write(then.log));
    for (JsonNode event : log) {
      if (event.get("type").asText().equals("ProposalDrafted")) {
        ((ObjectNode) event.get("content")).remove("base");
      }
    }
    List<GroupEvent> old = PeerledJson.read(mapper.writeValueAsString(log), LOG, "old log");

    // when it is replayed
    GroupFixture f = GroupFixture.givenEvents(old);
    assertThat(f.engine.replay(Groups.GROUP, old)).isEqualTo(f.state);
    GovernanceChange content =
        (GovernanceChange) f.state.proposal(ProposalId.of("p1")).orElseThrow().content();
    assertThat(content.base()).isEmpty();

    // then its proposal cannot be adopted: what it was drafted on is unknown
    f.when(Groups.close(ALICE, "p1"))
        .thenRejected(
            RejectionReason.CONFLICT,
            "proposal p1 does not say which governance settings it was drafted on (an earlier"
                + " release did not record it), so adopting it could undo a later decision;"
                + " withdraw it and propose again on the settings in force");
  }
}
