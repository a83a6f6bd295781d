package io.github.peerled.rules.internal;

import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds personal remarks in one analysed contribution, from the hits of the shared scan:
 *
 * <ul>
 *   <li>an {@link Cue#ATTACK} phrase ("shut up", "nobody asked you");
 *   <li>a {@link Cue#CONTEMPT} word ("idiot", "pathetic") aimed at a person: reading back from it
 *       over at most {@value #MAX_LINK} {@link Cue#ATTACK_LINK} words ("are", "such", "a") within
 *       the clause, the first other word is "you" or a member's name. "I felt so stupid", "my
 *       stupid pump" and "your stupid sensor" are not aimed at a person. A reply whose sentence is
 *       the insult word alone ("pathetic.") is a retort at the one replied to, unless its author
 *       speaks of themselves anywhere in it.
 * </ul>
 *
 * Neither counts when quoted or reported in its clause ("he said you're worthless"). A sentence
 * that holds reassurance, empathy or self-talk ({@link Cue#NOT_ATTACK}: "you're not", "you must
 * feel", "silly me", "I'll shut up") before the remark holds no remark. Work is linear in the hits
 * and tokens of the contribution (at most {@value #MAX_READ} phrases are read) and is done only
 * when it holds an attack or contempt cue. Immutable and thread-safe.
 */
final class PersonalRemarks {
  /** The most link words read back from an insult word to the person it is aimed at. */
  static final int MAX_LINK = 4;

  /**
   * The most attack and contempt phrases read in one contribution: each is checked against the
   * contribution's other hits, so the cap keeps the work linear in the length of the text.
   */
  static final int MAX_READ = 32;

  private static final Pattern BLANKS = Pattern.compile("\\s+"); // compiled once, not per session

  private static final byte OTHER = 0;
  private static final byte LINK = 1;
  private static final byte YOU = 2;
  private static final byte SELF = 3;
  private static final byte POSSESSIVE = 4;

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
   */
  record Found(List<Span> spans, @Nullable MemberId named) {}

  /** Returns the remarks of a contribution, or null if it holds none. */
  @Nullable Found find(Analysis a) {
    if (!a.has(Cue.ATTACK) && !a.has(Cue.CONTEMPT)) {
      return null;
    }
    byte[] kind = a.has(Cue.CONTEMPT) ? tokenKinds(a) : new byte[0];
    List<Span> spans = new ArrayList<>(1);
    MemberId named = null;
    int read = 0;
    for (int h = 0; h < a.hitCount && read < MAX_READ; h++) {
      Cue c = a.cue(h);
      if (c != Cue.ATTACK && c != Cue.CONTEMPT) {
        continue;
      }
      read++;
      if (a.hitQuoted[h] || softened(a, h) || reported(a, h)) {
        continue;
      }
      if (c == Cue.ATTACK) {
        spans.add(a.span(h));
        named = named == null ? addressed(a, h) : named;
        continue;
      }
      int t = tokenAt(a, a.hitStart[h]);
      int first = a.sentenceFirstToken[a.hitSentence[h]];
      int links = 0;
      boolean alone = true;
      for (int u = t - 1; u >= first; u--) {
        alone = false;
        if (!adjacent(a, u, u + 1)) {
          break;
        }
        byte k = kindOf(a, kind, u);
        if (k == LINK && links < MAX_LINK) {
          links++;
          alone = true;
          continue;
        }
        MemberId m = k == OTHER ? memberNamed(a, u, links > 0) : null;
        if (k == YOU || m != null) {
          spans.add(a.span(h));
          named = named == null ? m : named;
        }
        break;
      }
      if (alone && retort(a, kind, h)) {
        spans.add(a.span(h));
      }
    }
    spans.sort(Comparator.comparingInt(Span::start));
    return spans.isEmpty() ? null : new Found(List.copyOf(spans), named);
  }

  /**
   * Tells whether an insult word that opens its sentence is a retort at the one replied to: the
   * sentence ends with it ("pathetic.", "so pathetic!"), the contribution replies to another, and
   * its author speaks nowhere of themselves ("Forgot it again. Pathetic." is self-talk).
   */
  private static boolean retort(Analysis a, byte[] kind, int hit) {
    if (a.contribution().replyTo().isEmpty()) {
      return false;
    }
    int after = tokenAt(a, a.hitEnd[hit]);
    if (after < a.tokenCount && inSentence(a, after, a.hitSentence[hit])) {
      return false;
    }
    for (byte k : kind) {
      if (k == SELF) {
        return false;
      }
    }
    return true;
  }

  /** Returns the member an attack addresses by name: "Omar, shut up", "Nobody asked you, Omar". */
  private @Nullable MemberId addressed(Analysis a, int hit) {
    int after = tokenAt(a, a.hitEnd[hit]);
    if (after < a.tokenCount && inSentence(a, after, a.hitSentence[hit])) {
      MemberId m = memberNamed(a, after, false);
      if (m != null) {
        return m;
      }
    }
    int before = tokenAt(a, a.hitStart[hit]) - 1;
    return before >= a.sentenceFirstToken[a.hitSentence[hit]]
        ? memberNamed(a, before, false)
        : null;
  }

  /** Tells whether a token is in a sentence (tokens of later sentences are not). */
  private static boolean inSentence(Analysis a, int token, int sentence) {
    return token >= a.sentenceFirstToken[sentence]
        && (sentence + 1 >= a.sentenceCount || token < a.sentenceFirstToken[sentence + 1]);
  }

  /** Tells whether a remark follows reassurance, empathy or self-talk in its sentence. */
  private static boolean softened(Analysis a, int hit) {
    int s = a.hitSentence[hit];
    for (int h = 0; h < a.hitCount; h++) {
      if (a.hitSentence[h] == s && a.hitStart[h] < a.hitEnd[hit] && a.cue(h) == Cue.NOT_ATTACK) {
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

  /** Marks each token the shared scan found to be "you" or oneself. */
  private static byte[] tokenKinds(Analysis a) {
    byte[] kind = new byte[a.tokenCount];
    for (int h = 0; h < a.hitCount; h++) {
      byte k =
          switch (a.cue(h)) {
            case SECOND_PERSON -> YOU;
            case FIRST_PERSON -> SELF;
            default -> OTHER;
          };
      if (k == OTHER) {
        continue;
      }
      for (int t = tokenAt(a, a.hitStart[h]);
          t < a.tokenCount && a.tokenStart[t] < a.hitEnd[h];
          t++) {
        if (kind[t] == OTHER || k > kind[t]) {
          kind[t] = k; // oneself outranks "you"
        }
      }
    }
    return kind;
  }

  /**
   * Returns what a token is: a possessive ("your" too), "you", oneself, a link word, or other. The
   * possessive and link word lists are looked up here, for the few words read back from an insult.
   */
  private static byte kindOf(Analysis a, byte[] kind, int token) {
    int from = a.tokenStart[token];
    int to = a.tokenEnd[token];
    if (a.lexicon.isWord(Cue.POSSESSIVE, a.lower, from, to)) {
      return POSSESSIVE;
    }
    if (kind[token] != OTHER) {
      return kind[token];
    }
    return a.lexicon.isWord(Cue.ATTACK_LINK, a.lower, from, to) ? LINK : OTHER;
  }

  /** Returns the index of the token at or after an offset. */
  private static int tokenAt(Analysis a, int offset) {
    int i = Arrays.binarySearch(a.tokenStart, 0, a.tokenCount, offset);
    return i >= 0 ? i : -i - 1;
  }

  /** Tells whether only spaces stand between two tokens (no comma, no full stop). */
  private static boolean adjacent(Analysis a, int left, int right) {
    for (int i = a.tokenEnd[left]; i < a.tokenStart[right]; i++) {
      if (a.lower[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the member a token names, if any; with {@code contracted}, also "Ben's" for "Ben is"
   * (only when a link word follows: "Ben's an idiot", never "Ben's stupid pump").
   */
  private @Nullable MemberId memberNamed(Analysis a, int token, boolean contracted) {
    int from = a.tokenStart[token];
    int to = a.tokenEnd[token];
    if (contracted && to - from > 2 && a.lower[to - 2] == '\'' && a.lower[to - 1] == 's') {
      to -= 2;
    }
    if (to - from < 2 || byName.isEmpty()) {
      return null;
    }
    return byName.get(new String(a.lower, from, to - from).toLowerCase(Locale.ROOT));
  }
}
