package io.github.peerled.core.privacy;

import java.util.Objects;
import javax.crypto.SecretKey;

/**
 * One generation of a member's key: the AES key that seals their personal data in a group's log.
 * Immutable and thread-safe.
 *
 * @param generation the key's generation, from 1; a member forgotten and keyed again gets the next
 * @param key the AES key (128 or 256 bits)
 */
public record MemberKey(int generation, SecretKey key) {
  /**
   * Creates a key.
   *
   * @throws IllegalArgumentException if {@code generation} is below 1 or the key is not AES
   * @throws NullPointerException if {@code key} is null
   */
  public MemberKey {
    Objects.requireNonNull(key, "key");
    if (generation < 1) {
      throw new IllegalArgumentException("a key generation starts at 1, was " + generation);
    }
    if (!"AES".equals(key.getAlgorithm())) {
      throw new IllegalArgumentException("a member key is an AES key, not " + key.getAlgorithm());
    }
  }

  @Override
  public String toString() {
    return "MemberKey[generation=" + generation + "]";
  }
}
