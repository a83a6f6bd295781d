package io.github.peerled.core.sim;

/**
 * Quantiles of Student's t distribution, for confidence intervals over replicates. Computed from
 * the regularized incomplete beta function with {@link StrictMath} only, by bisection to the last
 * bit, so the same on every Java platform. Stateless and thread-safe.
 */
final class StudentT {
  private StudentT() {}

  /**
   * Returns the quantile {@code t} with {@code P(T <= t) = p} for {@code degrees} degrees of
   * freedom.
   *
   * @param p the probability, strictly between 0.5 and 1
   * @param degrees the degrees of freedom, at least 1
   * @return the quantile
   * @throws IllegalArgumentException if {@code p} or {@code degrees} is out of range
   */
  static double quantile(double p, int degrees) {
    if (!(p > 0.5 && p < 1)) {
      throw new IllegalArgumentException("p must be between 0.5 and 1, was " + p);
    }
    if (degrees < 1) {
      throw new IllegalArgumentException("degrees of freedom must be at least 1, was " + degrees);
    }
    double lo = 0;
    double hi = 1;
    while (cdf(hi, degrees) < p) {
      lo = hi;
      hi *= 2;
    }
    while (true) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        return hi;
      }
      if (cdf(mid, degrees) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
  }

  /** {@code P(T <= t)} for {@code t >= 0}. */
  static double cdf(double t, int degrees) {
    double x = degrees / (degrees + t * t);
    return 1 - 0.5 * regularizedBeta(x, degrees / 2.0, 0.5);
  }

  /** The regularized incomplete beta function {@code I_x(a, b)}, by its continued fraction. */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        StrictMath.exp(
            logGamma(a + b)
                - logGamma(a)
                - logGamma(b)
                + a * StrictMath.log(x)
                + b * StrictMath.log1p(-x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * continuedFraction(x, a, b) / a;
    }
    return 1 - front * continuedFraction(1 - x, b, a) / b;
  }

  /** Lentz's evaluation of the incomplete beta's continued fraction. */
  private static double continuedFraction(double x, double a, double b) {
    final double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (StrictMath.abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 10_000; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + aa * d;
      d = 1 / (StrictMath.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = StrictMath.abs(c) < tiny ? tiny : c;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + aa * d;
      d = 1 / (StrictMath.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = StrictMath.abs(c) < tiny ? tiny : c;
      double delta = d * c;
      h *= delta;
      if (StrictMath.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return h;
  }

  private static final double[] LANCZOS = {
    0.9999999999999971,
    57.15623566586292,
    -59.59796035547549,
    14.136097974741746,
    -0.4919138160976202,
    0.00003399464998481189,
    0.00004652362892704858,
    -0.00009837447530487956,
    0.0001580887032249125,
    -0.00021026444172410488,
    0.00021743961811521265,
    -0.0001643181065367639,
    0.00008441822398385275,
    -0.000026190838401581408,
    0.0000036899182659531625,
  };

  /** {@code ln Γ(x)} for {@code x >= 0.5}, by the Lanczos approximation (g = 607/128). */
  static double logGamma(double x) {
    double sum = 0;
    for (int i = LANCZOS.length - 1; i > 0; i--) {
      sum += LANCZOS[i] / (x + i);
    }
    sum += LANCZOS[0];
    double tmp = x + 607.0 / 128 + 0.5;
    return (x + 0.5) * StrictMath.log(tmp)
        - tmp
        + 0.5 * StrictMath.log(2 * StrictMath.PI)
        + StrictMath.log(sum / x);
  }
}
