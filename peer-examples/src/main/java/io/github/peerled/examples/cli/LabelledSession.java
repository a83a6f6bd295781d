package io.github.peerled.examples.cli;

import io.github.peerled.core.group.ImmutableMember;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.rules.FaqEntry;
import io.github.peerled.rules.ImmutableFaqEntry;
import io.github.peerled.rules.ImmutableKnownMyth;
import io.github.peerled.rules.ImmutableSignpost;
import io.github.peerled.rules.KnownMyth;
import io.github.peerled.rules.Severity;
import io.github.peerled.rules.Signpost;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One labelled session transcript ({@code NAME.session}): who takes part, what the group has
 * configured, the contributions and the findings a facilitator expects, each label under the
 * contribution it is about or marked {@code end}. {@link #parse} reads the format line by line and
 * rejects anything it does not know with the file, the line number and what is wrong. Immutable
 * once parsed.
 */
final class LabelledSession {
  /** The day every session is taken to happen on; contributions give only HH:MM. */
  static final Instant DAY = Instant.parse("2025-03-04T00:00:00Z");

  /** The label categories, in the order the evaluation reports them. */
  static final List<String> CATEGORIES =
      List.of(
          "crisis",
          "safety",
          "everyone-counts",
          "sharing-not-advice",
          "facilitator-not-expert",
          "peer-review",
          "existing-answer",
          "respectful-exchange",
          "no-comparing");

  private static final List<String> STANDINGS =
      List.of("FOUNDING_MEMBER", "MEMBER", "NEWCOMER", "ADVISOR");

  /**
   * An expected finding.
   *
   * @param line the label's line in the file
   * @param contribution the number of the contribution it is about; 0 for an end-of-session label
   * @param category one of {@link #CATEGORIES}
   * @param severity the expected severity
   */
  record Label(int line, int contribution, String category, Severity severity) {
    boolean end() {
      return contribution == 0;
    }
  }

  /**
   * A rule's parameters overridden by an {@code @bind} line.
   *
   * @param line the line in the file
   * @param ruleId the rule
   * @param parameters names to values, in the order given
   */
  record Binding(int line, String ruleId, Map<String, String> parameters) {}

  /** A line of a session file that is not of the format; the message names file and line. */
  static final class FormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FormatError(String file, int line, String what) {
      super(file + ":" + line + ": " + what);
    }
  }

  final String file;
  final String name;
  Optional<String> topic = Optional.empty();
  final List<Member> members = new ArrayList<>();
  Optional<MemberId> facilitator = Optional.empty();
  final List<MemberId> attendees = new ArrayList<>();
  final List<Signpost> signposts = new ArrayList<>();
  final List<KnownMyth> myths = new ArrayList<>();
  final List<FaqEntry> faq = new ArrayList<>();
  final List<Binding> bindings = new ArrayList<>();
  final List<Contribution> contributions = new ArrayList<>();
  final List<Label> labels = new ArrayList<>();

  private final Map<MemberId, Member> byId = new LinkedHashMap<>();
  private final SessionId sessionId = SessionId.of("session");
  private int lineNo;

  private LabelledSession(String file) {
    this.file = file;
    String base = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    this.name = base.endsWith(".session") ? base.substring(0, base.length() - 8) : base;
  }

  /**
   * Reads a session file's bytes.
   *
   * @param file the file's path, for messages; its name without {@code .session} is the session's
   * @param bytes the file's content, UTF-8
   * @return the session
   * @throws FormatError at the first line that is not of the format
   */
  static LabelledSession parse(String file, byte[] bytes) {
    LabelledSession s = new LabelledSession(file);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new FormatError(file, firstBadLine(bytes), "the text is not valid UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      s.lineNo = i + 1;
      s.line(lines[i].strip());
    }
    return s;
  }

  /** The line of the first byte sequence that is not UTF-8. */
  private static int firstBadLine(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(Arrays.copyOfRange(bytes, start, i)));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line - 1;
  }

  private FormatError error(String what) {
    return new FormatError(file, lineNo, what);
  }

  private void line(String line) {
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    if (line.startsWith("=>")) {
      label(line.substring(2).strip());
    } else if (line.startsWith("@")) {
      int space = line.indexOf(' ');
      String key = space < 0 ? line : line.substring(0, space);
      String rest = space < 0 ? "" : line.substring(space + 1).strip();
      if (rest.isEmpty()) {
        throw error(key + " needs a value");
      }
      switch (key) {
        case "@topic" -> topic = Optional.of(rest);
        case "@member" -> member(rest);
        case "@facilitator" -> facilitator = Optional.of(known(rest));
        case "@attendees" -> {
          for (String id : rest.split(" +", -1)) {
            attendees.add(known(id));
          }
        }
        case "@signpost" -> {
          String[] p = parts(rest, 2, 3, "KIND | label | detail");
          signposts.add(signpost(p[0], p[1], p.length > 2 ? p[2] : ""));
        }
        case "@myth" ->
            myth(parts(rest, 3, 5, "ID | claim | phrase; phrase [| KIND label | detail]"));
        case "@faq" -> faq(parts(rest, 4, 4, "ID | title | link | phrase; phrase"));
        case "@bind" -> bind(rest);
        default ->
            throw error(
                "unknown line '"
                    + key
                    + "': use @topic, @member, @facilitator, @attendees, @signpost, @myth, @faq"
                    + " or @bind");
      }
    } else {
      contribution(line);
    }
  }

  private void member(String rest) {
    String[] p = rest.split(" +", 3);
    if (p.length < 2) {
      throw error("a member is '@member ID STANDING Display Name'");
    }
    MemberId id = id(p[0]);
    if (byId.containsKey(id)) {
      throw error("member '" + id + "' is declared twice");
    }
    if (!STANDINGS.contains(p[1])) {
      throw error("unknown standing '" + p[1] + "': use one of " + String.join(" ", STANDINGS));
    }
    ImmutableMember.Builder b =
        ImmutableMember.builder()
            .id(id)
            .standing(Standing.valueOf(p[1]))
            .joinedAt(DAY.minusSeconds(86400L * 100))
            .acknowledgedVersion(1);
    if (p.length == 3) {
      b.displayName(p[2]);
    }
    Member m = b.build();
    members.add(m);
    byId.put(id, m);
  }

  private MemberId id(String text) {
    try {
      return MemberId.of(text);
    } catch (IllegalArgumentException e) {
      throw error("'" + text + "' is not a member id: " + e.getMessage());
    }
  }

  private MemberId known(String text) {
    MemberId id = id(text);
    if (!byId.containsKey(id)) {
      throw error("unknown member '" + text + "': declare them with an @member line above");
    }
    return id;
  }

  private String[] parts(String rest, int min, int max, String form) {
    String[] p = rest.split("\\|", -1);
    for (int i = 0; i < p.length; i++) {
      p[i] = p[i].strip();
    }
    if (p.length < min || p.length > max) {
      throw error("expected " + form + " (parts separated by '|')");
    }
    for (int i = 0; i < min; i++) {
      if (p[i].isEmpty()) {
        throw error("part " + (i + 1) + " of " + form + " is empty");
      }
    }
    return p;
  }

  private Signpost signpost(String kindText, String label, String detail) {
    Signpost.Kind kind;
    try {
      kind = Signpost.Kind.valueOf(kindText);
    } catch (IllegalArgumentException e) {
      throw error("unknown signpost kind '" + kindText + "': use CRISIS, SUPPORT or INFORMATION");
    }
    ImmutableSignpost.Builder b = ImmutableSignpost.builder().kind(kind).label(label);
    if (!detail.isEmpty()) {
      b.detail(detail);
    }
    return b.build();
  }

  private static List<String> phrases(String text) {
    List<String> out = new ArrayList<>();
    for (String phrase : text.split(";", -1)) {
      if (!phrase.isBlank()) {
        out.add(phrase.strip());
      }
    }
    return out;
  }

  private void myth(String[] p) {
    List<String> phrases = phrases(p[2]);
    if (phrases.isEmpty()) {
      throw error("a myth needs at least one phrase");
    }
    ImmutableKnownMyth.Builder b =
        ImmutableKnownMyth.builder().id(p[0]).claim(p[1]).phrases(phrases);
    if (p.length > 3) {
      String[] kindLabel = p[3].split(" +", 2);
      if (kindLabel.length < 2) {
        throw error("a myth's resource is 'KIND label', for example 'INFORMATION Leaflet'");
      }
      b.resource(signpost(kindLabel[0], kindLabel[1], p.length > 4 ? p[4] : ""));
    }
    myths.add(b.build());
  }

  private void faq(String[] p) {
    List<String> phrases = phrases(p[3]);
    if (phrases.isEmpty()) {
      throw error("an FAQ entry needs at least one phrase");
    }
    faq.add(ImmutableFaqEntry.builder().id(p[0]).title(p[1]).link(p[2]).phrases(phrases).build());
  }

  private void bind(String rest) {
    String[] p = rest.split(" +", -1);
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 1; i < p.length; i++) {
      int eq = p[i].indexOf('=');
      if (eq < 1) {
        throw error("'" + p[i] + "' is not key=value");
      }
      parameters.put(p[i].substring(0, eq), p[i].substring(eq + 1));
    }
    bindings.add(new Binding(lineNo, p[0], parameters));
  }

  private void label(String rest) {
    String[] p = rest.split(" +", -1);
    boolean end = p.length > 0 && p[0].equals("end");
    int from = end ? 1 : 0;
    if (p.length - from != 2) {
      throw error("a label is '=> CATEGORY SEVERITY' or '=> end CATEGORY SEVERITY'");
    }
    String category = p[from];
    if (!CATEGORIES.contains(category)) {
      throw error(
          "unknown category '" + category + "': use one of " + String.join(" ", CATEGORIES));
    }
    Severity severity;
    try {
      severity = Severity.valueOf(p[from + 1]);
    } catch (IllegalArgumentException e) {
      throw error("unknown severity '" + p[from + 1] + "': use INFO, NUDGE or INTERVENE");
    }
    if (!end && contributions.isEmpty()) {
      throw error("a label before any contribution: it goes under the contribution it is about");
    }
    labels.add(new Label(lineNo, end ? 0 : contributions.size(), category, severity));
  }

  private void contribution(String line) {
    int colon = line.indexOf(": ");
    if (colon < 0 && line.endsWith(":")) {
      colon = line.length() - 1;
    }
    String[] head = colon < 0 ? new String[0] : line.substring(0, colon).split(" +", -1);
    if (head.length != 3) {
      throw error(
          "not a contribution 'HH:MM AUTHOR KIND[>N]: text', a label '=> ...', an @ line or a"
              + " # comment");
    }
    int minutes = time(head[0]);
    MemberId author = known(head[1]);
    int gt = head[2].indexOf('>');
    String kindText = gt < 0 ? head[2] : head[2].substring(0, gt);
    ContributionKind kind;
    try {
      kind = ContributionKind.valueOf(kindText);
    } catch (IllegalArgumentException e) {
      throw error(
          "unknown KIND '"
              + kindText
              + "': use SHARING, RESPONSE, REQUEST_FOR_SUPPORT, QUESTION or OTHER");
    }
    String text = line.substring(Math.min(line.length(), colon + 2)).strip();
    if (text.isEmpty()) {
      throw error("the contribution's text is empty");
    }
    int number = contributions.size() + 1;
    ImmutableContribution.Builder b =
        ImmutableContribution.builder()
            .sessionId(sessionId)
            .number(number)
            .author(author)
            .at(DAY.plusSeconds(minutes * 60L))
            .kind(kind)
            .text(text);
    if (gt >= 0) {
      b.replyTo(replyTo(head[2].substring(gt + 1), number));
    }
    contributions.add(b.build());
  }

  private int time(String hhmm) {
    String[] hm = hhmm.split(":", -1);
    if (hm.length == 2 && hm[0].matches("[0-9]{1,2}") && hm[1].matches("[0-9]{2}")) {
      int h = Integer.parseInt(hm[0]);
      int m = Integer.parseInt(hm[1]);
      if (h < 24 && m < 60) {
        return h * 60 + m;
      }
    }
    throw error("'" + hhmm + "' is not a time HH:MM");
  }

  private int replyTo(String n, int number) {
    int to = -1;
    if (n.matches("[0-9]{1,9}")) {
      to = Integer.parseInt(n);
    }
    if (to < 1 || to >= number) {
      throw error(
          "'>"
              + n
              + "' must point to an earlier contribution"
              + (number == 1
                  ? ", and this is the first"
                  : String.format(Locale.ROOT, " (1 to %d)", number - 1)));
    }
    return to;
  }

  /**
   * Tells whether the session is held out: the first byte of the SHA-256 of its name (UTF-8) is
   * below 86.
   *
   * @return true for a held-out session
   */
  boolean heldOut() {
    return Split.heldOut(name);
  }
}
