package io.github.peerled.core.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract of a store, for the JSON-lines file store. */
class JsonLinesStoreContractTest extends EventStoreContract {
  @TempDir Path dir;
  private int made;

  @Override
  EventStore newStore() {
    made++;
    return JsonLinesEventStore.builder(dir.resolve("store-" + made))
        .plainText()
        .durability(Durability.NO_FORCE)
        .build();
  }

  @Override
  EventStore reopen() {
    return JsonLinesEventStore.builder(dir.resolve("store-" + made))
        .plainText()
        .durability(Durability.NO_FORCE)
        .build();
  }

  @Override
  boolean keepsSnapshots() {
    return true;
  }
}
