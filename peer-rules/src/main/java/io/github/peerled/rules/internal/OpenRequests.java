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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The requests for support of one session that still wait for an answer, for {@code
 * everyone-counts}. A request is answered by a later contribution from someone else that replies to
 * it (or to something the asker said since), names the asker, welcomes a newcomer, shares at least
 * {@link #MIN_SHARED_WORDS} content words with what was asked, or is a {@link
 * ContributionKind#RESPONSE} to nothing in particular right after it. An unanswered request is
 * flagged quoting what was asked, and escalates: {@link Severity#NUDGE} the first time, {@link
 * Severity#INTERVENE} when the same member asks again or the request carries distress words.
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
    final Instant at;
    final String asked;
    final @Nullable String firstAsked;
    final Set<String> words = new LinkedHashSet<>();
    final int asks;
    final boolean newcomer;
    final List<String> names;
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
        List<String> names) {
      this.numbers.add(number);
      this.author = author;
      this.at = at;
      this.asked = asked;
      this.firstAsked = firstAsked;
      this.asks = asks;
      this.newcomer = newcomer;
      this.names = names;
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
  private final Set<String> stopwords;
  private final int afterContributions;
  private final Duration afterTime;
  private final List<Request> tracked = new ArrayList<>();
  private final Map<MemberId, Request> latestBy = new HashMap<>();
  private int @Nullable [] hashes;
  private int @Nullable [] nameHashes;

  OpenRequests(
      GroupContext context, Set<String> stopwords, int afterContributions, Duration afterTime) {
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
      answer(a, c);
      expire(c, sink);
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
    hashes = null;
    nameHashes = null;
    latestBy.clear();
  }

  private void answer(Analysis a, Contribution c) {
    MemberId author = c.author();
    @Nullable Set<String> words = null;
    boolean named = namesSomeone(a);
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
      if (!answered) {
        answered =
            (named && RequestTexts.namesAny(a, req.names)) || (req.newcomer && a.has(Cue.WELCOME));
        if (!answered && c.kind() != ContributionKind.REQUEST_FOR_SUPPORT) {
          if (words == null) {
            words = wordsAsked(a);
          }
          answered = RequestTexts.shared(req.words, words, MIN_SHARED_WORDS) >= MIN_SHARED_WORDS;
        }
      }
      latestOpen = false;
      if (answered) {
        tracked.remove(i);
        hashes = null;
        nameHashes = null;
        latestBy.remove(req.author, req);
      } else {
        req.othersSince++;
      }
    }
  }

  private void expire(Contribution c, FindingSink sink) {
    for (Request req : tracked) {
      if (req.flagged) {
        continue;
      }
      boolean byCount = c.number() - req.number() >= afterContributions;
      boolean byTime = !c.at().isBefore(req.at.plus(afterTime));
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
      prior.words.addAll(
          RequestTexts.limit(
              RequestTexts.contentWords(a, stopwords), MAX_WORDS - prior.words.size()));
      hashes = null;
      nameHashes = null;
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
            namesOf(author));
    req.words.addAll(RequestTexts.limit(RequestTexts.contentWords(a, stopwords), MAX_WORDS));
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
      req.flagged = true;
      report(req, c.number(), sink, false);
    }
    tracked.add(req);
    hashes = null;
    nameHashes = null;
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
   * Whether a text may name the author of a tracked request: one of its tokens hashes like the
   * first word of one of their names. Each token is hashed in place and looked up among the sorted
   * hashes of those names, so a contribution that names nobody costs one pass over its tokens.
   */
  private boolean namesSomeone(Analysis a) {
    int[] names = nameHashes();
    for (int t = 0; t < a.tokenCount; t++) {
      int s = a.tokenStart[t];
      int x = RequestTexts.hash(a.lower, s, RequestTexts.wordEnd(a.lower, s, a.tokenEnd[t]));
      if (Arrays.binarySearch(names, x) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The sorted hashes of the first words of the tracked requests' names. */
  private int[] nameHashes() {
    int[] h = nameHashes;
    if (h == null) {
      int n = 0;
      for (Request r : tracked) {
        n += r.names.size();
      }
      h = new int[n];
      int i = 0;
      for (Request r : tracked) {
        for (String name : r.names) {
          h[i++] = RequestTexts.firstWordHash(name);
        }
      }
      Arrays.sort(h);
      nameHashes = h;
    }
    return h;
  }

  /**
   * The words of a reply that some tracked request asked about. Each token is hashed in place and
   * looked up among the hashes of the requests' words; only a token whose hash matches is made a
   * string, so a reply costs one pass over its tokens and allocates little.
   */
  private Set<String> wordsAsked(Analysis a) {
    int[] asked = askedHashes();
    Set<String> out = new HashSet<>();
    for (int t = 0; t < a.tokenCount; t++) {
      int s = a.tokenStart[t];
      int e = RequestTexts.stemEnd(a.lower, s, a.tokenEnd[t]);
      if (e - s < 3) {
        continue;
      }
      if (Arrays.binarySearch(asked, RequestTexts.hash(a.lower, s, e)) >= 0) {
        out.add(new String(a.lower, s, e - s));
      }
    }
    return out;
  }

  /** The sorted hashes of the tracked requests' words (as {@link String#hashCode()}). */
  private int[] askedHashes() {
    int[] h = hashes;
    if (h == null) {
      int n = 0;
      for (Request r : tracked) {
        n += r.words.size();
      }
      h = new int[n];
      int i = 0;
      for (Request r : tracked) {
        for (String w : r.words) {
          h[i++] = w.hashCode();
        }
      }
      Arrays.sort(h);
      hashes = h;
    }
    return h;
  }
}
