package io.github.peerled.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The messages logged at WARNING or above through a {@link System.Logger} name while it is open
 * (the platform's default loggers go through {@code java.util.logging}).
 */
public final class CapturedLog implements AutoCloseable {
  private final Logger logger;
  private final List<String> warnings = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
            synchronized (warnings) {
              warnings.add(r.getMessage());
            }
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private CapturedLog(String name) {
    logger = Logger.getLogger(name);
    logger.addHandler(handler);
  }

  /** Captures the store's warnings. */
  public static CapturedLog store() {
    return new CapturedLog("io.github.peerled.core.store");
  }

  /** Captures the runtime's warnings. */
  public static CapturedLog runtime() {
    return new CapturedLog("io.github.peerled.core.runtime");
  }

  /** Returns the warnings so far, oldest first. */
  public List<String> warnings() {
    synchronized (warnings) {
      return List.copyOf(warnings);
    }
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
  }
}
