package io.github.peerled.core.store;

import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.store.internal.JdbcSchema;
import io.github.peerled.core.store.internal.JdbcStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * An event store in a PostgreSQL database (13 or newer), reached through a {@link DataSource} that
 * the host provides and owns (a connection pool, typically). It needs only {@code java.sql}: the
 * host brings the driver and the pool; the store brings no migration library.
 *
 * <h2>Schema</h2>
 *
 * The tables are created by versioned SQL scripts shipped in this jar, {@value #SCHEMA_LOCATION}
 * {@code V1__events.sql}, {@code V2__feed.sql}, {@code V3__member_keys.sql} and {@code
 * V4__retention_keys.sql} (and later versions beside them): {@code peerled_events} (one row per
 * event: a global {@code position} numbering all events in the order of their inserts, {@code
 * group_id}, the group's {@code sequence} with {@code UNIQUE (group_id, sequence)}, {@code type},
 * {@code schema_version}, the event as {@code payload json}, exactly as written (cast it to {@code
 * jsonb} to query it), {@code recorded_at} and the writing transaction's {@code txid}), {@code
 * peerled_snapshots}, {@code peerled_checkpoints} (how far each reader of all groups' events has
 * come), {@code peerled_member_keys} and {@code peerled_member_key_generations} (the members' keys,
 * for {@link io.github.peerled.core.privacy.MemberKeyStore#jdbc}), {@code peerled_retention_keys}
 * and {@code peerled_retention_key_generations} (the sessions' retention keys, likewise) and {@code
 * peerled_schema_version}. A group's version is the largest sequence number of its events; no
 * second copy of it is kept. The tables live in the first schema of the connection's {@code
 * search_path} (set {@code currentSchema} on the data source to choose another).
 *
 * <p>Either the store creates what is missing ({@link Builder#createSchema(boolean)}: the scripts
 * run in one transaction under a PostgreSQL advisory lock, so several processes may start at once),
 * or the host runs the scripts with its own migrations: with Flyway, add the location {@code
 * classpath:io/github/peerled/core/store/sql}; with Liquibase, include each script as a {@code
 * sqlFile}. The scripts are idempotent and may run again.
 *
 * <h2>Personal data</h2>
 *
 * By default the store seals each personal value with its member's key, kept in the key tables of
 * the same database, so that forgetting a member or expiring contribution text deletes key rows in
 * the transaction of its event (see {@link Builder#memberKeys} for a vault of the host's own, and
 * {@link Builder#plainText()} to opt out).
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>An append is one transaction: all its events or none. It inserts the events only if the
 *       group's log is at the expected version; an append that loses a race with another writer (in
 *       this process or another) fails on the unique key {@code (group_id, sequence)}, and both
 *       become a {@link VersionConflictException}. Nothing is written when an append fails. Each
 *       append holds its group's advisory lock (keys {@code 0x70656572} and the hash of the group
 *       id) shared; a runtime that lost a race holds it alone while it reads, decides again and
 *       appends, so that it does not lose every race to a busy writer A writer waits for these
 *       locks at most {@link Builder#lockTimeout} (10 seconds by default), then fails with an
 *       {@link java.io.UncheckedIOException} and writes nothing, so a holder that never lets go is
 *       reported rather than waited on forever.
 *   <li>An append returns once its transaction has committed: with {@link Durability#FORCE} (the
 *       default) a synchronous commit ({@code synchronous_commit = on}: the commit record is
 *       flushed to the server's disk, and to synchronous standbys if the server has them), with
 *       {@link Durability#NO_FORCE} an asynchronous one ({@code off}: a server crash may lose the
 *       last acknowledged appends, whole, never part of one). If the connection fails while
 *       committing, the append throws {@link java.io.UncheckedIOException} and may or may not have
 *       happened; the next append to the group tells (a conflict if it did).
 *   <li>Reads run through a cursor of {@link Builder#fetchSize(int)} rows, so {@link #forEach}
 *       never holds a whole log in memory, and see the log as of one moment.
 *   <li>A snapshot is a cache, never the source of truth. It is kept with the position of the event
 *       it was taken at, and used only if its format is {@link #SNAPSHOT_FORMAT}, that event is
 *       still in the log at that position and ends its append (the next event, if any, was written
 *       by another transaction), and its state is of the group at that version. Otherwise it is
 *       ignored, with a warning through {@link System.Logger}, and the group is read from its log.
 *   <li>A stored event that cannot be read (a row changed by hand, a schema version this release
 *       does not read) fails the read with a {@link StoreRecordException} whose {@link
 *       StoreRecordException#file() file} is {@code peerled_events/GROUP} and whose {@link
 *       StoreRecordException#line() line} is the event's sequence number.
 *   <li>{@link #feed()} returns the feed of all groups' events for other processes: in commit order
 *       as far as it matters, at least once, never skipping an event that commits late, with
 *       checkpoints in {@code peerled_checkpoints}. See {@link EventFeed}, also for what a long
 *       transaction elsewhere on the server does to it.
 *   <li>Any other failure of the database is thrown as a {@link java.io.UncheckedIOException} whose
 *       cause is the {@link java.sql.SQLException}.
 * </ul>
 *
 * <p>Thread-safe: each operation takes its own connection from the data source and returns it.
 * Closing the store does not close the data source.
 *
 * <pre>{@code
 * DataSource pool = ...; // HikariCP, the driver's own, or the application server's
 * try (JdbcEventStore store = JdbcEventStore.builder(pool).createSchema(true).build();
 *     GroupRuntime runtime = GroupRuntime.builder().store(store).build()) {
 *   ...
 * }
 * }</pre>
 */
public interface JdbcEventStore extends EventStore {
  /**
   * Returns the feed of all groups' events in this database, whoever wrote them.
   *
   * @return the feed, never empty
   */
  @Override
  Optional<EventFeed> feed();

  /** How long a writer waits for a lock unless {@link Builder#lockTimeout} says otherwise. */
  Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

  /** Where the schema scripts are in the jar: a class-path folder. */
  String SCHEMA_LOCATION = "io/github/peerled/core/store/sql/";

  /** The newest schema version this release creates and needs. */
  int SCHEMA_VERSION = 4;

  /**
   * The {@code LISTEN/NOTIFY} channel on which each append tells the {@link #feed() feed's}
   * subscriptions, when it commits, that there are new events (unless {@link
   * Builder#notifyFeed(boolean)} is off).
   */
  String FEED_CHANNEL = "peerled_events";

  /**
   * The format of the snapshots this release writes, and the only one it reads. A release that
   * changes the JSON shape of the state, or how events fold into it, writes a new format, and
   * snapshots of any other format are ignored.
   */
  int SNAPSHOT_FORMAT = 1;

  /**
   * Returns a builder of a store over a data source.
   *
   * @param dataSource where the store takes its connections; the host keeps owning it
   * @return the builder
   * @throws NullPointerException if {@code dataSource} is null
   */
  static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /** Builds a {@link JdbcEventStore}. Not thread-safe; the store it builds is. */
  final class Builder {
    private final DataSource dataSource;
    private Durability durability = Durability.FORCE;
    private boolean createSchema;
    private boolean notifyFeed = true;
    private int fetchSize = 1000;
    private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
    private final List<EventUpcaster> upcasters = new ArrayList<>();
    private @Nullable MemberKeyStore keys;
    private boolean plainText;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets what an acknowledged append guarantees.
     *
     * @param durability {@link Durability#FORCE} (the default) for a synchronous commit, {@link
     *     Durability#NO_FORCE} for an asynchronous one
     * @return this builder
     * @throws NullPointerException if {@code durability} is null
     */
    public Builder durability(Durability durability) {
      this.durability = Objects.requireNonNull(durability, "durability");
      return this;
    }

    /**
     * Sets whether {@link #build()} creates the tables that are missing, by running the schema
     * scripts not yet applied. Off by default, for hosts that run their own migrations.
     *
     * @param create true to create what is missing
     * @return this builder
     */
    public Builder createSchema(boolean create) {
      this.createSchema = create;
      return this;
    }

    /**
     * Sets whether each append notifies the channel {@value JdbcEventStore#FEED_CHANNEL} when it
     * commits, which wakes the running {@link FeedSubscription subscriptions} of the feed at once.
     * On by default. PostgreSQL serialises the commits of notifying transactions, so a host that
     * appends at high rates and can wait for its subscriptions' poll interval may turn it off; the
     * feed then delivers the same events, later.
     *
     * @param notify false to append without notifying
     * @return this builder
     */
    public Builder notifyFeed(boolean notify) {
      this.notifyFeed = notify;
      return this;
    }

    /**
     * Sets how many events a read fetches from the database at a time.
     *
     * @param rows the number of rows, from 1 to 100,000; 1,000 by default
     * @return this builder
     * @throws IllegalArgumentException if {@code rows} is out of range
     */
    public Builder fetchSize(int rows) {
      if (rows < 1 || rows > 100_000) {
        throw new IllegalArgumentException("fetch size must be from 1 to 100000, was " + rows);
      }
      this.fetchSize = rows;
      return this;
    }

    /**
     * Sets how long an append, or a runtime's exclusive section after a version conflict, waits for
     * a lock held by another transaction (the group's advisory lock, or the unique key of an event
     * another writer is inserting) before it gives up. A holder that never lets go (a process
     * stopped in the middle of an exclusive section, a transaction left open) then surfaces as an
     * {@link java.io.UncheckedIOException} whose message says that the lock was not granted in time
     * (SQLState {@code 55P03}), and nothing is appended, instead of a writer that hangs. It is the
     * server's {@code lock_timeout}, set for those statements only.
     *
     * @param timeout how long to wait, from 1 ms to 1 hour; {@link Duration#ZERO} to wait as long
     *     as it takes; 10 seconds by default
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative, under 1 ms (but not zero) or
     *     over 1 hour
     */
    public Builder lockTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative()
          || (!timeout.isZero() && timeout.toMillis() < 1)
          || timeout.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException(
            "lock timeout must be zero or from 1 ms to 1 hour, was " + timeout);
      }
      this.lockTimeout = timeout;
      return this;
    }

    /**
     * Seals each personal value ({@link io.github.peerled.core.privacy.PersonalData}) with its
     * member's key before it is written, and opens it when it is read (the feed's reads too);
     * forgetting a member then destroys their keys and deletes the group's snapshot row in the
     * append's transaction, and an expiry of contribution text destroys the sessions' retention
     * keys. Without this call the store seals all the same, with keys in this database ({@link
     * io.github.peerled.core.privacy.MemberKeyStore#jdbc} over the store's {@link DataSource}),
     * unless {@link #plainText()} is called. Keys kept in this database ({@link
     * io.github.peerled.core.privacy.MemberKeyStore#jdbc} over the same {@link DataSource} object)
     * are deleted in the append's transaction, and looked up once per read; other key stores (a
     * host's vault) destroy the keys once the append has committed. Give your own key store to keep
     * the keys apart from the database's backups, which the default key tables are not.
     *
     * @param keys where the members' keys are kept (keep it apart from the database's backups)
     * @return this builder
     * @throws NullPointerException if {@code keys} is null
     */
    public Builder memberKeys(MemberKeyStore keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * Writes personal data in plain text, with no keys: a store that cannot forget. An append that
     * forgets a member or expires contribution text is then refused with an {@link
     * IllegalArgumentException} and appends nothing. For tests, benchmarks of the unsealed path,
     * and data that holds nothing personal; values sealed earlier no longer open (they read as
     * their sealed text).
     *
     * @return this builder
     */
    public Builder plainText() {
      this.plainText = true;
      return this;
    }

    /**
     * Adds an upcaster to the chain that turns events of older schema versions into today's shape.
     *
     * @param upcaster the upcaster
     * @return this builder
     * @throws NullPointerException if {@code upcaster} is null
     */
    public Builder addUpcaster(EventUpcaster upcaster) {
      upcasters.add(Objects.requireNonNull(upcaster, "upcaster"));
      return this;
    }

    /**
     * Builds the store, first creating the missing tables if {@link #createSchema(boolean)} is set.
     *
     * @return the store
     * @throws IllegalArgumentException if two upcasters read the same version, or one reads a
     *     version that is not older than {@link JsonLinesEventStore#SCHEMA_VERSION}
     * @throws IllegalStateException if both {@link #memberKeys} and {@link #plainText()} were
     *     called
     * @throws java.io.UncheckedIOException if the schema cannot be created
     */
    public JdbcEventStore build() {
      if (plainText && keys != null) {
        throw new IllegalStateException(
            "a store cannot both seal with the given member keys and keep personal data in plain"
                + " text; call memberKeys(..) or plainText(), not both");
      }
      MemberKeyStore k = plainText ? null : keys != null ? keys : MemberKeyStore.jdbc(dataSource);
      JdbcStore store =
          new JdbcStore(
              dataSource, durability, fetchSize, upcasters, notifyFeed, lockTimeout.toMillis(), k);
      if (createSchema) {
        JdbcSchema.create(dataSource);
      }
      return store;
    }
  }
}
