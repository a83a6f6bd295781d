package io.github.peerled.rules.internal;

import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.rules.FindingSink;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.Severity;
import io.github.peerled.rules.SuggestedAction;
import io.github.peerled.rules.detect.internal.WordTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The requests for support of one session that still wait for an answer, for {@code
 * everyone-counts}. A request is answered by a later contribution from someone else that replies to
 * it (or to something the asker said since), names the asker, welcomes a newcomer without handing
 * the floor to someone else, is a {@link ContributionKind#RESPONSE} to nothing in particular right
 * after it, or is a response to nothing in particular sharing at least {@link #MIN_SHARED_WORDS}
 * content words with what was asked. A reply to something said before the request answers nothing
 * but its own thread, even when it names the asker. An answer that comes only once {@code
 * afterContributions} others have talked past the request is late: the request is flagged first. An
 * unanswered request is flagged quoting what was asked, and escalates: {@link Severity#NUDGE} the
 * first time, {@link Severity#INTERVENE} when the request carries distress words; when the same
 * member asks again, an unflagged first ask is flagged too, and the repeat at {@link
 * Severity#INTERVENE}.
 *
 * <p>At most {@link #MAX_TRACKED} requests are tracked, each with at most {@link #MAX_WORDS}
 * content words, so the work per contribution is bounded by the length of its text. Not
 * thread-safe; one per session.
 */
final class OpenRequests {
  /** The most requests tracked at once; the oldest is let go beyond. */
  static final int MAX_TRACKED = 16;

  /** The most content words kept per request. */
  static final int MAX_WORDS = 12;

  /** Content words a contribution shares with a request to count as answering it. */
  static final int MIN_SHARED_WORDS = 2;

  /** The most request numbers a chain of repeats lists in a finding. */
  private static final int MAX_CHAIN = 8;

  /** A request for support, or a chain of the same member's repeated requests. */
  private static final class Request {
    final List<Integer> numbers = new ArrayList<>(2);
    final List<Integer> own = new ArrayList<>(2);
    final MemberId author;
    final Instant deadline;
    final String asked;
    final @Nullable String firstAsked;
    final List<String> words = new ArrayList<>(MAX_WORDS); // distinct, in order
    final int asks;
    final boolean newcomer;
    final List<String> names;
    final int[] nameHashes;
    final int[] wordIds = new int[MAX_WORDS];
    @Nullable String distress;
    int othersSince;
    boolean flagged;

    Request(
        int number,
        MemberId author,
        Instant at,
        String asked,
        @Nullable String firstAsked,
        int asks,
        boolean newcomer,
        List<String> names,
        Duration afterTime) {
      this.numbers.add(number);
      this.author = author;
      this.deadline = at.plus(afterTime);
      this.asked = asked;
      this.firstAsked = firstAsked;
      this.asks = asks;
      this.newcomer = newcomer;
      this.names = names;
      this.nameHashes = new int[names.size()];
      for (int i = 0; i < nameHashes.length; i++) {
        nameHashes[i] = RequestTexts.firstWordHash(names.get(i));
      }
      this.own.add(number);
    }

    void addOwn(int number) {
      if (own.size() < MAX_CHAIN) {
        own.add(number);
      }
    }

    int number() {
      return numbers.get(numbers.size() - 1);
    }
  }

  private final GroupContext context;
  private final WordTable stopwords;
  private final int afterContributions;
  private final Duration afterTime;
  private final List<Request> tracked = new ArrayList<>();
  private final Map<MemberId, Request> latestBy = new HashMap<>();

  /**
   * The most words and names {@link #asked} and {@link #nameFilter} take in before they are made
   * again from the tracked requests alone: the requests answered or let go meanwhile stay in them,
   * harmless, until then.
   */
  private static final int REINDEX_AFTER = 4 * MAX_TRACKED * MAX_WORDS;

  /** The words of the tracked requests (and of some gone since), each numbered once. */
  private final WordTable asked = new WordTable(MAX_TRACKED * MAX_WORDS);

  /**
   * One bit per {@link #filterBit} of the hashes of the first words of the tracked requests' names
   * (and of some gone since): a token whose bit is clear names no one.
   */
  private final long[] nameFilter = new long[16];

  private int nameCount;

  /** Whether {@link #asked} and {@link #nameFilter} are to be made again before the next read. */
  private boolean dirty;

  /** Per word of {@link #asked}: the {@link #stamp} of the last reply that held it. */
  private int[] heard = new int[MAX_TRACKED * MAX_WORDS];

  private int stamp;

  OpenRequests(
      GroupContext context, WordTable stopwords, int afterContributions, Duration afterTime) {
    this.context = context;
    this.stopwords = stopwords;
    this.afterContributions = afterContributions;
    this.afterTime = afterTime;
  }

  /**
   * Reads one contribution: what it answers, which requests it leaves unanswered too long, and
   * whether it asks for support itself.
   *
   * @param a the contribution's analysis
   * @param firstTurn whether this is the author's first contribution of the session
   * @param sink receives findings
   */
  void accept(Analysis a, boolean firstTurn, FindingSink sink) {
    Contribution c = a.contribution();
    if (!tracked.isEmpty()) {
      expire(c, sink, true);
      answer(a, c);
      expire(c, sink, false);
    }
    if (c.kind() == ContributionKind.REQUEST_FOR_SUPPORT) {
      ask(a, c, firstTurn, sink);
    }
  }

  /** Flags the requests still unanswered when the session ends. */
  void finish(FindingSink sink) {
    for (Request req : tracked) {
      if (!req.flagged) {
        report(req, req.number(), sink, true);
      }
    }
    tracked.clear();
    reset();
    latestBy.clear();
  }

  private void answer(Analysis a, Contribution c) {
    MemberId author = c.author();
    // a response to no one in particular may take up what was asked in its words; a member's own
    // sharing or question, a facilitator's word to the room, or a reply addressed to someone else
    // that happens to use the asker's words has not
    boolean byWords = c.kind() == ContributionKind.RESPONSE && c.replyTo().isEmpty();
    boolean named = read(a, byWords);
    boolean latestOpen = true;
    for (int i = tracked.size() - 1; i >= 0; i--) {
      Request req = tracked.get(i);
      if (req.author.equals(author)) {
        req.addOwn(c.number());
        latestOpen = false;
        continue;
      }
      boolean answered = false;
      if (c.replyTo().isPresent()) {
        answered = req.own.contains(c.replyTo().getAsInt());
      } else if (c.kind() == ContributionKind.RESPONSE && latestOpen && req.othersSince == 0) {
        answered = true; // a response right after the request
      }
      // a reply to something said before the request carries on an older thread, even when it
      // names the asker ("Cheers Orla" to her earlier message): it has not taken up the request
      boolean olderThread = c.replyTo().isPresent() && c.replyTo().getAsInt() < req.numbers.get(0);
      if (!answered && !olderThread) {
        answered =
            (named && RequestTexts.namesAny(a, req.names))
                || (req.newcomer && a.has(Cue.WELCOME) && !handsOn(a, req.author));
        if (!answered && byWords) {
          answered = heardWords(req, MIN_SHARED_WORDS) >= MIN_SHARED_WORDS;
        }
      }
      latestOpen = false;
      if (answered) {
        tracked.remove(i);
        latestBy.remove(req.author, req);
      } else {
        req.othersSince++;
      }
    }
  }

  /**
   * Flags the requests left too long. Before a contribution is read as an answer ({@code late}),
   * only by count: an answer that comes only after {@code afterContributions} others have talked
   * past the request comes too late to spare the asker the wait; time alone does not make an answer
   * late, since a slow thread's very next contribution may come after the deadline.
   */
  private void expire(Contribution c, FindingSink sink, boolean late) {
    for (Request req : tracked) {
      if (req.flagged) {
        continue;
      }
      boolean byCount = c.number() - req.number() >= afterContributions;
      boolean byTime = !late && !c.at().isBefore(req.deadline);
      if (byCount || byTime) {
        req.flagged = true;
        report(req, c.number(), sink, false);
      }
    }
  }

  private void ask(Analysis a, Contribution c, boolean firstTurn, FindingSink sink) {
    MemberId author = c.author();
    Request prior = latestBy.get(author);
    String asked = Texts.shorten(a.text, Texts.MAX_QUOTE);
    if (prior != null && prior.othersSince == 0) {
      // the same member goes on asking before anyone else spoke: one request
      int known = prior.words.size();
      for (String w : RequestTexts.contentWords(a, stopwords, MAX_WORDS - known)) {
        if (!prior.words.contains(w)) {
          prior.words.add(w);
        }
      }
      register(prior, known, false);
      if (prior.distress == null) {
        prior.distress = RequestTexts.distress(a);
      }
      prior.addOwn(c.number());
      return;
    }
    Member m = context.byId().get(author);
    Request req =
        new Request(
            c.number(),
            author,
            c.at(),
            asked,
            prior == null ? null : prior.firstAsked == null ? prior.asked : prior.firstAsked,
            prior == null ? 1 : prior.asks + 1,
            firstTurn || (m != null && m.standing() == Standing.NEWCOMER),
            namesOf(author),
            afterTime);
    req.words.addAll(RequestTexts.contentWords(a, stopwords, MAX_WORDS));
    req.distress = RequestTexts.distress(a);
    if (prior != null) {
      for (int n : prior.numbers) {
        if (req.numbers.size() < MAX_CHAIN) {
          req.numbers.add(req.numbers.size() - 1, n);
        }
      }
      for (int n : prior.own) {
        req.addOwn(n);
      }
      tracked.remove(prior);
      if (!prior.flagged) {
        report(prior, prior.number(), sink, false); // it went unanswered before they asked again
      }
      req.flagged = true;
      report(req, c.number(), sink, false);
    }
    tracked.add(req);
    register(req, 0, true);
    latestBy.put(author, req);
    if (tracked.size() > MAX_TRACKED) {
      Request oldest = tracked.remove(0);
      latestBy.remove(oldest.author, oldest);
      if (!oldest.flagged) {
        report(oldest, c.number(), sink, false);
      }
    }
  }

  private void report(Request req, int now, FindingSink sink, boolean atEnd) {
    String who = context.nameOf(req.author);
    boolean repeat = req.asks > 1;
    boolean urgent = repeat || req.distress != null;
    StringBuilder m = new StringBuilder(who);
    if (repeat) {
      m.append(" asked for support again (")
          .append(ordinal(req.asks))
          .append(" time): \"")
          .append(req.asked)
          .append('"');
      if (req.firstAsked != null) {
        m.append(", first asking \"").append(req.firstAsked).append('"');
      }
    } else {
      m.append(" asked for support (\"").append(req.asked).append("\")");
    }
    m.append(
        atEnd
            ? " and nobody answered before the session ended"
            : repeat ? ", and nobody has answered yet" : " and nobody has answered yet");
    if (req.distress != null) {
      m.append("; ").append(who).append(" sounds in distress (\"").append(req.distress);
      m.append("\")");
    }
    if (urgent) {
      m.append(". Everyone counts: respond now")
          .append(atEnd ? ", or reach out to " + who + " before they leave" : "")
          .append(", for example \"")
          .append(who)
          .append(", I'm sorry we haven't come back to you. Can we stay with what you asked?\"");
    } else {
      m.append(". Everyone counts: you could bring the group back to it, \"")
          .append(who)
          .append(", I don't want us to leave what you said hanging.\"");
    }
    List<Integer> numbers = new ArrayList<>(req.numbers);
    if (!numbers.contains(now)) {
      numbers.add(now);
    }
    sink.report(
        sink.draft(
                urgent ? Severity.INTERVENE : Severity.NUDGE,
                SuggestedAction.RESPOND_TO_UNANSWERED_REQUEST,
                m.toString())
            .contributions(numbers)
            .addMember(req.author)
            .build());
  }

  private static String ordinal(int n) {
    return switch (n) {
      case 2 -> "a second";
      case 3 -> "a third";
      default -> "the " + n + "th";
    };
  }

  /**
   * Tells whether a welcome names someone other than the asker and its author: a welcome to the
   * room that hands the floor on ("welcome to the new faces. Rhodri, do you want to start?") has
   * not taken up the newcomer's request. Read only for a welcome while a newcomer's request is
   * open.
   */
  private boolean handsOn(Analysis a, MemberId asker) {
    MemberId author = a.contribution().author();
    for (MemberId m : context.byId().keySet()) {
      if (!m.equals(asker) && !m.equals(author) && RequestTexts.namesAny(a, namesOf(m))) {
        return true;
      }
    }
    return false;
  }

  /** The lowercased names a reply may address the asker by: display name, its first word, id. */
  private List<String> namesOf(MemberId id) {
    Set<String> names = new LinkedHashSet<>();
    Member m = context.byId().get(id);
    if (m != null && m.displayName().isPresent()) {
      String name = m.displayName().get().strip().toLowerCase(Locale.ROOT);
      names.add(name);
      int space = name.indexOf(' ');
      if (space >= 3) {
        names.add(name.substring(0, space));
      }
    }
    names.add(id.value().toLowerCase(Locale.ROOT));
    names.removeIf(String::isEmpty);
    return List.copyOf(names);
  }

  /**
   * Reads a contribution's tokens once, by the hashes the analysis made: whether one of them may
   * name the author of a tracked request (its bit is set in {@link #nameFilter}; {@link
   * RequestTexts#namesAny} tells for sure), and, with {@code words}, which of the tracked requests'
   * words it holds (marked in {@link #heard} with a new {@link #stamp}; a token counts once a
   * possessive 's or a plural -s is stripped). Only the tokens whose hash matches are compared char
   * by char, and nothing is allocated.
   *
   * @return whether a token may name someone
   */
  private boolean read(Analysis a, boolean words) {
    if (dirty) {
      index();
    }
    if (++stamp == 0) {
      Arrays.fill(heard, 0);
      stamp = 1;
    }
    char[] lower = a.lower;
    boolean named = false;
    for (int t = 0; t < a.tokenCount; t++) {
      named = named || mayName(a.tokenWordHash[t]);
      if (words) {
        int s = a.tokenStart[t];
        int e = a.tokenEnd[t];
        int stem = RequestTexts.stemEnd(lower, s, e);
        if (stem - s >= 3) {
          int w = asked.find(lower, s, stem, RequestTexts.unhash(a.tokenHash[t], lower, stem, e));
          if (w >= 0) {
            heard[w] = stamp;
          }
        }
      }
    }
    return named;
  }

  private static int filterBit(int hash) {
    return (hash * 0x9E3779B9) >>> 22;
  }

  private boolean mayName(int hash) {
    int b = filterBit(hash);
    return (nameFilter[b >>> 6] & (1L << b)) != 0;
  }

  /** Counts the request's words the last read contribution held, stopping at {@code enough}. */
  private int heardWords(Request req, int enough) {
    int n = 0;
    for (int k = 0, count = req.words.size(); k < count; k++) {
      if (heard[req.wordIds[k]] == stamp && ++n >= enough) {
        return n;
      }
    }
    return n;
  }

  /**
   * Numbers a request's words from {@code from} on, and with {@code names} marks its names in the
   * filter; asks for the index to be made again once it holds too much of requests gone.
   */
  private void register(Request r, int from, boolean names) {
    int k = 0;
    for (String w : r.words) {
      if (k >= from) {
        r.wordIds[k] = asked.add(w);
      }
      k++;
    }
    if (names) {
      for (int h : r.nameHashes) {
        int b = filterBit(h);
        nameFilter[b >>> 6] |= 1L << b;
        nameCount++;
      }
    }
    if (heard.length < asked.size()) {
      heard = Arrays.copyOf(heard, Math.max(asked.size(), heard.length * 2));
    }
    if (asked.size() > REINDEX_AFTER || nameCount > REINDEX_AFTER) {
      dirty = true;
    }
  }

  /** Makes the index again from the tracked requests alone. */
  private void index() {
    reset();
    for (Request r : tracked) {
      register(r, 0, true);
    }
    dirty = false;
  }

  private void reset() {
    asked.clear();
    Arrays.fill(nameFilter, 0);
    nameCount = 0;
    Arrays.fill(heard, 0);
    stamp = 0;
  }
}
