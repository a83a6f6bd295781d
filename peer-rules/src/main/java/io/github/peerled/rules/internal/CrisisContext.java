package io.github.peerled.rules.internal;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.rules.Span;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What the crisis reading keeps of a session's earlier turns, per member: the last contribution
 * with a signal and the last crisis, and the one check left open. A contribution is a crisis by its
 * context when:
 *
 * <ol>
 *   <li>it answers a check ("are you safe right now?", "are you thinking of hurting yourself?")
 *       unsurely ("not really", "i don't know", "kind of"), with a yes to a check of harm, or with
 *       a no to a check of safety, unless it says it is safe; a check of whether someone is ok
 *       counts only after a signal of the one asked;
 *   <li>its author had a crisis within the last {@value #FOLLOW_UP} contributions and it adds a
 *       means, a medicine, an amount, a plan or a time;
 *   <li>it holds a signal of at least {@value #SIGNAL} (hopelessness alone, a lowered ending) and
 *       its author gave another signal earlier in the session;
 *   <li>its author had a crisis within the last {@value #FOLLOW_UP} contributions and, not in
 *       answer to a check, it names two of a day, being alone, a place of a fall, a hedged thought
 *       and a settled affair ({@link CrisisArrangement#when}: "I'd thought about Wednesday when
 *       he's on the long shift").
 * </ol>
 *
 * A contribution is a crisis of its own when the rules or the learned reading call one, or when it
 * tells of final arrangements ({@link CrisisArrangement}), read outside the learned reading.
 *
 * <p>A contribution is no crisis of its own, nor by its context, when
 *
 * <ul>
 *   <li>its crisis words are an everyday complaint ({@link CrisisEveryday}: "can't do this anymore,
 *       the washing-up..."); it is then no signal for the session either;
 *   <li>its author had a crisis within the last {@value #FOLLOW_UP} contributions, already met, and
 *       it adds nothing to it: it answers a direct question whether they think of harm (not whether
 *       they are safe now, nor a mere "you ok?") or says it is safe ("I could give it to her"), and
 *       holds no content word of the crisis reading, no crisis the learned reading calls, no
 *       thought of one's own in one's own words ("i've thought about how") and, unless it says it
 *       is safe, no means, medicine, amount, plan or time ("not tonight"): "yeah", "sort of. yes",
 *       "maybe. i dunno. its been in my head a lot".
 * </ul>
 *
 * A crisis read in an answer to a check of harm or of safety names, beside the answer, the earlier
 * contribution the check asked about ({@link #answered}): "Sometimes. Yes." confirms what its
 * author said before the check.
 *
 * <p>Two small maps and a ring of recent authors; not thread-safe, confined to its session.
 */
final class CrisisContext {
  /** The weight of a signal that counts toward the session. */
  static final double SIGNAL = 0.5;

  /** Contributions within which a follow-up adds to its author's crisis. */
  static final int FOLLOW_UP = 10;

  /** Contributions within which the one asked answers a check. */
  static final int ANSWER_WITHIN = 6;

  private static final int RING = 32;

  private final Map<MemberId, Integer> lastSignal = new HashMap<>();
  private final Map<MemberId, Integer> lastCrisis = new HashMap<>();
  private final @Nullable MemberId[] authors = new MemberId[RING];
  private @Nullable MemberId lastSignalAuthor;
  private int lastSignalAt;
  private int checkAt; // 0: no open check
  private int checkKind;
  private boolean asksElseLast;
  private boolean own;
  private @Nullable Span ownSpan;
  private @Nullable MemberId checker;
  private @Nullable MemberId target;
  private int checkAbout; // the target's contribution the open check asks about; 0: none
  private int answered; // what the contribution last read answered a check about; 0: nothing

  /**
   * Reads a contribution in its context and remembers it.
   *
   * @return the span that makes it a crisis by its context, or null when its context adds nothing
   */
  @Nullable Span read(Analysis a, SafetyReading s) {
    Contribution c = a.contribution();
    int number = c.number();
    MemberId author = c.author();
    OptionalInt reply = c.replyTo();
    CrisisReading r = s.reading;
    Integer crisisAt = lastCrisis.get(author);
    boolean met = crisisAt != null && number - crisisAt <= FOLLOW_UP;
    boolean safe = (r.answers & CrisisConcept.SAFE.bit()) != 0;
    boolean adds =
        r.signal > 0
            || s.signal() >= SIGNAL
            || s.learned
            || r.ownThought
            || (r.addsMeansPlanOrTime && !safe);
    boolean direct = false; // answers a direct question whether they think of harm
    Span why = null;
    answered = 0;
    if (checkAt > 0 && number - checkAt > ANSWER_WITHIN) {
      checkAt = 0;
    }
    if (checkAt > 0 && !author.equals(checker)) {
      boolean replies = reply.isPresent() && reply.getAsInt() == checkAt;
      boolean asked = target != null && author.equals(target);
      if (replies || asked || (target == null && number - checkAt <= 2)) {
        direct = checkKind == CrisisReading.RISK_CHECK;
        if (author.equals(target) && checkKind != CrisisReading.WEAK_CHECK) {
          answered = checkAbout;
        }
        if (unsafe(r.answers, checkKind, asksElseLast)) {
          why = r.answerSpan != null ? r.answerSpan : whole(a);
        }
        if (replies || asked) {
          checkAt = 0;
        }
      }
    }
    Span arranged = CrisisArrangement.of(a);
    boolean quiet = r.everyday || (met && !adds && arranged == null && (direct || safe));
    own = (s.isCrisis() || arranged != null) && !quiet;
    ownSpan = s.isCrisis() || arranged == null ? null : arranged;
    boolean later = !direct && !safe && CrisisArrangement.when(a); // "Sunday night, on my own"
    if (why == null && !own && met && (r.addsMeansPlanOrTime || later)) {
      why = r.spans.isEmpty() ? whole(a) : r.spans.get(0);
    }
    if (why == null && !own && lastSignal.containsKey(author) && s.signal() >= SIGNAL) {
      why = !s.crisisSpans.isEmpty() ? s.crisisSpans.get(0) : first(a, r);
    }
    if (quiet) {
      why = null;
    }
    boolean crisis = own || why != null;
    if (crisis || (s.signal() >= SIGNAL && !r.everyday)) {
      lastSignal.put(author, number);
      lastSignalAuthor = author;
      lastSignalAt = number;
    }
    if (crisis) {
      lastCrisis.put(author, number);
    }
    authors[number % RING] = author;
    if (r.check != CrisisReading.NO_CHECK) {
      open(number, author, reply, r.check);
      asksElseLast = r.asksElseLast;
    }
    return why;
  }

  /**
   * Tells whether the contribution last read is a crisis of its own: the rules or the learned
   * reading call one, and it is neither an everyday complaint nor a follow-up that adds nothing to
   * a crisis already met.
   */
  boolean own() {
    return own;
  }

  /**
   * The phrase of a final arrangement ({@link CrisisArrangement}) when that alone made the
   * contribution last read a crisis of its own, else null: the rules' spans hold none then.
   */
  @Nullable Span ownSpan() {
    return ownSpan;
  }

  /**
   * The earlier contribution a check answered by the contribution last read asked about (the one
   * the check replied to, or its author's last signal), when its author answers a check of harm or
   * of safety: a confirmation belongs to what it confirms. 0 when it answered none.
   */
  int answered() {
    return answered;
  }

  /** Opens a check, aimed at the author it replies to or at the last member with a signal. */
  private void open(int number, MemberId author, OptionalInt reply, int kind) {
    MemberId t = null;
    int about = 0;
    if (reply.isPresent() && number - reply.getAsInt() < RING) {
      t = authors[reply.getAsInt() % RING];
      about = reply.getAsInt();
    } else if (lastSignalAuthor != null && number - lastSignalAt <= ANSWER_WITHIN) {
      t = lastSignalAuthor;
      about = lastSignalAt;
    }
    if (t != null && t.equals(author)) {
      t = null;
    }
    if (kind == CrisisReading.WEAK_CHECK && (t == null || !lastSignal.containsKey(t))) {
      return; // "are you ok?" is a check only after a signal of the one asked
    }
    checkAt = number;
    checkKind = kind;
    checker = author;
    target = t;
    checkAbout = t == null ? 0 : about;
  }

  /**
   * Tells whether the answers read as not safe for a kind of check: unsure answers always; a yes to
   * a check of harm, a no to a check of safety, unless it says it is safe; when the check was
   * followed by another question, only unsure answers.
   */
  private static boolean unsafe(int answers, int kind, boolean asksElseLast) {
    boolean unsure = (answers & CrisisConcept.ANSWER_UNSURE.bit()) != 0;
    if (asksElseLast) {
      return unsure; // a yes or a no may answer the last question, not the check
    }
    boolean yes = (answers & CrisisConcept.ANSWER_YES.bit()) != 0;
    boolean no = (answers & CrisisConcept.ANSWER_NO.bit()) != 0;
    boolean safe = (answers & CrisisConcept.SAFE.bit()) != 0;
    if (kind == CrisisReading.RISK_CHECK) {
      return unsure || (yes && !safe);
    }
    return unsure || (no && !safe);
  }

  private static Span first(Analysis a, CrisisReading r) {
    return r.spans.isEmpty() ? whole(a) : r.spans.get(0);
  }

  private static Span whole(Analysis a) {
    return new Span(0, a.text.length());
  }
}
