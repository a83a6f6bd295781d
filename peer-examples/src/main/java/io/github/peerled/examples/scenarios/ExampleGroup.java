package io.github.peerled.examples.scenarios;

import io.github.peerled.core.command.EndorseFoundingGuidelines;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.JoinGroup;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.rules.files.GroupFile;
import io.github.peerled.rules.files.MemberEntry;
import io.github.peerled.rules.files.PeerFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An example group file ({@code examples/NAME/group.json}, packed with the examples) and how a
 * story founds the group it describes: the founders found it with its governance settings and
 * guidelines and endorse them, then everyone else joins in the order of the file (members and
 * newcomers as newcomers, since becoming a member is the group's decision; advisors and guests as
 * such).
 */
final class ExampleGroup {
  private ExampleGroup() {}

  /**
   * Reads an example group file from the class path.
   *
   * @param name the example's folder, such as {@code knowledge-network}
   * @return the group file
   * @throws IllegalStateException if the file is not there
   * @throws io.github.peerled.core.files.PeerFileException if it is not a valid group file
   */
  static GroupFile read(String name) {
    String path = "/examples/" + name + "/group.json";
    try (InputStream in = ExampleGroup.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the example " + path + " is not on the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return PeerFiles.readGroup("examples/" + name + "/group.json", text).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Founds the group of a file, has its founders endorse the guidelines and everyone else join, and
   * tells it in two lines.
   */
  static void found(Telling telling, GroupFile g) {
    List<FoundingMember> founders = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (MemberEntry m : g.members()) {
      if (m.standing() == Standing.FOUNDING_MEMBER) {
        founders.add(FoundingMember.builder().id(m.id()).displayName(m.displayName()).build());
        names.add(m.displayName().orElse(m.id().value()));
      }
    }
    MemberId first = founders.get(0).id();
    telling.apply(
        FoundGroup.builder()
            .actor(first)
            .profile(g.profile())
            .governance(g.governance())
            .founders(founders)
            .draft(g.guidelines().clauses())
            .build(),
        s -> {});
    for (FoundingMember f : founders) {
      telling.apply(EndorseFoundingGuidelines.builder().actor(f.id()).revision(1).build(), s -> {});
    }
    telling.tell(
        Telling.listed(names)
            + " found "
            + g.profile().name()
            + " with the settings and the "
            + g.guidelines().clauses().size()
            + " guidelines of its group file, and endorse them.");
    List<String> joined = new ArrayList<>();
    for (MemberEntry m : g.members()) {
      if (m.standing() == Standing.FOUNDING_MEMBER) {
        continue;
      }
      Standing asked =
          m.standing() == Standing.MEMBER || m.standing() == Standing.NEWCOMER
              ? Standing.NEWCOMER
              : m.standing();
      telling.apply(
          JoinGroup.builder()
              .actor(m.id())
              .member(m.id())
              .displayName(m.displayName())
              .standing(asked)
              .affiliation(m.affiliation())
              .acknowledgedVersion(telling.state().guidelineVersionNumber())
              .build(),
          s -> {});
      joined.add(
          telling.name(m.id())
              + (asked == Standing.ADVISOR ? " (an advisor)" : "")
              + (asked == Standing.GUEST ? " (a guest)" : ""));
    }
    if (!joined.isEmpty()) {
      telling.tell(Telling.listed(joined) + " join.");
    }
  }
}
