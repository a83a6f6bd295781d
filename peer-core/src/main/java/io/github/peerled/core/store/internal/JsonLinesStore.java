package io.github.peerled.core.store.internal;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.internal.Sealer;
import io.github.peerled.core.store.Durability;
import io.github.peerled.core.store.EventUpcaster;
import io.github.peerled.core.store.JsonLinesEventStore;
import io.github.peerled.core.store.RecoveryReport;
import io.github.peerled.core.store.RepairReport;
import io.github.peerled.core.store.StoreRecordException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The JSON-lines file store. Thread-safe. See {@link JsonLinesEventStore}. */
public final class JsonLinesStore implements JsonLinesEventStore {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.store");

  private final Path directory;
  private final Durability durability;
  private final RecordCodec codec;
  private final ConcurrentHashMap<GroupId, GroupLogFile> files = new ConcurrentHashMap<>();
  private final List<RecoveryReport> recoveries = new CopyOnWriteArrayList<>();
  private final @Nullable Sealer sealer;
  private volatile boolean closed;

  /**
   * Creates the store.
   *
   * @param directory the directory
   * @param durability what an append guarantees
   * @param upcasters the upcaster chain
   * @param keys the member keys that seal personal data, or null to keep it in plain text
   * @throws IllegalArgumentException if the chain is not well formed
   */
  public JsonLinesStore(
      Path directory,
      Durability durability,
      List<EventUpcaster> upcasters,
      @Nullable MemberKeyStore keys) {
    this.directory = directory;
    this.durability = durability;
    this.codec = new RecordCodec(upcasters);
    this.sealer = keys == null ? null : new Sealer(keys);
  }

  RecordCodec codec() {
    return codec;
  }

  /** The sealer of personal values, or null if the store keeps them in plain text. */
  @Nullable Sealer sealer() {
    return sealer;
  }

  /** Tells whether writes are forced to the device. */
  boolean forces() {
    return durability == Durability.FORCE;
  }

  void report(RecoveryReport report) {
    recoveries.add(report);
  }

  /** Forces the directory's entries to the device if the store forces. */
  void forceDirectory() {
    if (durability == Durability.FORCE) {
      syncDirectory();
    }
  }

  /** Forces the directory's entries to the device, whatever the durability. */
  void syncDirectory() {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Some platforms cannot open or force a directory; the file's own force still holds.
      LOG.log(System.Logger.Level.DEBUG, "cannot force directory " + directory, e);
    }
  }

  private GroupLogFile file(GroupId group) {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
    return files.computeIfAbsent(
        group, g -> new GroupLogFile(g, directory.resolve(fileName(g)), this));
  }

  /**
   * Returns the file name of a group: its id, with each capital letter written as {@code ^} and the
   * small letter, so that ids differing only in case stay apart on case-insensitive file systems.
   */
  static String fileName(GroupId group) {
    String id = group.value();
    StringBuilder b = new StringBuilder(id.length() + EXTENSION.length() + 4);
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        b.append('^').append((char) (c - 'A' + 'a'));
      } else {
        b.append(c);
      }
    }
    return b.append(EXTENSION).toString();
  }

  static GroupId groupOf(String fileName) {
    String name = fileName.substring(0, fileName.length() - EXTENSION.length());
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '^' && i + 1 < name.length()) {
        b.append(Character.toUpperCase(name.charAt(++i)));
      } else {
        b.append(c);
      }
    }
    return GroupId.of(b.toString());
  }

  @Override
  public Path directory() {
    return directory;
  }

  @Override
  public List<RecoveryReport> recoveries() {
    return Collections.unmodifiableList(new ArrayList<>(recoveries));
  }

  @Override
  public Optional<RepairReport> repair(GroupId group, RepairScope scope) {
    Objects.requireNonNull(scope, "scope");
    return file(group).repair(scope);
  }

  @Override
  public long version(GroupId group) {
    return file(group).version();
  }

  @Override
  public long append(GroupId group, long expectedVersion, List<? extends GroupEvent> events) {
    Appends.check(group, expectedVersion, events);
    GroupLogFile file = file(group);
    Forgets.check(sealer, events, "file store");
    long version = file.append(expectedVersion, Forgets.retain(sealer, events));
    List<MemberId> forgotten = Forgets.forgotten(events);
    if (sealer != null && !forgotten.isEmpty()) {
      for (MemberId m : forgotten) {
        sealer.keys().destroy(group, m);
      }
      file.snapshot().drop(Forgets.lastForgetting(events));
    }
    Forgets.destroyExpired(sealer, group, events);
    return version;
  }

  @Override
  public List<GroupEvent> read(GroupId group, long fromSequence, long toSequence) {
    List<GroupEvent> events = new ArrayList<>();
    forEach(group, fromSequence, toSequence, events::add);
    return Collections.unmodifiableList(events);
  }

  @Override
  public void forEach(
      GroupId group, long fromSequence, long toSequence, Consumer<? super GroupEvent> sink) {
    Appends.checkFrom(fromSequence);
    Sealer s = sealer;
    if (s == null) {
      file(group).forEach(fromSequence, toSequence, sink);
      return;
    }
    file(group)
        .forEach(
            fromSequence,
            toSequence,
            e -> {
              GroupEvent opened;
              try {
                opened = Forgets.open(s, e);
              } catch (IllegalStateException bad) {
                throw new StoreRecordException(
                    directory.resolve(fileName(group)),
                    e.sequence(),
                    "event " + e.sequence() + ": " + bad.getMessage(),
                    bad);
              }
              sink.accept(opened);
            });
  }

  @Override
  public Optional<GroupState> loadSnapshot(GroupId group) {
    return file(group).snapshot().load();
  }

  @Override
  public void saveSnapshot(GroupState state) {
    file(state.groupId()).snapshot().save(state);
  }

  @Override
  public Set<GroupId> groups() {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
    Set<GroupId> ids = new TreeSet<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(directory, "*" + EXTENSION)) {
      for (Path p : dir) {
        String name = String.valueOf(p.getFileName());
        GroupId id;
        try {
          id = groupOf(name);
        } catch (IllegalArgumentException e) {
          LOG.log(System.Logger.Level.DEBUG, "not a group file: " + p);
          continue;
        }
        if (Files.size(p) > 0) {
          ids.add(id);
        }
      }
    } catch (NoSuchFileException e) {
      return Set.of();
    } catch (IOException e) {
      throw new UncheckedIOException(directory + ": cannot list: " + e.getMessage(), e);
    }
    return Collections.unmodifiableSet(ids);
  }

  @Override
  public void close() {
    closed = true;
    IOException failure = null;
    for (GroupLogFile f : files.values()) {
      try {
        f.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    files.clear();
    if (failure != null) {
      throw new UncheckedIOException(
          directory + ": cannot close: " + failure.getMessage(), failure);
    }
  }
}
