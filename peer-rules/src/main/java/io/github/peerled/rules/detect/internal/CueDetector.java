package io.github.peerled.rules.detect.internal;

import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.EvidenceSpan;
import io.github.peerled.rules.detect.Label;
import io.github.peerled.rules.detect.SentenceClassification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The detector: tokenizes once, splits into sentences, extracts cue and structural features per
 * sentence, scores them with the linear model and combines the sentences (advice wins, then
 * sharing, then question, then other). Time and memory are linear in the length of the text, of
 * which at most the first {@link TextLimit#MAX_CHARS} chars are read. Holds only immutable tables;
 * every call allocates its own small scratch arrays, so it is stateless and thread-safe.
 */
public final class CueDetector implements ContributionClassifier {
  private static final Comparator<EvidenceSpan> BY_OFFSET =
      Comparator.comparingInt(EvidenceSpan::start)
          .thenComparingInt(EvidenceSpan::end)
          .thenComparing(EvidenceSpan::cue);

  /** The cue of advice reported as one's own experience: "my nurse suggested I ...". */
  private static final String REPORTED = "reported-advice";

  private static final int OTHER = Model.index(Label.OTHER);

  private final Tokenizer tokenizer;
  private final FeatureExtractor fx;
  private final Model model;
  private final int reported;
  private final int sarcasm;

  CueDetector(Tokenizer tokenizer, FeatureExtractor fx, Model model) {
    this.tokenizer = tokenizer;
    this.fx = fx;
    this.model = model;
    this.reported = fx.featureIndex(REPORTED);
    this.sarcasm = fx.featureIndex("sarcasm");
  }

  /**
   * Loads the detector of a language from classpath resources.
   *
   * @param language the resource folder name, for example {@code "en"}
   * @return the detector
   * @throws IllegalArgumentException if the resources are missing or malformed
   */
  public static CueDetector load(String language) {
    if (!Resources.exists(language, "cues.tsv")) {
      throw new IllegalArgumentException("no detector resources for language '" + language + "'");
    }
    Lexicon lex = Lexicon.load(language);
    FeatureExtractor fx = new FeatureExtractor(lex);
    return new CueDetector(new Tokenizer(lex), fx, Model.load(language, fx));
  }

  /**
   * The tokenizer (for benchmarks and tools).
   *
   * @return the tokenizer
   */
  public Tokenizer tokenizer() {
    return tokenizer;
  }

  /** Per-call scratch. */
  private final class Call {
    final CharSequence text;
    final Tokens t;
    final int sentences;
    final int[] bounds;
    final Fired fired = new Fired();
    final Matches matches = new Matches();
    final int[] seen;
    final double[] probs = new double[Model.K];
    final List<EvidenceSpan> sentenceEvidence = new ArrayList<>();
    int stamp;

    Call(CharSequence text, Tokens t) {
      this.text = text;
      this.t = t;
      this.bounds = new int[2 * (t.n + 1)];
      this.sentences = t.sentences(bounds);
      this.seen = new int[model.features];
    }

    /**
     * Scores sentence {@code s}; returns its label index; fills {@link #probs}. A sentence that is
     * not advice as a whole (it shares, asks or empathises) but has a clause that on its own is
     * advice ("what worked for me was walking, you should try it") is advice: advice wins, unless
     * that clause is a quotation (my nurse said "you should always carry glucose") or the sentence
     * reads as sarcasm ("oh sure, just eat less sugar, that'll fix everything"). Empathy beside a
     * directive does not outweigh it ("I'd suggest seeing someone, I know how hard this is"). Such
     * advice is less certain than the clause alone: its confidence is the mean of the clause's and
     * the whole sentence's calibrated advice probabilities, never more than the clause's, so the
     * sharing around it ("I love mine, so you should try a pump") lowers it.
     */
    int score(int s) {
      int from = bounds[2 * s];
      int to = bounds[2 * s + 1];
      fx.extract(t, from, to, fired, matches);
      model.score(fired, seen, ++stamp, probs);
      int label = model.decide(probs);
      if (label == Model.A
          && (reportedOnly() || (probs[Model.A] < model.bareAdvice && !adviceEvidence()))) {
        return bestOtherThanAdvice();
      }
      if (label != Model.A && hasAdviceCue() && !(label == OTHER && fired(sarcasm))) {
        int a = from;
        for (int i = from; i <= to; i++) {
          if (i == to || fx.isClauseBreak(t, i)) {
            if ((a > from || i < to) && !quoted(a, i)) {
              double pa = clauseAdvice(a, i);
              if (pa >= 0) {
                probs[Model.A] = Math.min(pa, (pa + probs[Model.A]) / 2);
                return Model.A;
              }
            }
            a = i + 1;
          }
        }
      }
      return label;
    }

    /**
     * Whether the sentence last extracted reports advice as the speaker's own experience ("my nurse
     * suggested I set the alarm lower", "I was told to ...") and gives none of its own: a reporting
     * cue fired, and every advice cue that fired stands after it in the same clause (inside what
     * was reported). Words alone (the n-grams) do not make reported advice the speaker's.
     */
    private boolean reportedOnly() {
      int at = Integer.MAX_VALUE;
      for (int i = 0; i < fired.n; i++) {
        if (fired.feature[i] == reported) {
          at = Math.min(at, fired.from[i]);
        }
      }
      if (at == Integer.MAX_VALUE) {
        return false;
      }
      int k = Model.index(Label.ADVICE);
      for (int i = 0; i < fired.n; i++) {
        int f = fired.feature[i];
        if (fx.featureLabel(f) == Label.ADVICE
            && fx.hasSpan(f)
            && model.w[f * Model.K + k] > 0.1f
            && !withinClause(at, fired.from[i])) {
          return false;
        }
      }
      return true;
    }

    /** Whether token {@code b} stands after token {@code a} with no clause break between. */
    private boolean withinClause(int a, int b) {
      if (b < a) {
        return false;
      }
      for (int i = a; i < b; i++) {
        if (fx.isClauseBreak(t, i)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the sentence last extracted has words to show for advice: a feature with a span that
     * speaks for advice and is weighted for it. Advice read from word n-grams alone, with no phrase
     * to point to, is called only when it is very probable ({@code bare-advice-threshold}).
     */
    private boolean adviceEvidence() {
      for (int i = 0; i < fired.n; i++) {
        int f = fired.feature[i];
        if (fx.showsAdvice(f) && model.w[f * Model.K + Model.A] > 0f) {
          return true;
        }
      }
      return false;
    }

    /** The most probable label other than advice, for the sentence last scored. */
    private int bestOtherThanAdvice() {
      int best = -1;
      for (int k = 0; k < Model.K; k++) {
        if (k != Model.A && (best < 0 || probs[k] > probs[best])) {
          best = k;
        }
      }
      return best;
    }

    /** Whether tokens {@code a..b-1} are a quotation: a quotation mark on either side. */
    private boolean quoted(int a, int b) {
      return a > 0 && t.kind[a - 1] == Tokens.QUOTE && b < t.n && t.kind[b] == Tokens.QUOTE;
    }

    /** Whether feature {@code f} fired in the sentence last extracted. */
    private boolean fired(int f) {
      for (int i = 0; i < fired.n; i++) {
        if (fired.feature[i] == f) {
          return true;
        }
      }
      return false;
    }

    private boolean hasAdviceCue() {
      return hasCue(Label.ADVICE);
    }

    /** Whether a feature that speaks for {@code l}, and is weighted for it, fired. */
    private boolean hasCue(Label l) {
      int k = Model.index(l);
      for (int i = 0; i < fired.n; i++) {
        int f = fired.feature[i];
        if (model.w[f * Model.K + k] > 0.1f && fx.featureLabel(f) == l) {
          return true;
        }
      }
      return false;
    }

    /** The advice probability of tokens {@code a..b-1} if that clause alone is advice, else -1. */
    private double clauseAdvice(int a, int b) {
      int words = 0;
      for (int i = a; i < b; i++) {
        if (t.kind[i] <= Tokens.NUMBER) {
          words++;
        }
      }
      if (words < 2) {
        return -1;
      }
      Fired clauseFired = new Fired();
      Matches clauseMatches = matches;
      double[] clauseProbs = new double[Model.K];
      fx.extract(t, a, b, clauseFired, clauseMatches);
      model.score(clauseFired, seen, ++stamp, clauseProbs);
      return model.decide(clauseProbs) == Model.A ? clauseProbs[Model.A] : -1;
    }

    /**
     * Appends the evidence of the sentence last scored, in text order and without duplicates.
     * Sentences cover disjoint, increasing stretches of the text, so appending sentence after
     * sentence keeps the whole list in text order; the sort and the duplicate check stay within one
     * sentence, so their cost grows with the sentence, not with the whole text.
     */
    void evidence(List<EvidenceSpan> out) {
      List<EvidenceSpan> found = sentenceEvidence;
      found.clear();
      for (int i = 0; i < fired.n; i++) {
        int f = fired.feature[i];
        if (!fx.hasSpan(f)) {
          continue;
        }
        Label l = fx.featureLabel(f);
        if (model.w[f * Model.K + Model.index(l)] <= 0f) {
          continue;
        }
        int a = fired.from[i];
        int b = fired.to[i] - 1;
        if (b < a) {
          continue;
        }
        int cs = t.start[a];
        int ce = t.end[b];
        if (ce <= cs) {
          continue;
        }
        found.add(
            new EvidenceSpan(cs, ce, l, fx.featureName(f), text.subSequence(cs, ce).toString()));
      }
      // Structural features are added before cue matches, so sort even one sentence.
      found.sort(BY_OFFSET);
      int before = out.size();
      for (EvidenceSpan e : found) {
        // equal offsets and cue name mean the same feature, hence the same label and text
        if (out.size() == before || BY_OFFSET.compare(out.get(out.size() - 1), e) != 0) {
          out.add(e);
        }
      }
    }
  }

  @Override
  public Classification classify(CharSequence text) {
    CharSequence read = readPart(text);
    return classify(new Call(read, tokenizer.tokenize(read)));
  }

  /**
   * Classifies a text already {@link TextScan scanned}, reading the scan's words instead of
   * scanning it again.
   *
   * @param text the text scanned, at most {@link TextLimit#MAX_CHARS} chars
   * @param scan its scan
   * @return the classification, the same as {@link #classify(CharSequence)} of the text
   */
  public Classification classifyScanned(String text, TextScan scan) {
    return classify(new Call(text, tokenizer.read(text, scan)));
  }

  private Classification classify(Call c) {
    if (c.sentences == 0) {
      return new Classification(Label.OTHER, 1.0, List.of());
    }
    int bestLabel = Integer.MAX_VALUE;
    double bestConf = 0;
    List<EvidenceSpan> evidence = new ArrayList<>(4);
    for (int s = 0; s < c.sentences; s++) {
      int label = c.score(s);
      double p = c.probs[label];
      if (label < bestLabel) {
        bestLabel = label;
        bestConf = p;
      } else if (label == bestLabel) {
        bestConf = Math.max(bestConf, p);
      }
      c.evidence(evidence);
    }
    return new Classification(Model.LABELS[bestLabel], clamp(bestConf), evidence);
  }

  @Override
  public List<SentenceClassification> classifySentences(CharSequence text) {
    CharSequence read = readPart(text);
    Call c = new Call(read, tokenizer.tokenize(read));
    List<SentenceClassification> out = new ArrayList<>(c.sentences);
    for (int s = 0; s < c.sentences; s++) {
      int label = c.score(s);
      List<EvidenceSpan> evidence = new ArrayList<>(4);
      c.evidence(evidence);
      int from = c.bounds[2 * s];
      int to = c.bounds[2 * s + 1] - 1;
      out.add(
          new SentenceClassification(
              c.t.start[from],
              c.t.end[to],
              new Classification(Model.LABELS[label], clamp(c.probs[label]), evidence)));
    }
    return out;
  }

  /**
   * Scores a text as a single unit, without sentence splitting (as the trainer sees it).
   *
   * @param text the text; at most its first {@link TextLimit#MAX_CHARS} chars are read
   * @param probs receives the label probabilities in {@link Model#LABELS} order
   * @return the decided label
   */
  public Label classifyAsOneUnit(CharSequence text, double[] probs) {
    Tokens t = tokenizer.tokenize(readPart(text));
    Fired fired = new Fired();
    fx.extract(t, 0, t.n, fired, new Matches());
    model.score(fired, new int[model.features], 1, probs);
    return Model.LABELS[model.decide(probs)];
  }

  Model model() {
    return model;
  }

  /** The part of a text that is read: all of it, or its first {@link TextLimit#MAX_CHARS}. */
  private static CharSequence readPart(CharSequence text) {
    int n = TextLimit.readLength(text);
    return n == text.length() ? text : text.subSequence(0, n);
  }

  private static double clamp(double p) {
    return Math.max(0.0, Math.min(1.0, p));
  }
}
