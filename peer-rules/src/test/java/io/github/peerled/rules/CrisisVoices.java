package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.byRule;

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
 * the utterance: it is held out when the first byte of its SHA-256 (UTF-8) is below 128, and
 * belongs to the tuning half otherwise; a set made only for evaluation is held out whole. The
 * held-out half is only ever counted, never listed.
 */
final class CrisisVoices {
  static final String CRISIS = "crisis.txt";
  static final String NOT_CRISIS = "not-crisis.txt";

  private final String dir;
  private final boolean wholeHeldOut;

  CrisisVoices(String dir) {
    this(dir, false);
  }

  private CrisisVoices(String dir, boolean wholeHeldOut) {
    this.dir = dir;
    this.wholeHeldOut = wholeHeldOut;
  }

  /** A set written only to be measured: every line is held out, none is for tuning. */
  static CrisisVoices heldOutWhole(String dir) {
    return new CrisisVoices(dir, true);
  }

  enum Split {
    HELDOUT,
    TUNING;

    static Split of(String utterance) {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256").digest(utterance.getBytes(StandardCharsets.UTF_8));
        return (digest[0] & 0xff) < 128 ? HELDOUT : TUNING;
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
      if ((wholeHeldOut ? Split.HELDOUT : Split.of(s)) == split) {
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
}
