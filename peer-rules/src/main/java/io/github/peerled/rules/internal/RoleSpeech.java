package io.github.peerled.rules.internal;

import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.Span;
import java.util.List;

/**
 * Who speaks in a role, and when their words are their own: the facilitator's and an invited
 * advisor's checks, signposts and moderation talk about crisis without being one, while a clause of
 * theirs that speaks of themselves alone is read as any member's. Stateless.
 */
final class RoleSpeech {
  /** First-person singular words, as the rules' tokens read them ("i'm" is one token). */
  private static final String[] SELF = {
    "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "myself", "mine"
  };

  /** Words that address the others: in a clause with them, "I" speaks in role ("I want us to"). */
  private static final String[] ADDRESSED = {
    "you",
    "your",
    "you're",
    "youre",
    "you've",
    "yourself",
    "yourselves",
    "u",
    "ur",
    "us",
    "we",
    "we're",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "all"
  };

  private RoleSpeech() {}

  /**
   * Tells whether someone speaks in a role: the session's facilitator or an invited advisor. What
   * they say of crisis is a check, a signpost or moderation ("are you safe right now?", "if anyone
   * feels they'd be better off dead, ring..."), so it is a crisis only by a stock crisis phrase at
   * full weight, not by the combined reading, the context or the learned reading alone, unless a
   * clause of theirs speaks of themselves ({@link #ofThemselves}).
   */
  static boolean speaksInRole(GroupContext context, MemberId author) {
    if (context.facilitates(author)) {
      return true;
    }
    Member m = context.byId().get(author);
    return m != null && m.standing() == Standing.ADVISOR;
  }

  /**
   * Tells whether some clause of the crisis spans (widened to the clause marks around them) speaks
   * of the speaker alone: a first-person singular word ("I", "I've", "my", "me") with no one
   * addressed beside it ("you", "us", "everyone"). The facilitator and an advisor are peers too:
   * "I've been saving my tablets" is theirs, whoever says it, while "what pills, and how many?" and
   * "I want us to look after each other" are spoken in role.
   */
  static boolean ofThemselves(Analysis a, List<Span> spans) {
    char[] text = a.lower;
    for (Span span : spans) {
      int from = Math.min(span.start(), text.length);
      while (from > 0 && !clauseMark(text[from - 1])) {
        from--;
      }
      int to = Math.min(span.end(), text.length);
      while (to < text.length && !clauseMark(text[to])) {
        to++;
      }
      boolean self = false;
      boolean addressed = false;
      int clauseEnd = -1;
      for (int t = 0; t < a.tokenCount; t++) {
        int start = a.tokenStart[t];
        if (start < from || a.tokenEnd[t] > to) {
          continue;
        }
        if (start >= clauseEnd) { // a new clause: judge the one before
          if (self && !addressed) {
            return true;
          }
          self = false;
          addressed = false;
          clauseEnd = start;
          while (clauseEnd < to && !clauseMark(text[clauseEnd])) {
            clauseEnd++;
          }
        }
        self |= a.tokenIsOneOf(t, SELF);
        addressed |= a.tokenIsOneOf(t, ADDRESSED);
      }
      if (self && !addressed) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseMark(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '?' || c == '!' || c == '\n';
  }
}
