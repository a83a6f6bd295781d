package io.github.peerled.rules.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.files.Document;
import io.github.peerled.core.files.ImmutableContributionEntry;
import io.github.peerled.core.files.ImmutableSessionFile;
import io.github.peerled.core.files.PeerFileException;
import io.github.peerled.core.files.SessionFile;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.core.session.SessionId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerFilesTest {
  @TempDir Path dir;

  private static GroupFile group() {
    return ImmutableGroupFile.builder()
        .format(GroupFile.FORMAT)
        .groupId(GroupId.of("tuesday"))
        .profile(
            ImmutableGroupProfile.builder()
                .name("Tuesday group")
                .purpose("We share our experience.")
                .topic("diabetes")
                .addFormats(MeetingFormat.FACE_TO_FACE)
                .openTo("people with diabetes")
                .build())
        .addMembers(
            ImmutableMemberEntry.builder()
                .id(MemberId.of("ana"))
                .standing(Standing.FOUNDING_MEMBER)
                .build(),
            ImmutableMemberEntry.builder().id(MemberId.of("bob")).build())
        .guidelines(
            ImmutableGuidelinesEntry.builder()
                .addClauses(Clause.bound("sharing", "We share.", "sharing-not-advice"))
                .build())
        .build();
  }

  @Test
  void should_read_back_a_group_it_writes() throws IOException {
    Path file = dir.resolve("group.json");
    Files.writeString(file, PeerFiles.writeGroup(group()));

    Document<GroupFile> read = PeerFiles.readGroup(file);

    assertThat(read.value()).isEqualTo(group());
    assertThat(read.source()).isEqualTo(file.toString());
    assertThat(read.tree().get("format").asText()).isEqualTo("peerled-group/1");
  }

  @Test
  void should_name_file_path_and_reason_of_a_group_of_another_version() {
    String text = PeerFiles.writeGroup(group()).replace("peerled-group/1", "peerled-group/2");

    assertThatThrownBy(() -> PeerFiles.readGroup("g.json", text))
        .isInstanceOf(PeerFileException.class)
        .hasMessage(
            "g.json: at $.format: 'peerled-group/2' is not a format this version reads"
                + " (peerled-group/1)");
  }

  @Test
  void should_name_the_json_path_of_a_value_of_the_wrong_type() {
    String text = PeerFiles.writeGroup(group()).replace("\"tuesday\"", "7");

    assertThatThrownBy(() -> PeerFiles.readGroup("g.json", text))
        .isInstanceOf(PeerFileException.class)
        .satisfies(
            e -> {
              PeerFileException p = (PeerFileException) e;
              assertThat(p.file()).isEqualTo("g.json");
              assertThat(p.path()).isEqualTo("$.groupId");
              assertThat(p.getMessage()).startsWith("g.json: at $.groupId (line ");
            });
  }

  @Test
  void should_report_people_a_session_names_that_the_group_does_not_list() {
    SessionFile session =
        ImmutableSessionFile.builder()
            .format(SessionFile.FORMAT)
            .sessionId(SessionId.of("s1"))
            .facilitator(MemberId.of("ana"))
            .addContributions(
                ImmutableContributionEntry.builder()
                    .author(MemberId.of("carl"))
                    .text("Hello")
                    .build(),
                ImmutableContributionEntry.builder()
                    .author(MemberId.of("bob"))
                    .text(" ")
                    .replyTo(2)
                    .build())
            .build();

    List<Violation> problems = PeerFiles.problems(session, group());

    assertThat(problems)
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("UNKNOWN_MEMBER", "$.contributions[0].author"),
            org.assertj.core.groups.Tuple.tuple("BLANK_TEXT", "$.contributions[1].text"),
            org.assertj.core.groups.Tuple.tuple("REPLY_NOT_EARLIER", "$.contributions[1].replyTo"));
  }
}
