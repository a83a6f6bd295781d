package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.ContributionTextExpired;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.privacy.PersonalDataExport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contribution text expiring in the in-memory store: the events it holds, and its feed's. */
class InMemoryRetentionTest {
  @Test
  void should_replace_the_expired_text_in_the_held_events_and_the_feed() {
    // given
    EventStore s = EventStore.inMemory();
    RetentionStory story = new RetentionStory(s).told();
    assertThat(RetentionStory.holdsExpiredWords(json(s.read(RetentionStory.GROUP)))).isTrue();

    // when
    assertThat(story.expire().events()).hasOnlyElementsOfType(ContributionTextExpired.class);

    // then
    RetentionStory.holdsNoExpiredWords("the held log", json(s.read(RetentionStory.GROUP)));
    RetentionStory.readsExpired(s.read(RetentionStory.GROUP));
    List<GroupEvent> fed = new ArrayList<>();
    s.feed().orElseThrow().poll("reader", 10_000, e -> fed.add(e.event()));
    RetentionStory.holdsNoExpiredWords("the feed", json(fed));
    GroupState replayed = story.engine.replay(RetentionStory.GROUP, s.read(RetentionStory.GROUP));
    assertThat(replayed).isEqualTo(story.state);
    assertThat(PersonalDataExport.of(s, RetentionStory.GROUP, RetentionStory.SPEAKER))
        .contains("[expired under the group's retention setting]")
        .contains(RetentionStory.NEW_WORDS)
        .doesNotContain(RetentionStory.OLD_WORDS);
  }

  private static byte[] json(List<GroupEvent> events) {
    return PeerledJson.write(events).getBytes(StandardCharsets.UTF_8);
  }
}
