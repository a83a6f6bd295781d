package io.github.peerled.core.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract of a store, for the PostgreSQL store, on a real server. */
class JdbcStoreContractTest extends EventStoreContract {
  @RegisterExtension static final PostgresSchema DB = new PostgresSchema();

  @BeforeEach
  void emptyTables() {
    JdbcEventStore.builder(DB.dataSource()).createSchema(true).build().close();
    DB.execute("TRUNCATE peerled_events, peerled_snapshots, peerled_checkpoints");
  }

  @Override
  EventStore newStore() {
    return JdbcEventStore.builder(DB.dataSource()).plainText().build();
  }

  @Override
  EventStore reopen() {
    return newStore();
  }

  @Override
  boolean keepsSnapshots() {
    return true;
  }
}
