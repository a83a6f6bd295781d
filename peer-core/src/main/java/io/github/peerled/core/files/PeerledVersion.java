package io.github.peerled.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The version of this release of Peerled and the git commit it was built from, as the build wrote
 * them into the jar; what the {@code peer} tool's {@code --version} and the simulation manifest
 * report. Thread-safe: read once.
 */
public final class PeerledVersion {
  private static final String RESOURCE = "/META-INF/peerled/version.properties";
  private static final Properties BUILD = load();
  private static final String VERSION = BUILD.getProperty("version", "");
  private static final String COMMIT = commitOf(BUILD.getProperty("commit"));

  private PeerledVersion() {}

  /**
   * Returns the version of this release.
   *
   * @return the version, such as {@code 0.1.0}
   */
  public static String current() {
    return VERSION;
  }

  /**
   * Returns the git commit the build was made from.
   *
   * @return the commit's 40 hex digits, followed by {@code -dirty} when the checkout had changes
   *     not committed; {@code unknown} when the sources were not a git checkout (such as a source
   *     tarball)
   */
  public static String commit() {
    return COMMIT;
  }

  static String commitOf(@Nullable String recorded) {
    return recorded != null && recorded.matches("[0-9a-f]{40}(-dirty)?") ? recorded : "unknown";
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = PeerledVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = p.getProperty("version");
    if (version == null || version.isBlank() || version.contains("${")) {
      throw new IllegalStateException(RESOURCE + " names no version: " + version);
    }
    return p;
  }
}
