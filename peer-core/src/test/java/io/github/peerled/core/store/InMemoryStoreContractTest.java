package io.github.peerled.core.store;

/** The contract of a store, for the in-memory store. */
class InMemoryStoreContractTest extends EventStoreContract {
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

  @Override
  boolean keepsSnapshots() {
    return false;
  }
}
