package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableCloseProposal;
import io.github.peerled.core.command.ImmutableCommentOnProposal;
import io.github.peerled.core.command.ImmutableForgetMember;
import io.github.peerled.core.command.ImmutableJoinGroup;
import io.github.peerled.core.command.ImmutableTakeStance;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.engine.CommandResult;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.runtime.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A group in which one member, Margarethe Quill, joins, speaks, comments and takes a stance with a
 * reason, and then asks to be forgotten; told against any store, so that each store's test can look
 * at what its raw storage still holds.
 */
final class ForgetStory {
  static final GroupId GROUP = GroupId.of("town-hall");
  static final MemberId QUILL = MemberId.of("quill");
  static final String NAME = "Margarethe Quill";
  static final String SAID = "My pump failed at my sister's wedding";
  static final String COMMENT = "Fridays clash with my dialysis";
  static final String REASON = "It carried me through last winter";

  /** What the raw storage must not hold after the forgetting, as UTF-8. */
  static final List<String> SECRETS = List.of(NAME, SAID, COMMENT, REASON);

  private Instant now = Fixtures.START;
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  final GroupEngine engine = GroupEngine.of(clock);
  final EventStore store;
  GroupState state = GroupState.initial(GROUP);

  ForgetStory(EventStore store) {
    this.store = store;
  }

  /** Decides a command, appends its events to the store, and returns the result. */
  CommandResult give(GroupCommand c) {
    GroupEngine.Applied a = engine.apply(state, c);
    if (a.result().rejection().isEmpty()) {
      store.append(GROUP, state.version(), a.result().events());
      state = a.state();
    }
    return a.result();
  }

  private void must(GroupCommand c) {
    CommandResult r = give(c);
    assertThat(r.rejection()).as("the story's %s", c).isEmpty();
  }

  /** Founds the group; Quill joins, speaks, comments and takes a stance; a proposal is decided. */
  ForgetStory told() {
    Fixtures.founded(1).forEach(this::must);
    must(
        ImmutableJoinGroup.builder()
            .actor(QUILL)
            .displayName(NAME)
            .standing(Standing.NEWCOMER)
            .acknowledgedVersion(1)
            .build());
    must(Fixtures.schedule("s1"));
    must(Fixtures.start("s1"));
    must(Fixtures.say(QUILL, "s1", SAID));
    must(Fixtures.say(Fixtures.BOB, "s1", "Thank you for telling us"));
    must(Fixtures.draft("p1"));
    must(Fixtures.open("p1"));
    must(
        ImmutableCommentOnProposal.builder()
            .actor(QUILL)
            .proposalId(ProposalId.of("p1"))
            .text(COMMENT)
            .build());
    must(
        ImmutableTakeStance.builder()
            .actor(QUILL)
            .proposalId(ProposalId.of("p1"))
            .kind(StanceKind.AGREE)
            .reason(REASON)
            .build());
    for (MemberId m : List.of(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL, Fixtures.member(0))) {
      must(Fixtures.stance(m, "p1", StanceKind.AGREE));
    }
    now = now.plus(Duration.ofDays(8));
    must(
        ImmutableCloseProposal.builder()
            .actor(Fixtures.ALICE)
            .proposalId(ProposalId.of("p1"))
            .build());
    return this;
  }

  /** Quill asks to be forgotten. */
  CommandResult forget() {
    return give(ImmutableForgetMember.builder().actor(QUILL).build());
  }

  /** The group goes on after the forgetting; Quill's id stays taken, a new one is a new person. */
  void goesOn() {
    CommandResult rejoin =
        give(
            ImmutableJoinGroup.builder()
                .actor(QUILL)
                .displayName(NAME)
                .standing(Standing.NEWCOMER)
                .acknowledgedVersion(state.guidelinesInForce().orElseThrow().number())
                .build());
    assertThat(rejoin.rejection()).as("the forgotten id is not handed out again").isPresent();
    must(
        ImmutableJoinGroup.builder()
            .actor(MemberId.of("quill-again"))
            .displayName("Maggie")
            .standing(Standing.NEWCOMER)
            .acknowledgedVersion(state.guidelinesInForce().orElseThrow().number())
            .build());
    must(Fixtures.say(Fixtures.BOB, "s1", "We go on together"));
    assertThat(engine.replay(GROUP, store.read(GROUP))).isEqualTo(state);
  }

  /**
   * What governance made of the group: each proposal's status, tally and who stood how; each
   * member's standing and whether they are still in. No text.
   */
  static String outcomes(GroupState s) {
    TreeMap<String, String> out = new TreeMap<>();
    List<Proposal> all = new ArrayList<>(s.activeProposals());
    all.addAll(s.pastProposals().values());
    for (Proposal p : all) {
      List<String> stances = new ArrayList<>();
      for (Stance st : p.stances()) {
        stances.add(st.member() + ":" + st.kind() + ":" + st.reason().isPresent());
      }
      out.put(
          "proposal " + p.id(),
          p.statusAt(Fixtures.START.plus(Duration.ofDays(400)))
              + " "
              + p.tally().map(Object::toString).orElse("-")
              + " "
              + stances
              + " comments by "
              + p.comments().stream().map(c -> c.author().value()).toList());
    }
    for (Member m : s.members().values()) {
      out.put("member " + m.id(), m.standing() + " " + m.roles());
    }
    out.put("guidelines", String.valueOf(s.guidelinesInForce().map(v -> v.number())));
    return out.toString();
  }

  /** Asserts that no secret of the story is in the bytes. */
  static void holdsNoSecret(String where, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (String secret : SECRETS) {
      assertThat(text).as("%s holds no trace of \"%s\"", where, secret).doesNotContain(secret);
    }
  }

  /** Asserts that the bytes hold at least one secret of the story (so that a test can fail). */
  static boolean holdsASecret(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return SECRETS.stream().anyMatch(text::contains);
  }
}
