package io.github.peerled.rules;

/**
 * How strongly a finding asks for the facilitator's attention. Findings are nudges for people,
 * never punishment.
 */
public enum Severity {
  /** Worth knowing; no action expected. */
  INFO,
  /** A gentle prompt the facilitator may use when it fits. */
  NUDGE,
  /** The facilitator should act now (for example crisis language). */
  INTERVENE
}
