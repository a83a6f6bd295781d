package io.github.peerled.core.runtime;

import static io.github.peerled.core.runtime.Fixtures.ALICE;
import static io.github.peerled.core.runtime.Fixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.ProposalClosingSoon;
import io.github.peerled.core.event.ProposalExpired;
import io.github.peerled.core.group.GroupId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A host's scheduler driving a group's deadlines through the runtime, and the hooks it hears. */
class DeadlineHooksTest {
  /** A clock the test moves on. */
  private static final class MovingClock extends Clock {
    private volatile Instant now = Fixtures.START;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("one zone");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void should_tell_the_host_its_next_deadline_and_the_hooks_what_fell_due() throws Exception {
    MovingClock clock = new MovingClock();
    BlockingQueue<ProposalClosingSoon> soon = new LinkedBlockingQueue<>();
    BlockingQueue<ProposalExpired> expired = new LinkedBlockingQueue<>();
    try (GroupRuntime runtime = GroupRuntime.builder().clock(clock).build()) {
      runtime.eventPublisher().onProposalClosingSoon(soon::add);
      runtime.eventPublisher().onProposalExpired(expired::add);
      GroupHandle g = runtime.group(GroupId.of("deadlines"));
      for (GroupCommand c : Fixtures.founded(0)) {
        g.submit(c);
      }
      g.submit(Fixtures.draft("p1"));
      g.submit(Fixtures.open("p1"));
      g.submit(Fixtures.stance(ALICE, "p1", StanceKind.AGREE));

      // the scheduler asks when to check, and checks then, twice
      Instant next = g.nextDeadline().orElseThrow();
      assertThat(next).isEqualTo(Fixtures.START.plus(Duration.ofDays(29)));
      clock.now = next;
      CheckDeadlines check = CheckDeadlines.builder().actor(BOB).build();
      assertThat(g.submit(check).status()).isEqualTo(Submission.Status.ACCEPTED);
      assertThat(g.submit(check).status()).isEqualTo(Submission.Status.REJECTED);

      // then the closing-soon hook names the undecided
      ProposalClosingSoon s = soon.poll(10, TimeUnit.SECONDS);
      assertThat(s).isNotNull();
      assertThat(s.undecided()).doesNotContain(ALICE).contains(BOB);

      // and at the deadline the expiry hook hears of it, and the proposal is no longer active
      clock.now = g.nextDeadline().orElseThrow();
      assertThat(g.submit(check).status()).isEqualTo(Submission.Status.ACCEPTED);
      ProposalExpired x = expired.poll(10, TimeUnit.SECONDS);
      assertThat(x).isNotNull();
      assertThat(x.proposalId()).isEqualTo(ProposalId.of("p1"));
      assertThat(g.state().activeProposals()).isEmpty();
      assertThat(g.nextDeadline()).isEmpty();
    }
  }
}
