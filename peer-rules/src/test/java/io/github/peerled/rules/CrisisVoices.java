package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of crisis voices under {@code /safety/<dir>/}: crisis disclosures ({@code crisis.txt}) and
 * hard negatives ({@code not-crisis.txt}), one utterance a line. Each file is split by a hash of
 * the utterance: it is held out when the first byte of its SHA-256 (UTF-8) is below 128 (below 86
 * for a set held out by a third), and belongs to the tuning part otherwise; a set made only for
 * evaluation is held out whole. The held-out part is only ever counted, never listed.
 */
final class CrisisVoices {
  static final String CRISIS = "crisis.txt";
  static final String NOT_CRISIS = "not-crisis.txt";

  private final String dir;
  private final int heldOutBelow;

  CrisisVoices(String dir) {
    this(dir, 128);
  }

  private CrisisVoices(String dir, int heldOutBelow) {
    this.dir = dir;
    this.heldOutBelow = heldOutBelow;
  }

  /** A set written only to be measured: every line is held out, none is for tuning. */
  static CrisisVoices heldOutWhole(String dir) {
    return new CrisisVoices(dir, 256);
  }

  /** A set of which a third is held out: a line whose hash's first byte is below 86. */
  static CrisisVoices heldOutThird(String dir) {
    return new CrisisVoices(dir, 86);
  }

  enum Split {
    HELDOUT,
    TUNING;

    static Split of(String utterance) {
      return of(utterance, 128);
    }

    static Split of(String utterance, int heldOutBelow) {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256").digest(utterance.getBytes(StandardCharsets.UTF_8));
        return (digest[0] & 0xff) < heldOutBelow ? HELDOUT : TUNING;
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** All utterances of a file, held out or not. */
  List<String> lines(String name) {
    String path = "/safety/" + dir + "/" + name;
    try (InputStream in = CrisisVoices.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      List<String> out = new ArrayList<>();
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The utterances of a file in one half. */
  List<String> split(String name, Split split) {
    List<String> out = new ArrayList<>();
    for (String s : lines(name)) {
      if (Split.of(s, heldOutBelow) == split) {
        out.add(s);
      }
    }
    return out;
  }

  /** Whether one member's contribution draws a crisis finding from the full rule set. */
  static boolean drawsCrisis(RuleSet rules, String text) {
    Transcript t =
        Transcript.parse(
            "s", "@member a MEMBER Ann\n@facilitator f\n10:00 a SHARING: " + text + "\n");
    return byRule(rules.review(t.context(), t.contributions), "safety").stream()
        .anyMatch(
            f ->
                f.severity() == Severity.INTERVENE
                    && f.action() == SuggestedAction.CHECK_SAFETY
                    && f.signposts().contains(Fixtures.CRISIS_LINE));
  }

  /** The utterances whose crisis reading is {@code wanted}. */
  static List<String> reading(List<String> utterances, boolean wanted) {
    RuleSet rules = Fixtures.ruleSet(Fixtures.allRules());
    List<String> out = new ArrayList<>();
    for (String s : utterances) {
      if (drawsCrisis(rules, s) == wanted) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Asserts that a set split by hash holds at least so many distinct disclosures and hard
   * negatives, and that between a fifth and a half of each is held out.
   */
  void assertDistinctWithAThirdHeldOut(int minCrisis, int minNegatives) {
    assertThat(lines(CRISIS)).hasSizeGreaterThanOrEqualTo(minCrisis).doesNotHaveDuplicates();
    assertThat(lines(NOT_CRISIS)).hasSizeGreaterThanOrEqualTo(minNegatives).doesNotHaveDuplicates();
    for (String name : List.of(CRISIS, NOT_CRISIS)) {
      int all = lines(name).size();
      assertThat(split(name, Split.HELDOUT).size()).as(name).isBetween(all / 5, all / 2);
    }
  }

  /**
   * Asserts that the crisis reading finds at least a share of some disclosures; the failure message
   * tells only the counts, never a line.
   */
  static void assertRecallAtLeast(List<String> crisis, double floor) {
    int missed = reading(crisis, false).size();
    double recall = 1.0 - (double) missed / crisis.size();
    assertThat(recall)
        .withFailMessage(
            "recall %.3f below its floor %.3f (missed %d of %d)",
            recall, floor, missed, crisis.size())
        .isGreaterThanOrEqualTo(floor);
  }

  /**
   * Asserts that the crisis reading alarms on at most a share of some hard negatives; the failure
   * message tells only the counts, never a line.
   */
  static void assertFalseAlarmsAtMost(List<String> negatives, double ceiling) {
    int alarms = reading(negatives, true).size();
    double rate = (double) alarms / negatives.size();
    assertThat(rate)
        .withFailMessage(
            "false-alarm rate %.3f above its ceiling %.3f (%d of %d)",
            rate, ceiling, alarms, negatives.size())
        .isLessThanOrEqualTo(ceiling);
  }
}
