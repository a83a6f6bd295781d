package io.github.peerled.rules.internal;

import io.github.peerled.core.session.Contribution;
import io.github.peerled.rules.AnalyzedContribution;
import io.github.peerled.rules.Span;
import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Detectors;
import io.github.peerled.rules.detect.internal.CueDetector;
import io.github.peerled.rules.detect.internal.Lexicon;
import io.github.peerled.rules.detect.internal.TextScan;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One text analysed once: lowercased characters (same offsets as the text), word tokens, sentences,
 * quotes and every cue hit of the shared automaton. Built by {@link Analyzer}; shared by all rules
 * for one contribution. Not thread-safe (the classification is computed lazily), but confined to
 * the thread reviewing the session.
 */
public final class Analysis implements AnalyzedContribution {
  final String text;
  final char[] lower;
  final @Nullable Contribution contribution;
  final Lexicon lexicon;
  private final @Nullable ContributionClassifier classifier;
  private final TextScan scan;

  final int tokenCount;
  final int[] tokenStart;
  final int[] tokenEnd;

  /** Per token: the hash of its lowercased chars, as {@link String#hashCode()} of them. */
  final int[] tokenHash;

  /** Per token: the hash of its word, up to its first apostrophe ("dee's" is "dee"). */
  final int[] tokenWordHash;

  final int letters;

  final int sentenceCount;
  final int[] sentenceStart;
  final int[] sentenceFirstToken;
  final boolean[] sentenceQuestion;

  final int hitCount;
  final int[] hitPattern;
  final int[] hitStart;
  final int[] hitEnd;
  final int[] hitSentence;
  final boolean[] hitQuoted;
  final long cues;

  private @Nullable Classification classification;
  private int @Nullable [] reportedAt;
  private int[] genericYouAt = new int[0];
  private int[] firstPersonAt = new int[0];
  private long[] sentenceCues = new long[0];
  private @Nullable Map<Cue, BitSet> hitStarts; // made when first asked

  Analysis(
      String text,
      TextScan scan,
      @Nullable Contribution contribution,
      Lexicon lexicon,
      @Nullable ContributionClassifier classifier) {
    this.text = text;
    this.scan = scan;
    this.lower = scan.lower();
    this.letters = scan.letters();
    this.tokenCount = scan.words();
    this.tokenStart = scan.wordStarts();
    this.tokenEnd = scan.wordEnds();
    this.tokenHash = scan.wordHashes();
    this.tokenWordHash = scan.wordStems();
    this.sentenceCount = scan.sentences();
    this.sentenceStart = scan.sentenceStarts();
    this.sentenceFirstToken = scan.sentenceFirstWords();
    this.sentenceQuestion = scan.sentenceQuestions();
    this.hitCount = scan.hits();
    this.hitPattern = scan.hitPatterns();
    this.hitStart = scan.hitStarts();
    this.hitEnd = scan.hitEnds();
    this.hitSentence = scan.hitSentences();
    this.hitQuoted = scan.hitQuoted();
    long found = 0;
    for (int h = 0; h < hitCount; h++) {
      found |= Cue.of(lexicon.tag(hitPattern[h])).bit();
    }
    this.cues = found;
    this.contribution = contribution;
    this.lexicon = lexicon;
    this.classifier = classifier;
  }

