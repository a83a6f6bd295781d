package io.github.peerled.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this release of Peerled, as the build wrote it into the jar; what the {@code peer}
 * tool's {@code --version} and the simulation manifest report. Thread-safe: read once.
 */
public final class PeerledVersion {
  private static final String RESOURCE = "/META-INF/peerled/version.properties";
  private static final String VERSION = load();

  private PeerledVersion() {}

  /**
   * Returns the version of this release.
   *
   * @return the version, such as {@code 0.1.0}
   */
  public static String current() {
    return VERSION;
  }

  private static String load() {
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
    return version;
  }
}
