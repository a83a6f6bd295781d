package io.github.peerled.rules.internal;

import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.Span;
import io.github.peerled.rules.detect.internal.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds personal remarks in one analysed contribution, from the hits of the shared scan, by how
 * their words stand to a person present:
 *
 * <ul>
 *   <li>an {@link Cue#ATTACK} phrase ("shut up", "nobody asked you", a retort that sums the
 *       listener up: "says the man who", "spoken like someone"), unless it is what the author would
 *       have someone outside the group told ("tell him to shut up");
 *   <li>a {@link Cue#CONTEMPT} word ("idiot", "pathetic") aimed at a person: reading back from it
 *       over at most {@value #MAX_LINK} {@link Cue#ATTACK_LINK} words ("are", "such", "a") within
 *       the clause, the first other word is "you", some of those present ({@link Cue#GROUP_TARGET}:
 *       "some people here"), a member's name, or "he" or "she" standing for a member; or it is
 *       followed by a member's name that ends the sentence ("stop being such a crybaby, Ann") or by
 *       what aims it ({@link Cue#AIM_TAIL}: "typical of you"). "I felt so stupid", "my stupid pump"
 *       and "your stupid sensor" are not aimed at a person. A reply whose sentence is the insult
 *       word alone ("pathetic.", "what a moron.") is a retort at the one replied to, unless its
 *       author speaks of themselves anywhere in it;
 *   <li>contempt for what a member said: an insult or {@link Cue#SCORN} word before a {@link
 *       Cue#CONTRIBUTION_WORD} ("your stupid idea", "that is the dumbest comment", a reply that is
 *       only "what a stupid idea."), after one ("your advice is garbage", "you're talking
 *       rubbish"), or aimed by what follows ("that's rubbish and you know it");
 *   <li>a {@link Cue#DISMISSAL} that opens its sentence and ends its clause ("Oh grow up.", "Give
 *       it a rest, Ann"), a {@link Cue#SNEER} that ends its sentence ("lol ok.", "Sure, Jan.") and
 *       a {@link Cue#MOCK} title before a name or as a form of address ("Saint Ann", "Nice one,
 *       Einstein."), each in a contribution spoken to someone;
 *   <li>envy put as sarcasm ({@link Cue#BARB} "must be nice", "alright for some") opening its
 *       sentence without a subject, in a contribution spoken to someone ("cute. must be nice to
 *       ...", not "that must be nice for you");
 *   <li>a frame of the clause around "you" with no remark word in it ({@link RemarkFrames}): a
 *       motive imputed ("you only post this so everyone ..."), sarcasm giving the listener's reason
 *       ("Sure, Ann, because you ..."), condescension put with courtesy ("With respect, you clearly
 *       ..."), experience belittled as a short span beside a jibe ("you've been in a chair five
 *       minutes").
 * </ul>
 *
 * None counts when quoted or reported in its clause ("he said you're worthless"), nor in a
 * contribution that calls a remark out ({@link Cue#CALL_OUT}: "that's out of order", "stop there",
 * "we don't talk to each other like that"), which stops an attack even when it names what was said.
 * A sentence that holds reassurance, empathy or self-talk ({@link Cue#NOT_ATTACK}: "you're not",
 * "you must feel", "silly me", "I'll shut up") before the remark holds no remark. Disagreement put
 * with respect ("I strongly disagree", "I think that's wrong because") holds none of these cues.
 * Work is linear in the hits and tokens of the contribution (at most {@value #MAX_READ} phrases are
 * read) and is done only when it holds a remark cue, or (the frames only) says "you" with no
 * reassurance or empathy. Immutable and thread-safe.
 */
final class PersonalRemarks {
  /** The most link words read back from an insult word to the person it is aimed at. */
  static final int MAX_LINK = 5;

  /**
   * The most remark phrases read in one contribution: each is checked against the contribution's
   * other hits, so the cap keeps the work linear in the length of the text.
   */
  static final int MAX_READ = 32;

  /** The cues a remark is read from. */
  private static final long REMARK_CUES =
      Cue.ATTACK.bit()
          | Cue.CONTEMPT.bit()
          | Cue.SCORN.bit()
          | Cue.DISMISSAL.bit()
          | Cue.SNEER.bit()
          | Cue.MOCK.bit()
          | Cue.BARB.bit();

  /** The cues a jibe is read from. */
  private static final long JIBE_CUES =
      Cue.BARB.bit()
          | Cue.SNEER.bit()
          | Cue.MOCK.bit()
          | Cue.CONTEMPT.bit()
          | Cue.SCORN.bit()
          | Cue.DISMISSAL.bit();

  /** The fewest distinct jibes that make a remark together. */
  static final int BARBS = 2;

  private static final Pattern BLANKS = Pattern.compile("\\s+"); // compiled once, not per session

  /** Members by the first word of their display name, and by id, lowercased. */
  private final Map<String, MemberId> byName = new HashMap<>();

  PersonalRemarks(GroupContext context) {
    for (Member m : context.members()) {
      name(m.id().value(), m.id());
      m.displayName().ifPresent(n -> name(BLANKS.split(n.strip(), 2)[0], m.id()));
    }
  }

  private void name(String word, MemberId id) {
    String w = Lexicon.normalise(word);
    if (w.length() >= 2) {
      byName.putIfAbsent(w, id);
    }
  }

  /**
   * The remarks of one contribution.
   *
   * @param spans the evidence: each attack phrase or insult word
   * @param named a member named as the one the remark is aimed at, if any
   * @param mocking whether laughter is the remark itself (a member's words quoted back with a
   *     laugh), so it is never read as friendly teasing
   */
  record Found(List<Span> spans, @Nullable MemberId named, boolean mocking) {
    Found(List<Span> spans, @Nullable MemberId named) {
      this(spans, named, false);
    }
  }

  /** Returns the remarks of a contribution, or null if it holds none. */
  @Nullable Found find(Analysis a) {
    return find(a, false);
  }

  /**
   * Returns the remarks of a contribution, or null if it holds none.
   *
   * @param heated whether the contribution is part of an exchange of remarks: it is by one of the
   *     two people of a remark just made, or replies to the one who made it; then one jibe aimed at
   *     someone is a remark ("here comes the fan club") where otherwise it takes {@value #BARBS}
   */
  @Nullable Found find(Analysis a, boolean heated) {
    if (a.has(Cue.CALL_OUT)) {
      return null; // "Ben, that was uncalled for. Telling Ann she's a drama queen isn't okay."
    }
    if ((a.cues & REMARK_CUES) == 0) {
      return framed(a, null);
    }
    RemarkReading r = new RemarkReading(new RemarkWords(a, byName));
    List<Span> spans = new ArrayList<>(1);
    MemberId named = null;
    int read = 0;
    for (int h = 0; h < a.hitCount && read < MAX_READ; h++) {
      Cue c = a.cue(h);
      if ((c.bit() & REMARK_CUES) == 0 || (c == Cue.BARB && !RemarkClauses.envy(a, h))) {
        continue;
      }
      read++;
      if (a.hitQuoted[h] || RemarkClauses.softened(a, h) || reported(a, h) || within(spans, a, h)) {
        continue;
      }
      r.named = null;
      boolean remark =
          switch (c) {
            case ATTACK -> {
              r.named = RemarkReading.addressed(r.w, h);
              yield !r.w.toSomeoneElse(h) && (!retort(a, h) || r.opens(h));
            }
            case CONTEMPT -> r.insult(h, false);
            case SCORN -> r.insult(h, true);
            case DISMISSAL -> r.dismissal(h);
            case SNEER -> r.sneer(h);
            case BARB -> r.envious(h);
            default -> r.mock(h);
          };
      if (remark) {
        spans.add(a.span(h));
        named = named == null ? r.named : named;
      }
    }
    if (spans.isEmpty()) {
      Found framed = framed(a, r.w);
      if (framed != null) {
        return framed;
      }
      named = barbs(a, r.w, spans, heated ? 1 : BARBS);
    }
    if (!spans.isEmpty()) {
      Span mocked = RemarkFrames.mockedWords(a);
      if (mocked != null) {
        spans.add(mocked); // the laugh is part of the remark: not friendly teasing
      }
    }
    spans.sort(Comparator.comparingInt(Span::start));
    return spans.isEmpty() ? null : new Found(List.copyOf(spans), named);
  }

  /**
   * Returns the remark a frame of the clause around "you" makes, or a member's words quoted back
   * with a laugh ({@link RemarkFrames}), or null; read only in a contribution that holds no
   * reassurance or empathy, the frames only when it says "you", the quote only in a reply that
   * laughs.
   */
  private @Nullable Found framed(Analysis a, @Nullable RemarkWords words) {
    if (a.has(Cue.NOT_ATTACK)) {
      return null;
    }
    int h = a.has(Cue.SECOND_PERSON) ? RemarkFrames.find(a) : -1;
    Span span = h >= 0 ? a.span(h) : RemarkFrames.mockedWords(a);
    if (span == null) {
      return null;
    }
    RemarkWords w = words != null ? words : new RemarkWords(a, byName);
    return new Found(List.of(span), RemarkClauses.firstNamed(w), h < 0);
  }

  /**
   * Returns a contribution's joining in on a remark just made, or null: its first clause of
   * substance only sides with someone ({@link JoiningIn}), and it replies to the remark or names
   * one of its two people ("Exactly Gethin.", "Ha, Noor, he's right though").
   *
   * @param by who made the remark
   * @param to whom the remark was aimed at, if known
   * @param replies whether the contribution replies to the remark
   */
  @Nullable Found joins(Analysis a, MemberId by, @Nullable MemberId to, boolean replies) {
    RemarkWords w = new RemarkWords(a, byName);
    Span side = JoiningIn.sides(w);
    if (side == null || !(replies || names(w, by) || (to != null && names(w, to)))) {
      return null;
    }
    return new Found(List.of(side), to);
  }

  /** Tells whether a contribution names a member, "Ian's" included. */
  private static boolean names(RemarkWords w, MemberId m) {
    for (int t = 0; t < w.a.tokenCount; t++) {
      if (m.equals(w.member(t, true))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the jibes of a contribution when at least {@code needed} distinct ones, neither quoted,
   * reported nor softened, stand in a message spoken to someone ("Oh well done, really. Shall we
   * get you a medal?"), and the message is not about its author alone ("well done me, gold star"):
   * it says "you", names a member, or replies without a word of its author (in an exchange of
   * remarks, any reply: "at least I'm not a drama queen. pathetic"). Returns the member named.
   */
  private static @Nullable MemberId barbs(Analysis a, RemarkWords w, List<Span> spans, int needed) {
    if ((a.cues & JIBE_CUES) == 0 || a.has(Cue.NOT_ATTACK) || !w.spokenToSomeone()) {
      return null;
    }
    boolean reply = a.contribution().replyTo().isPresent();
    boolean aimed =
        a.has(Cue.SECOND_PERSON)
            || a.has(Cue.GROUP_TARGET)
            || w.namesMember()
            || (reply && (needed < BARBS || !RemarkClauses.anySingularSelf(a)));
    if (!aimed) {
      return null;
    }
    List<Span> found = new ArrayList<>(BARBS);
    int lastEnd = -1;
    for (int h = 0; h < a.hitCount && found.size() < MAX_READ; h++) {
      if (!jibe(a, w, h, needed < BARBS)
          || a.hitQuoted[h]
          || reported(a, h)
          || a.hitStart[h] < lastEnd) {
        continue;
      }
      found.add(a.span(h));
      lastEnd = a.hitEnd[h];
    }
    if (found.size() >= needed) {
      spans.addAll(found);
      return RemarkClauses.firstNamed(w);
    }
    return null;
  }

  /**
   * Tells whether a hit is a jibe: a {@link Cue#BARB}, or a sneer, mock title, put-down, insult or
   * word of scorn that is not aimed by itself; an insult or scorn said of oneself or of what one
   * owns ("I felt stupid", "my stupid pump") is none, and so is a dismissal word its author says of
   * themselves in its clause ("being sick I can cope with"). Alone in an exchange of remarks
   * ({@code lone}), a jibe also counts only when its author does not speak of themselves in its
   * clause ("sorry, I didn't mean to show off", "was a joke about my own leg") and an insult or
   * scorn is not said of a thing ("that was a rubbish thing to say", "it was a joke", "your stupid
   * clinic letter").
   */
  private static boolean jibe(Analysis a, RemarkWords w, int hit, boolean lone) {
    Cue c = a.cue(hit);
    int s = a.hitSentence[hit];
    if ((lone || c == Cue.DISMISSAL) && RemarkClauses.selfInClause(a, hit)) {
      return false;
    }
    if (lone && RemarkClauses.selfLaterInClause(a, hit)) {
      return false; // "Was a joke about my own leg."
    }
    if (c == Cue.BARB || c == Cue.SNEER || c == Cue.MOCK || c == Cue.DISMISSAL) {
      return true;
    }
    if (c != Cue.CONTEMPT && c != Cue.SCORN) {
      return false;
    }
    int t = w.tokenAt(a.hitStart[hit]);
    int first = a.sentenceFirstToken[s];
    for (int u = t - 1; u >= first && u >= t - 3; u--) {
      byte k = w.kind(u);
      if (k == RemarkWords.POSSESSIVE || k == RemarkWords.SELF || (lone && k == RemarkWords.YOUR)) {
        return false;
      }
    }
    if (lone) {
      int u = t - 1;
      while (u >= first && w.kind(u) == RemarkWords.LINK) {
        u--;
      }
      if (u >= first && w.thing(u, first)) {
        return false;
      }
    }
    return !w.selfBefore(s, a.hitStart[hit]);
  }

  /**
   * Tells whether an attack is a retort that sums the listener up ("says the man who", "spoken like
   * someone", "coming from someone who") or an order to learn ("learn to spell"): it is one only
   * when it opens its sentence, not in "my consultant says the man who ran the trial is retiring"
   * nor "I had to learn to read again".
   */
  private static boolean retort(Analysis a, int hit) {
    String p = a.lexicon.phrase(a.hitPattern[hit]);
    return p.startsWith("says ")
        || p.startsWith("spoken ")
        || p.startsWith("speaks ")
        || p.startsWith("coming from ")
        || p.startsWith("this from ")
        || p.startsWith("learn ");
  }

  /** Tells whether a hit lies within evidence already found ("grow up" in "oh grow up"). */
  private static boolean within(List<Span> spans, Analysis a, int hit) {
    for (Span s : spans) {
      if (s.start() <= a.hitStart[hit] && a.hitEnd[hit] <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a phrase is reported in its clause ("my ex always said shut up"); a comma, colon
   * or dash ends a clause ("that's not what the study says, you ...").
   */
  static boolean reported(Analysis a, int hit) {
    int s = a.hitSentence[hit];
    int start = a.hitStart[hit];
    for (int h = 0; h < a.hitCount; h++) {
      if (a.hitSentence[h] == s && a.hitEnd[h] <= start && a.cue(h) == Cue.REPORTED) {
        boolean sameClause = true;
        for (int i = a.hitEnd[h]; i < start && sameClause; i++) {
          char c = a.lower[i];
          sameClause = c != ',' && c != ';' && c != ':' && c != '-' && c != '\u2013';
        }
        if (sameClause) {
          return true;
        }
      }
    }
    return false;
  }
}