  @Override
  public Contribution contribution() {
    if (contribution == null) {
      throw new IllegalStateException("this analysis is of a bare text, not of a contribution");
    }
    return contribution;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public char lowerCharAt(int index) {
    return lower[index];
  }

  @Override
  public int tokenCount() {
    return tokenCount;
  }

  @Override
  public Span token(int index) {
    if (index < 0 || index >= tokenCount) {
      throw new IndexOutOfBoundsException("token " + index + " of " + tokenCount);
    }
    return new Span(tokenStart[index], tokenEnd[index]);
  }

  @Override
  public int letterCount() {
    return letters;
  }

  @Override
  public int sentenceCount() {
    return sentenceCount;
  }

  @Override
  public Classification classification() {
    Classification c = classification;
    if (c == null) {
      ContributionClassifier used = classifier == null ? Detectors.defaultDetector() : classifier;
      // the built-in detector reads the words scanned here rather than scanning the text again
      c = used instanceof CueDetector d ? d.classifyScanned(text, scan) : used.classify(text);
      classification = c;
    }
    return c;
  }

  /**
   * Whether token {@code token} is the word {@code word} (lowercase), read in place; false for a
   * token number out of range.
   */
  boolean tokenIs(int token, String word) {
    if (token < 0 || token >= tokenCount) {
      return false;
    }
    int from = tokenStart[token];
    if (tokenEnd[token] - from != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (lower[from + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code token} is one of {@code words}: see {@link #tokenIs}. */
  boolean tokenIsOneOf(int token, String[] words) {
    for (String w : words) {
      if (tokenIs(token, w)) {
        return true;
      }
    }
    return false;
  }

  boolean has(Cue cue) {
    return (cues & cue.bit()) != 0;
  }

  // Safety: crisis, graphic and trauma phrases, weighed once (see SafetyReading).
  private @Nullable SafetyReading safety;

  /** Returns what the contribution holds for safety, read once. */
  SafetyReading safety() {
    SafetyReading r = safety;
    if (r == null) {
      r = SafetyReading.of(this);
      safety = r;
    }
    return r;
  }

  /** Tells whether the contribution reads as a crisis disclosure, by the rules or the model. */
  boolean crisis() {
    return safety().isCrisis();
  }

  /** Tells whether a contribution, if analysed here, reads as a crisis disclosure. */
  static boolean crisis(AnalyzedContribution c) {
    return c instanceof Analysis a && a.crisis();
  }

  Cue cue(int hit) {
    return Cue.of(lexicon.tag(hitPattern[hit]));
  }

  int payload(int hit) {
    return lexicon.payload(hitPattern[hit]);
  }

  /**
   * Tells whether a hit opens its sentence, or follows a leading vocative or interjection ("Dev,
   * take ...", "Honestly, try ...").
   */
  boolean atSentenceOpening(int hit) {
    int s = hitSentence[hit];
    int t = sentenceFirstToken[s];
    if (t < 0 || t >= tokenCount) {
      return false;
    }
    if (tokenStart[t] == hitStart[hit]) {
      return true;
    }
    return t + 1 < tokenCount
        && tokenStart[t + 1] == hitStart[hit]
        && tokenEnd[t] < lower.length
        && lower[tokenEnd[t]] == ',';
  }

  Span span(int hit) {
    return new Span(hitStart[hit], hitEnd[hit]);
  }

  /** Computes, once, what each sentence holds: reported speech, generic you, sarcasm, persons. */
  private int[] reportedAt() {
    int[] r = reportedAt;
    if (r != null) {
      return r;
    }
    int n = Math.max(1, sentenceCount);
    r = new int[n];
    genericYouAt = new int[n];
    firstPersonAt = new int[n];
    sentenceCues = new long[n];
    java.util.Arrays.fill(r, Integer.MAX_VALUE);
    java.util.Arrays.fill(genericYouAt, Integer.MAX_VALUE);
    java.util.Arrays.fill(firstPersonAt, Integer.MAX_VALUE);
    for (int h = 0; h < hitCount; h++) {
      int s = hitSentence[h];
      Cue c = cue(h);
      sentenceCues[s] |= c.bit();
      int start = hitStart[h];
      switch (c) {
        case REPORTED -> r[s] = Math.min(r[s], start);
        case GENERIC_YOU -> genericYouAt[s] = Math.min(genericYouAt[s], start);
        case FIRST_PERSON -> {
          if (!hitQuoted[h]) {
            firstPersonAt[s] = Math.min(firstPersonAt[s], start);
          }
        }
        default -> {}
      }
    }
    reportedAt = r;
    return r;
  }

  /** Tells whether a sentence holds a hit of a cue. */
  boolean sentenceHas(int sentence, Cue cue) {
    reportedAt();
    return (sentenceCues[sentence] & cue.bit()) != 0;
  }

  /**
   * Tells whether a hit is not the author's own voice: quoted, reported ("my nurse said ..."), in a
   * sentence of generic you ("you know how it is when you have to ..."), or sarcastic.
   */
  boolean discounted(int hit) {
    int s = hitSentence[hit];
    int start = hitStart[hit];
    return hitQuoted[hit]
        || reportedAt()[s] <= start
        || genericYouAt[s] <= start
        || sentenceHas(s, Cue.SARCASM);
  }

  /**
   * Tells whether words at an offset of a sentence are not the author's own voice: reported, in
   * generic you, or sarcastic (see {@link #discounted(int)}; quotes are the caller's).
   */
  boolean discountedAt(int sentence, int offset) {
    return reportedAt()[sentence] <= offset
        || genericYouAt[sentence] <= offset
        || sentenceHas(sentence, Cue.SARCASM);
  }

  /** Tells whether another hit of a cue starts where a hit starts. */
  boolean coStarts(int hit, Cue cue) {
    return startsOf(cue).get(hitStart[hit]);
  }

  /** The offsets where hits of a cue start, computed once per cue. */
  private BitSet startsOf(Cue cue) {
    Map<Cue, BitSet> all = hitStarts;
    if (all == null) {
      all = new EnumMap<>(Cue.class);
      hitStarts = all;
    }
    BitSet starts = all.get(cue);
    if (starts == null) {
      starts = new BitSet();
      for (int h = 0; h < hitCount; h++) {
        if (cue(h) == cue) {
          starts.set(hitStart[h]);
        }
      }
      all.put(cue, starts);
    }
    return starts;
  }

  /** Tells whether a hit gives advice in the author's own voice. */
  boolean isAdvice(int hit) {
    return switch (cue(hit)) {
      case DIRECTIVE, ADVICE_QUESTION -> !discounted(hit);
      case IMPERATIVE -> atSentenceOpening(hit) && !coStarts(hit, Cue.NEUTRAL) && !discounted(hit);
      case MEDICAL_INSTRUCTION -> !discounted(hit) && !ownRegimen(hit);
      default -> false;
    };
  }

  /** Tells whether a medical instruction is about the author's own regimen ("I had to stop..."). */
  private boolean ownRegimen(int hit) {
    int s = hitSentence[hit];
    reportedAt();
    return firstPersonAt[s] < hitStart[hit] && !sentenceHas(s, Cue.SECOND_PERSON);
  }

  /**
   * Tells whether an advice hit instructs about medicine: a medical instruction, or advice in a
   * sentence that names medicines, doses or units.
   */
  boolean isMedicalAdvice(int hit) {
    return isAdvice(hit)
        && (cue(hit) == Cue.MEDICAL_INSTRUCTION || sentenceHas(hitSentence[hit], Cue.MEDICAL_TERM));
  }
}
