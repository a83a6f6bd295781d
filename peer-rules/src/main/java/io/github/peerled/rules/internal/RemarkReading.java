package io.github.peerled.rules.internal;

import io.github.peerled.core.group.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * The readings of one contribution's remark cues for {@link PersonalRemarks}, by how each cue's
 * words stand to a person present: an insult aimed at "you", a member or what they said, a
 * put-down, a sneer, envy put as sarcasm, a mock title. {@link #named} says whom the last reading
 * aims at. Confined to one call; work is linear in the tokens of the sentence read.
 */
final class RemarkReading {
  final RemarkWords w;
  final Analysis a;
  final boolean[] replied = new boolean[1];
  @Nullable MemberId named;

  RemarkReading(RemarkWords w) {
    this.w = w;
    this.a = w.a;
  }

  /**
   * Tells whether an insult word (or, with {@code scorn}, a word of scorn for what was said) is
   * aimed at a person or at what they said.
   */
  boolean insult(int hit, boolean scorn) {
    int t = w.tokenAt(a.hitStart[hit]);
    int s = a.hitSentence[hit];
    int first = a.sentenceFirstToken[s];
    int links = 0;
    int u = t - 1;
    boolean opens = false;
    for (; u >= first; u--) {
      if (!w.adjacent(u, u + 1)) {
        opens = w.preamble(first, u);
        break;
      }
      if (w.kind(u) == RemarkWords.LINK && links < PersonalRemarks.MAX_LINK) {
        links++;
        continue;
      }
      break;
    }
    opens |= u < first;
    byte k = opens ? RemarkWords.OTHER : w.kind(u);
    if (!opens && w.hitAt(Cue.NEGATION, u)) {
      return false; // "it's not stupid, Jakub", "no idiot"
    }
    if (!opens && (aimedAt(u, k, links > 0) || bridged(t, first))) {
      return true;
    }
    int after = w.tokenAt(a.hitEnd[hit]);
    boolean next = w.inSentence(after, s) && w.adjacent(after - 1, after);
    if (next && w.kind(after) == RemarkWords.SAID && !w.selfBefore(s, a.hitStart[hit])) {
      if (k == RemarkWords.YOUR || k == RemarkWords.REFERENT) {
        return true; // "your stupid idea", "that is the dumbest comment"
      }
      if (opens && w.lastInSentence(after, s) && w.spokenToSomeone()) {
        return true; // "What a stupid idea."
      }
    }
    if (next && w.hitAt(Cue.AIM_TAIL, after)) {
      return true; // "typical of you", "rubbish and you know it"
    }
    if (!opens && k == RemarkWords.SAID && u > first && w.adjacent(u - 1, u)) {
      byte owner = w.kind(u - 1);
      if (owner == RemarkWords.YOUR || owner == RemarkWords.YOU || owner == RemarkWords.REFERENT) {
        return true; // "your advice is garbage", "you're talking rubbish"
      }
    }
    boolean person = opens || (links > 0 && k == RemarkWords.OTHER && !w.thing(u, first));
    if (!scorn
        && person
        && w.inSentence(after, s)
        && w.lastInSentence(after, s)
        && !w.selfBefore(s, a.hitStart[hit])) {
      MemberId m = w.member(after, false);
      if (m != null || w.vocative(after)) {
        named = m; // "stop being such a crybaby, Ann.", not "the transport is a joke, Alan."
        return true;
      }
    }
    return opens && retort(hit);
  }

  /**
   * Tells whether an insult is aimed at "you" over one describing word of its own and link words
   * before it: "you're a walking cliché", "you're just fat and lazy".
   */
  private boolean bridged(int t, int first) {
    int u = t - 1;
    if (u - 1 < first
        || !w.adjacent(u, t)
        || w.kind(u) != RemarkWords.OTHER
        || w.member(u, false) != null) {
      return false;
    }
    int links = 0;
    for (u--;
        u >= first && links < PersonalRemarks.MAX_LINK && w.kind(u) == RemarkWords.LINK;
        u--) {
      if (!w.adjacent(u, u + 1)) {
        return false;
      }
      links++;
    }
    if (links == 0 || u < first || !w.adjacent(u, u + 1)) {
      return false;
    }
    byte k = w.kind(u);
    return k == RemarkWords.YOU || (k == RemarkWords.YOUR && w.youAre(u));
  }

  /** Tells whether the word read back from an insult is a person present, and notes whom. */
  private boolean aimedAt(int u, byte k, boolean linked) {
    if (k == RemarkWords.YOU || (k == RemarkWords.YOUR && linked && w.youAre(u))) {
      return true; // "you're a joke", and "your a joke" misspelt
    }
    if (k == RemarkWords.THIRD) {
      MemberId m = w.antecedent(u, replied);
      named = m;
      return m != null || (replied[0] && a.contribution().replyTo().isPresent());
    }
    MemberId m = k == RemarkWords.OTHER ? w.member(u, linked) : null;
    named = m;
    return m != null;
  }

  /**
   * Tells whether an insult word that opens its sentence is a retort at the one replied to: the
   * sentence ends with it ("pathetic.", "so pathetic!"), the contribution replies to another, its
   * author speaks nowhere of themselves ("Forgot it again. Pathetic." is self-talk), and it holds
   * no sympathy ("Typical! So sorry").
   */
  private boolean retort(int hit) {
    return a.contribution().replyTo().isPresent()
        && w.endsSentence(hit)
        && !w.anySelf()
        && !a.has(Cue.NOT_ATTACK);
  }

  /**
   * Tells whether a put-down opens its sentence, is followed in it by at most a name, "you" or an
   * interjection ("Grow up, Ann.", "Spare us, please."), and is said to someone.
   */
  boolean dismissal(int hit) {
    int t = w.tokenAt(a.hitStart[hit]);
    int first = a.sentenceFirstToken[a.hitSentence[hit]];
    if (t > first && !w.preamble(first, t - 1)) {
      return false;
    }
    named = addressed(w, hit);
    return w.onlyAddressAfter(hit) && w.spokenToSomeone();
  }

  /** Tells whether a sneer ends its sentence, said to someone, not of oneself, nor in sympathy. */
  boolean sneer(int hit) {
    named = addressed(w, hit);
    return (w.endsSentence(hit) || w.nameEndsAfter(hit))
        && !w.selfBefore(a.hitSentence[hit], a.hitStart[hit])
        && !a.has(Cue.NOT_ATTACK)
        && w.spokenToSomeone();
  }

  /**
   * Tells whether envy put as sarcasm opens its sentence (after at most an interjection or a name)
   * in a message spoken to someone, with no sympathy in it: "cute. must be nice to cosplay ...",
   * "Oh, alright for some."
   */
  boolean envious(int hit) {
    int t = w.tokenAt(a.hitStart[hit]);
    int first = a.sentenceFirstToken[a.hitSentence[hit]];
    return (t == first || w.preamble(first, t - 1))
        && !w.exclaimed(a.hitSentence[hit])
        && !a.has(Cue.NOT_ATTACK)
        && !a.has(Cue.TEASE)
        && w.spokenToSomeone();
  }

  /** Tells whether a hit opens its sentence, after at most an interjection or a name. */
  boolean opens(int hit) {
    int t = w.tokenAt(a.hitStart[hit]);
    int first = a.sentenceFirstToken[a.hitSentence[hit]];
    return t == first || w.preamble(first, t - 1);
  }

  /** Words that make a mock title before a name praise: "the flannel is genius Ann". */
  private static final String[] PRAISED = {"is", "was", "'s", "that's", "thats", "it's", "its"};

  /**
   * Tells whether a mock title stands before a name ("Saint Ann", not praise of a thing: "the
   * flannel is genius Ann"), or is a sneering form of address.
   */
  boolean mock(int hit) {
    int after = w.tokenAt(a.hitEnd[hit]);
    int t = w.tokenAt(a.hitStart[hit]);
    if (t > a.sentenceFirstToken[a.hitSentence[hit]] && a.tokenIsOneOf(t - 1, PRAISED)) {
      return false;
    }
    if (w.inSentence(after, a.hitSentence[hit]) && w.adjacent(after - 1, after)) {
      named = w.member(after, false);
      return named != null; // "Saint Ann"
    }
    return w.commaBefore(t) && w.endsSentence(hit) && w.spokenToSomeone();
  }

  /** Returns the member an attack addresses by name: "Omar, shut up", "Nobody asked you, Omar". */
  static @Nullable MemberId addressed(RemarkWords w, int hit) {
    Analysis a = w.a;
    int after = w.tokenAt(a.hitEnd[hit]);
    if (w.inSentence(after, a.hitSentence[hit])) {
      MemberId m = w.member(after, false);
      if (m != null) {
        return m;
      }
    }
    int before = w.tokenAt(a.hitStart[hit]) - 1;
    return before >= a.sentenceFirstToken[a.hitSentence[hit]] ? w.member(before, false) : null;
  }
}
