package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract of the feed, for the in-memory store. */
class InMemoryFeedContractTest extends EventFeedContract {
  private EventStore last = EventStore.inMemory();

  @Override
  EventStore newStore() {
    last = EventStore.inMemory();
    return last;
  }

  @Override
  EventStore reopen() {
    return last;
  }

  @Test
  void should_have_no_feed_in_the_file_store(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    try (EventStore files = JsonLinesEventStore.builder(dir).build()) {
      assertThat(files.feed()).isEmpty();
    }
  }
}
