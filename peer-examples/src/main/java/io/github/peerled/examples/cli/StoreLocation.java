package io.github.peerled.examples.cli;

import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.store.EventStore;
import io.github.peerled.core.store.JdbcEventStore;
import io.github.peerled.core.store.JsonLinesEventStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where a command finds or puts event stores: a directory of the file store (one file per group) or
 * a PostgreSQL database named by a {@code jdbc:postgresql:} URL.
 */
final class StoreLocation {
  private static final String JDBC = "jdbc:postgresql:";

  private StoreLocation() {}

  /** Tells whether a location names a database rather than a directory. */
  static boolean isDatabase(String location) {
    return location.startsWith(JDBC);
  }

  /**
   * Returns the location as it may be printed: a database URL without its password.
   *
   * @param location the location as given
   * @return the location, any {@code password=} parameter's value replaced by {@code ***}
   */
  static String shown(String location) {
    return isDatabase(location)
        ? location.replaceAll("(?i)([?&]password=)[^&]*", "$1***")
        : location;
  }

  /**
   * Opens the store at a location.
   *
   * @param option the option that named it, for messages
   * @param location a directory or a {@code jdbc:postgresql:} URL
   * @param create whether the store may be created (a missing directory or missing tables)
   * @return the store
   * @throws InputProblem if the location names no store, or the store cannot be reached
   */
  static EventStore open(String option, String location, boolean create) {
    return open(option, location, create, null);
  }

  /**
   * Opens the store at a location with the member keys that open its sealed values.
   *
   * @param option the option that named it, for messages
   * @param location a directory or a {@code jdbc:postgresql:} URL
   * @param create whether the store may be created (a missing directory or missing tables)
   * @param keys the member keys; null for the store's own: the file store's key file (if there is
   *     none and the store is not to be created, values sealed are read as they are stored), or the
   *     database's key tables
   * @return the store
   * @throws InputProblem if the location names no store, or the store cannot be reached
   */
  static EventStore open(
      String option, String location, boolean create, @Nullable MemberKeyStore keys) {
    if (isDatabase(location)) {
      JdbcEventStore.Builder b =
          JdbcEventStore.builder(UrlDataSource.fromEnvironment(location)).createSchema(create);
      if (keys != null) {
        b.memberKeys(keys);
      }
      JdbcEventStore store = b.build();
      try {
        store.groups(); // reaches the database now, so that a bad URL is told at once
      } catch (UncheckedIOException e) {
        store.close();
        throw new InputProblem(option + " " + shown(location) + ": " + reason(e), e);
      }
      return store;
    }
    if (location.startsWith("jdbc:")) {
      throw new InputProblem(
          option
              + " "
              + location
              + ": neither a directory nor a jdbc:postgresql: URL (other databases are not"
              + " supported)");
    }
    Path dir = Path.of(location);
    if (!Files.isDirectory(dir)) {
      if (!create || Files.exists(dir)) {
        throw new InputProblem(option + " " + location + ": no such directory");
      }
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new InputProblem(option + " " + location + ": cannot create the directory: " + e, e);
      }
    }
    JsonLinesEventStore.Builder b = JsonLinesEventStore.builder(dir);
    if (keys != null) {
      b.memberKeys(keys);
    } else if (!create && !Files.exists(dir.resolve(JsonLinesEventStore.KEY_FILE))) {
      // No key file to open sealed values with: read them as they are stored, so that a command
      // can tell a sealed value from an erased one rather than read every value as removed.
      b.plainText();
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new InputProblem(
          option
              + " "
              + location
              + ": the key file "
              + JsonLinesEventStore.KEY_FILE
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** The message of a storage failure, without the wrapping exception's class names. */
  static String reason(UncheckedIOException e) {
    IOException cause = e.getCause();
    return String.valueOf(cause == null ? e.getMessage() : cause.getMessage());
  }
}
