package io.github.peerled.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.ImmutableFoundingMember;
import io.github.peerled.core.group.ImmutableMember;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.examples.files.ContributionEntry;
import io.github.peerled.examples.files.GroupFile;
import io.github.peerled.examples.files.MemberEntry;
import io.github.peerled.examples.files.SessionFile;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.ImmutableGroupContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the JSON documents of the {@code peer} command and checks what JSON alone cannot: the
 * format version, and that every member a session names is known (see {@link GroupCheck} for the
 * group file).
 */
final class Documents {
  private Documents() {}

  /** Reads a JSON file's text the one way the library does (UTF-8, a leading BOM skipped). */
  static String readText(Path file) {
    String text;
    try {
      text = PeerledJson.readText(file);
    } catch (JsonInputException e) {
      throw new InputProblem(String.valueOf(e.getMessage()), e);
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      if (cause instanceof NoSuchFileException) {
        throw new InputProblem(file + ": no such file");
      }
      throw new InputProblem(file + ": cannot be read (" + cause + ")", e);
    }
    if (text.isBlank()) {
      throw new InputProblem(file + ": the file is empty; it should hold a JSON object");
    }
    return text;
  }

  /**
   * A document read from a file: its value, and its JSON tree, so that what is reported about it
   * points at paths that are in the file.
   *
   * @param file the file
   * @param tree the file's JSON
   * @param value the value the file describes
   * @param <T> the type of the value
   */
  record Parsed<T>(Path file, JsonNode tree, T value) {
    /**
     * Returns the violations with each path cut back to the deepest part of it in the file.
     *
     * @param violations violations with paths in the file's own terms
     * @return the violations, each at a path that exists in the file
     */
    List<Violation> locate(List<Violation> violations) {
      List<Violation> out = new ArrayList<>();
      for (Violation v : violations) {
        String path = v.path().isEmpty() ? v.path() : JsonPaths.nearest(tree, v.path());
        out.add(new Violation(v.code(), path, v.message(), v.reason()));
      }
      return out;
    }
  }

  static <T> Parsed<T> parse(Path file, Class<T> type) {
    String text = readText(file);
    try {
      T value = PeerledJson.read(text, type, file.toString());
      return new Parsed<>(file, PeerledJson.read(text, JsonNode.class, file.toString()), value);
    } catch (JsonInputException e) {
      throw new InputProblem(String.valueOf(e.getMessage()), e);
    }
  }

  static Parsed<GroupFile> group(Path file) {
    Parsed<GroupFile> g = parse(file, GroupFile.class);
    checkFormat(file, g.value().format(), GroupFile.FORMAT);
    return g;
  }

  static Parsed<SessionFile> session(Path file) {
    Parsed<SessionFile> s = parse(file, SessionFile.class);
    checkFormat(file, s.value().format(), SessionFile.FORMAT);
    return s;
  }

  /**
   * Checks a session against its group: every person it names is a member, every contribution has a
   * text, and every reply is to an earlier contribution.
   *
   * @return what is wrong, with paths into the session file; empty if nothing is
   */
  static List<Violation> problems(SessionFile s, GroupFile group) {
    Set<MemberId> known = new HashSet<>();
    for (MemberEntry m : group.members()) {
      known.add(m.id());
    }
    List<Violation> out = new ArrayList<>();
    s.facilitator().ifPresent(m -> known(known, m, "$.facilitator", out));
    s.coFacilitator().ifPresent(m -> known(known, m, "$.coFacilitator", out));
    for (int i = 0; i < s.attendees().size(); i++) {
      known(known, s.attendees().get(i), "$.attendees[" + i + "]", out);
    }
    for (int i = 0; i < s.contributions().size(); i++) {
      ContributionEntry c = s.contributions().get(i);
      String at = "$.contributions[" + i + "]";
      known(known, c.author(), at + ".author", out);
      if (c.text().isBlank()) {
        out.add(FileProblem.BLANK_TEXT.at(at + ".text", "the text is blank"));
      }
      if (c.replyTo().isPresent() && (c.replyTo().getAsInt() < 1 || c.replyTo().getAsInt() > i)) {
        out.add(
            FileProblem.REPLY_NOT_EARLIER.at(
                at + ".replyTo",
                "contribution "
                    + (i + 1)
                    + (i == 0
                        ? " is the first and cannot reply to another"
                        : " can only reply to an earlier one (1 to " + i + ")")
                    + ", not "
                    + c.replyTo().getAsInt()));
      }
    }
    return out;
  }

  private static void known(Set<MemberId> known, MemberId id, String path, List<Violation> out) {
    if (!known.contains(id)) {
      out.add(
          FileProblem.UNKNOWN_MEMBER.at(
              path, "unknown member '" + id + "'; the group file does not list them"));
    }
  }

  private static void checkFormat(Path file, String format, String expected) {
    if (!format.equals(expected)) {
      throw new InputProblem(
          file
              + ": at $.format: '"
              + format
              + "' is not a format this version reads ("
              + expected
              + ")");
    }
  }

