package io.github.peerled.examples.cli;

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
 * format version, duplicate ids, and that every member a document names is known.
 */
final class Documents {
  private Documents() {}

  /** Reads a JSON file's text the one way the library does (UTF-8, a leading BOM skipped). */
  static String readText(Path file) {
    try {
      return PeerledJson.readText(file);
    } catch (JsonInputException e) {
      throw new InputProblem(String.valueOf(e.getMessage()), e);
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      if (cause instanceof NoSuchFileException) {
        throw new InputProblem(file + ": no such file");
      }
      throw new InputProblem(file + ": cannot be read (" + cause + ")", e);
    }
  }

  static <T> T read(Path file, Class<T> type) {
    String text = readText(file);
    try {
      return PeerledJson.read(text, type, file.toString());
    } catch (JsonInputException e) {
      throw new InputProblem(String.valueOf(e.getMessage()), e);
    }
  }

  static GroupFile group(Path file) {
    GroupFile g = read(file, GroupFile.class);
    checkFormat(file, g.format(), GroupFile.FORMAT);
    Set<MemberId> seen = new HashSet<>();
    for (int i = 0; i < g.members().size(); i++) {
      if (!seen.add(g.members().get(i).id())) {
        throw new InputProblem(
            file
                + ": at $.members["
                + i
                + "].id: member "
                + g.members().get(i).id()
                + " is listed twice");
      }
    }
    return g;
  }

  static SessionFile session(Path file, GroupFile group) {
    SessionFile s = read(file, SessionFile.class);
    checkFormat(file, s.format(), SessionFile.FORMAT);
    Set<MemberId> known = new HashSet<>();
    for (MemberEntry m : group.members()) {
      known.add(m.id());
    }
    s.facilitator().ifPresent(m -> known(file, known, m, "$.facilitator"));
    s.coFacilitator().ifPresent(m -> known(file, known, m, "$.coFacilitator"));
    for (int i = 0; i < s.attendees().size(); i++) {
      known(file, known, s.attendees().get(i), "$.attendees[" + i + "]");
    }
    for (int i = 0; i < s.contributions().size(); i++) {
      ContributionEntry c = s.contributions().get(i);
      known(file, known, c.author(), "$.contributions[" + i + "].author");
      if (c.text().isBlank()) {
        throw new InputProblem(file + ": at $.contributions[" + i + "].text: the text is blank");
      }
      if (c.replyTo().isPresent() && (c.replyTo().getAsInt() < 1 || c.replyTo().getAsInt() > i)) {
        throw new InputProblem(
            file
                + ": at $.contributions["
                + i
                + "].replyTo: contribution "
                + (i + 1)
                + " can only reply to an earlier one (1 to "
                + i
                + "), not "
                + c.replyTo().getAsInt());
      }
    }
    return s;
  }

  private static void known(Path file, Set<MemberId> known, MemberId id, String path) {
    if (!known.contains(id)) {
      throw new InputProblem(
          file
              + ": at "
              + path
              + ": unknown member '"
              + id
              + "'; the group file does not list them");
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
  static GroupFile groupOf(Path sessionFile) {
    SessionFile s = read(sessionFile, SessionFile.class);
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
            "facilitator-not-expert"));
  }

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
