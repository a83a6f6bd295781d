package io.github.peerled.core.sim;

import java.util.SplittableRandom;

/**
 * A term holder's facilitation: the arm's own facilitator, whose every act lapses with the
 * probability {@link FacilitatorTerms#lapse()} while the holder is burnt out. The lapses draw from
 * a stream of their own ({@link Simulation#BURNOUT}); a holder who is not burnt out draws nothing,
 * so the policies act exactly as they would alone. Not thread-safe: one per run.
 */
final class TermFacilitator implements Facilitator {
  private final Facilitator inner;
  private final double lapse;
  private boolean burntOut;
  private SplittableRandom random = new SplittableRandom(0);

  TermFacilitator(Facilitator inner, double lapse) {
    this.inner = inner;
    this.lapse = lapse;
  }

  /** Sets the state of the session about to start. */
  void session(boolean burntOut, SplittableRandom random) {
    this.burntOut = burntOut;
    this.random = random;
  }

  private boolean lapses() {
    return burntOut && random.nextDouble() < lapse;
  }

  @Override
  public void onSessionStart(Floor floor) {
    inner.onSessionStart(floor);
  }

  @Override
  public int chooseSpeaker(Floor floor, double u) {
    return lapses() ? NO_CHOICE : inner.chooseSpeaker(floor, u);
  }

  @Override
  public Act shapeAct(Floor floor, int member, Act act) {
    return lapses() ? act : inner.shapeAct(floor, member, act);
  }

  @Override
  public void afterTurn(Floor floor, int member, Act act) {
    if (!lapses()) {
      inner.afterTurn(floor, member, act);
    }
  }

  @Override
  public boolean remindsTheUndecided() {
    return inner.remindsTheUndecided();
  }
}
