package io.github.peerled.core.internal;

/** The SplitMix64 mixing function: a stateless, well-spread 64-bit hash of 64-bit inputs. */
public final class SplitMix64 {
  private SplitMix64() {}

  /**
   * Mixes a value.
   *
   * @param z the value
   * @return the mixed value
   */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Mixes two values into one, order-sensitively.
   *
   * @param a the first value
   * @param b the second value
   * @return the mixed value
   */
  public static long mix(long a, long b) {
    return mix(mix(a + 0x9e3779b97f4a7c15L) ^ (b * 0x9e3779b97f4a7c15L));
  }
}
