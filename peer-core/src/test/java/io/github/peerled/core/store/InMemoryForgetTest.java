package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.PeerledJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forgetting a member in the in-memory store: the events it holds, and its feed's. */
class InMemoryForgetTest {
  @Test
  void should_redact_the_held_events_and_the_feed_when_a_member_is_forgotten() {
    // given
    EventStore s = EventStore.inMemory();
    ForgetStory story = new ForgetStory(s).told();
    String before = ForgetStory.outcomes(story.state);
    assertThat(ForgetStory.holdsASecret(json(s.read(ForgetStory.GROUP)))).isTrue();

    // when
    assertThat(story.forget().rejection()).isEmpty();

    // then
    ForgetStory.holdsNoSecret("the held log", json(s.read(ForgetStory.GROUP)));
    List<GroupEvent> fed = new ArrayList<>();
    s.feed().orElseThrow().poll("reader", 10_000, e -> fed.add(e.event()));
    ForgetStory.holdsNoSecret("the feed", json(fed));
    GroupState replayed = story.engine.replay(ForgetStory.GROUP, s.read(ForgetStory.GROUP));
    assertThat(replayed).isEqualTo(story.state);
    assertThat(ForgetStory.outcomes(replayed)).isEqualTo(before);
    story.goesOn();
  }

  private static byte[] json(List<GroupEvent> events) {
    return PeerledJson.write(events).getBytes(StandardCharsets.UTF_8);
  }
}
