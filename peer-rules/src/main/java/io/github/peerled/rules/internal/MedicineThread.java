package io.github.peerled.rules.internal;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.Contribution;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What the talk of one session has named so far: which contributions name a medicine, dose or unit,
 * and whether each member's latest contribution did. An instruction may leave the medicine to the
 * talk it answers ("Halve it tonight" in reply to "I'm on methotrexate and the slow-release
 * prednisolone"; "Queenie, I'd halve it on days out" after Queenie asked about her water tablets):
 * {@link #names(Analysis)} tells whether the talk just before a contribution named one.
 *
 * <p>One per rule session, fed every contribution in order ({@link #see}); constant work and no
 * allocation per contribution but for a member's first. Not thread-safe: confined to the thread
 * reviewing the session, like the rule session that holds it.
 */
final class MedicineThread {
  /** Contribution numbers that name a medicine, dose or unit. */
  private final BitSet named = new BitSet();

  /** Per member: whether their latest contribution named a medicine, dose or unit. */
  private final Map<MemberId, Boolean> latest = new HashMap<>();

  /** How many members' latest contribution named a medicine, dose or unit. */
  private int naming;

  /** The contribution {@link #names} last answered for, since the last {@link #see}, and how. */
  private @Nullable Analysis asked;

  private boolean answer;

  private final AddressWords names;

  MedicineThread(AddressWords names) {
    this.names = names;
  }

  /**
   * Tells whether the talk a contribution answers names a medicine, dose or unit: the contribution
   * it replies to, the one just before it, or the latest contribution of a member it names.
   *
   * @param a the contribution, not yet {@linkplain #see seen}
   * @return whether a medicine is in the talk it answers
   */
  boolean names(Analysis a) {
    if (a != asked) {
      answer = read(a);
      asked = a;
    }
    return answer;
  }

  private boolean read(Analysis a) {
    Contribution c = a.contribution;
    if (c == null) {
      return false;
    }
    OptionalInt to = c.replyTo();
    if (named.get(c.number() - 1) || (to.isPresent() && named.get(to.getAsInt()))) {
      return true;
    }
    if (naming == 0 || (naming == 1 && Boolean.TRUE.equals(latest.get(c.author())))) {
      return false; // no other member's latest contribution named one: no name to look for
    }
    for (int t = 0; t < a.tokenCount; t++) {
      MemberId m = names.memberAt(a, t);
      if (m != null && !m.equals(c.author()) && Boolean.TRUE.equals(latest.get(m))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Records a contribution: call once for every contribution of the session, in order.
   *
   * @param a the contribution
   */
  void see(Analysis a) {
    Contribution c = a.contribution;
    if (c == null) {
      return;
    }
    boolean medicine = a.has(Cue.MEDICAL_TERM);
    if (medicine) {
      named.set(c.number());
    }
    Boolean before = latest.put(c.author(), medicine);
    if (medicine != Boolean.TRUE.equals(before)) {
      naming += medicine ? 1 : -1;
    }
    asked = null;
  }
}
