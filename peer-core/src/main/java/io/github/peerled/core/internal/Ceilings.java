package io.github.peerled.core.internal;

/**
 * The hard ceilings that hold across the library, whatever limits a host sets. Not part of the API:
 * internal use only.
 *
 * <p>A host may raise the engine's limits on text up to {@link #MAX_TEXT_LENGTH}; the JSON reader
 * refuses any string longer than that before it binds it, and the stores refuse to write a record
 * holding one. So every record a store writes, it can read back.
 */
public final class Ceilings {
  private Ceilings() {}

  /** The longest text, in UTF-16 chars, that any field may hold: one million. */
  public static final int MAX_TEXT_LENGTH = 1_000_000;
}
