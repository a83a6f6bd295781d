package io.github.peerled.examples.cli;

import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.files.ContributionEntry;
import io.github.peerled.core.files.CoreFiles;
import io.github.peerled.core.files.Document;
import io.github.peerled.core.files.LoggedEvent;
import io.github.peerled.core.files.SessionFile;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.ImmutableMember;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.sim.Scenario;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.ImmutableGroupContext;
import io.github.peerled.rules.files.GroupFile;
import io.github.peerled.rules.files.ImmutableGroupFile;
import io.github.peerled.rules.files.ImmutableGuidelinesEntry;
import io.github.peerled.rules.files.ImmutableMemberEntry;
import io.github.peerled.rules.files.MemberEntry;
import io.github.peerled.rules.files.PeerFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the documents of the {@code peer} command through the library's file formats ({@link
 * PeerFiles}), a file named {@code -} from standard input, and turns a group and a session into
 * what the rules and the engine take.
 */
final class Documents {
  private Documents() {}

  static Document<GroupFile> group(Path file) {
    return PeerFiles.readGroup(Inputs.source(file), Inputs.text(file));
  }

  static Document<SessionFile> session(Path file) {
    return CoreFiles.readSession(Inputs.source(file), Inputs.text(file));
  }

  static Document<ProposalContent> change(Path file) {
    return CoreFiles.readChange(Inputs.source(file), Inputs.text(file));
  }

  static Document<Scenario> scenario(Path file) {
    return CoreFiles.readScenario(Inputs.source(file), Inputs.text(file));
  }

  static List<LoggedEvent> events(Path file) {
    return CoreFiles.readEventLog(Inputs.source(file), Inputs.text(file));
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
        ImmutableGroupFile.builder()
            .format(GroupFile.FORMAT)
            .groupId(GroupId.of("group"))
            .profile(
                GroupProfile.builder()
                    .name("A peer support group")
                    .purpose("We share our experience.")
                    .topic("a shared lived experience")
                    .addFormats(MeetingFormat.FACE_TO_FACE)
                    .openTo("anyone with the lived experience")
                    .build())
            .guidelines(ImmutableGuidelinesEntry.builder().clauses(defaultClauses()).build());
    for (MemberId id : people) {
      b.addMembers(ImmutableMemberEntry.builder().id(id).build());
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
              .act(c.act())
              .build());
    }
    return out;
  }

  static FoundGroup founding(GroupFile g) {
    List<FoundingMember> founders = new ArrayList<>();
    for (MemberEntry m : g.members()) {
      if (m.standing() == Standing.FOUNDING_MEMBER) {
        founders.add(FoundingMember.builder().id(m.id()).displayName(m.displayName()).build());
      }
    }
    MemberId actor =
        founders.isEmpty()
            ? (g.members().isEmpty() ? MemberId.of("nobody") : g.members().get(0).id())
            : founders.get(0).id();
    return FoundGroup.builder()
        .actor(actor)
        .profile(g.profile())
        .governance(g.governance())
        .founders(founders)
        .draft(g.guidelines().clauses())
        .build();
  }
}