  /** A group for a session file given without one: its authors as members, the default rules. */
  static GroupFile groupOf(SessionFile s) {
    Set<MemberId> people = new LinkedHashSet<>();
    s.facilitator().ifPresent(people::add);
    s.coFacilitator().ifPresent(people::add);
    people.addAll(s.attendees());
    for (ContributionEntry c : s.contributions()) {
      people.add(c.author());
    }
    var b =
        io.github.peerled.examples.files.ImmutableGroupFile.builder()
            .format(GroupFile.FORMAT)
            .groupId(io.github.peerled.core.group.GroupId.of("group"))
            .profile(
                io.github.peerled.core.group.ImmutableGroupProfile.builder()
                    .name("A peer support group")
                    .purpose("We share our experience.")
                    .topic("a shared lived experience")
                    .addFormats(io.github.peerled.core.group.MeetingFormat.FACE_TO_FACE)
                    .openTo("anyone with the lived experience")
                    .build())
            .guidelines(
                io.github.peerled.examples.files.ImmutableGuidelinesEntry.builder()
                    .clauses(defaultClauses())
                    .build());
    for (MemberId id : people) {
      b.addMembers(io.github.peerled.examples.files.ImmutableMemberEntry.builder().id(id).build());
    }
    return b.build();
  }

  /** The guidelines assumed when none are given: every built-in session rule, with defaults. */
  static List<Clause> defaultClauses() {
    return List.of(
        Clause.bound(
            "sharing",
            "We share our own experience rather than give advice.",
            "sharing-not-advice"),
        Clause.bound(
            "everyone-counts",
            "Everyone gets room to speak; no request for support is left hanging.",
            "everyone-counts"),
        Clause.bound(
            "safety", "If someone is in distress we pause and point to suitable help.", "safety"),
        Clause.bound(
            "not-experts",
            "We are peers, not clinicians: we do not tell each other doses or medicines.",
            "facilitator-not-expert"),
        Clause.bound(
            "respect",
            "We speak to each other with respect: no personal remarks.",
            "respectful-exchange"),
        Clause.bound(
            "no-comparing",
            "We do not compete over numbers; we talk about what helps in daily life.",
            "no-comparing"));
  }

  /**
   * Returns the guidelines in force; {@link GroupCheck} first makes sure they are a valid version.
   */
  static GuidelineVersion guidelines(GroupFile g) {
    return ImmutableGuidelineVersion.builder()
        .number(g.guidelines().version())
        .clauses(g.guidelines().clauses())
        .effectiveAt(Instant.EPOCH)
        .build();
  }

  static List<Member> members(GroupFile g) {
    List<Member> out = new ArrayList<>();
    for (MemberEntry m : g.members()) {
      out.add(
          ImmutableMember.builder()
              .id(m.id())
              .displayName(m.displayName())
              .standing(m.standing())
              .affiliation(m.affiliation())
              .roles(m.roles())
              .joinedAt(Instant.EPOCH)
              .acknowledgedVersion(g.guidelines().version())
              .build());
    }
    return out;
  }

  static GroupContext context(GroupFile g, SessionFile s) {
    Set<MemberId> present = new LinkedHashSet<>(s.attendees());
    for (ContributionEntry c : s.contributions()) {
      present.add(c.author());
    }
    return ImmutableGroupContext.builder()
        .members(members(g))
        .facilitator(s.facilitator())
        .coFacilitator(s.coFacilitator())
        .attendees(present)
        .build();
  }

  static List<Contribution> contributions(SessionFile s) {
    List<Contribution> out = new ArrayList<>();
    Instant at = s.startedAt();
    for (int i = 0; i < s.contributions().size(); i++) {
      ContributionEntry c = s.contributions().get(i);
      at = c.at().orElse(at.plusSeconds(60));
      out.add(
          ImmutableContribution.builder()
              .sessionId(s.sessionId())
              .number(i + 1)
              .author(c.author())
              .at(at)
              .kind(c.kind())
              .text(c.text())
              .replyTo(c.replyTo())
              .build());
    }
    return out;
  }

  static FoundGroup founding(GroupFile g) {
    List<FoundingMember> founders = new ArrayList<>();
    for (MemberEntry m : g.members()) {
      if (m.standing() == Standing.FOUNDING_MEMBER) {
        founders.add(
            ImmutableFoundingMember.builder().id(m.id()).displayName(m.displayName()).build());
      }
    }
    MemberId actor =
        founders.isEmpty()
            ? (g.members().isEmpty() ? MemberId.of("nobody") : g.members().get(0).id())
            : founders.get(0).id();
    return ImmutableFoundGroup.builder()
        .actor(actor)
        .profile(g.profile())
        .governance(g.governance())
        .founders(founders)
        .draft(g.guidelines().clauses())
        .build();
  }
}
