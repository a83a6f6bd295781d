package io.github.peerled.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableCommentOnProposal;
import io.github.peerled.core.command.ImmutableJoinGroup;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.Limits;
import io.github.peerled.core.engine.Rejection;
import io.github.peerled.core.engine.RejectionReason;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ProposalCommented;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.internal.Ceilings;
import io.github.peerled.core.store.JsonLinesEventStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runtime over the JSON-lines store refuses a command over the limits before it appends anything,
 * and a store that acknowledged the longest text the limits allow opens again to the same state.
 */
class RuntimeLimitsTest {
  private static final GroupId GROUP = GroupId.of("town-hall");
  private static final MemberId GUEST = MemberId.of("visitor");

  @TempDir Path dir;

  private GroupRuntime runtime(JsonLinesEventStore store, Limits limits) {
    return GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).limits(limits).build();
  }

  /** A running group (session s1, open proposal p1) with a guest. */
  private static void setUp(GroupHandle group) {
    for (GroupCommand c : Fixtures.running(2)) {
      assertThat(group.submit(c).isAccepted()).as("%s", c).isTrue();
    }
    GroupCommand guest =
        ImmutableJoinGroup.builder()
            .actor(GUEST)
            .standing(Standing.GUEST)
            .acknowledgedVersion(1)
            .build();
    assertThat(group.submit(guest).isAccepted()).isTrue();
  }

  private static GroupCommand comment(String text) {
    return ImmutableCommentOnProposal.builder()
        .actor(GUEST)
        .proposalId(ProposalId.of("p1"))
        .text(text)
        .build();
  }

  /** The longest text of a length: three-byte chars and surrogate pairs, the most bytes a char. */
  private static String widest(int length) {
    StringBuilder b = new StringBuilder(length);
    while (b.length() + 2 <= length) {
      b.append(b.length() % 3 == 0 ? "\uD83D\uDE00" : "\u20AC\u05E9");
    }
    while (b.length() < length) {
      b.append('\u20AC');
    }
    return b.toString();
  }

  @Test
  void should_refuse_a_guests_25_mb_comment_and_append_nothing() throws IOException {
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).plainText().build();
        GroupRuntime runtime = runtime(store, Limits.ofDefaults())) {
      GroupHandle group = runtime.group(GROUP);
      setUp(group);
      List<GroupEvent> before = store.read(GROUP);
      byte[] file = Files.readAllBytes(dir.resolve("town-hall.jsonl"));
      GroupState state = group.state();

      Submission s = group.submit(comment("x".repeat(25_000_000)));

      assertThat(s.status()).isEqualTo(Submission.Status.REJECTED);
      Rejection r = s.rejection().orElseThrow();
      assertThat(r.reason()).isEqualTo(RejectionReason.INVALID);
      assertThat(r.message())
          .isEqualTo("$.text is 25000000 characters long; the limit is 20000 characters");
      assertThat(s.events()).isEmpty();
      assertThat(store.read(GROUP)).isEqualTo(before);
      assertThat(Files.readAllBytes(dir.resolve("town-hall.jsonl"))).isEqualTo(file);
      assertThat(group.state()).isEqualTo(state);
    }
  }

  @Test
  void should_reopen_a_store_that_acknowledged_the_longest_comment_allowed() {
    assertReopensAfter(Limits.ofDefaults(), 20_000);
  }

  @Test
  void should_reopen_a_store_after_the_longest_comment_a_host_may_allow() {
    Limits ceiling = Limits.custom().commentText(Ceilings.MAX_TEXT_LENGTH).build();

    assertReopensAfter(ceiling, Ceilings.MAX_TEXT_LENGTH);
  }

  private void assertReopensAfter(Limits limits, int length) {
    String longest = widest(length);
    GroupState acknowledged;
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).plainText().build();
        GroupRuntime runtime = runtime(store, limits)) {
      GroupHandle group = runtime.group(GROUP);
      setUp(group);
      assertThat(group.submit(comment(longest + "x")).status())
          .as("one char more is refused")
          .isEqualTo(Submission.Status.REJECTED);
      Submission s = group.submit(comment(longest));
      assertThat(s.isAccepted()).as("%s", s.rejection()).isTrue();
      acknowledged = group.state();
    }
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).plainText().build();
        GroupRuntime runtime = runtime(store, limits)) {
      GroupHandle group = runtime.group(GROUP);

      assertThat(group.state()).isEqualTo(acknowledged);
      List<GroupEvent> events = store.read(GROUP);
      assertThat(((ProposalCommented) events.get(events.size() - 1)).text()).isEqualTo(longest);
    }
  }
}
