package io.github.peerled.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.EndorseFoundingGuidelines;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Java quick start, compiled and run; the README must show exactly this code. */
class ReadmeQuickStartTest {
  GroupState quickStart() {
    // README-BEGIN
    GroupEngine engine = GroupEngine.ofDefaults();
    GroupState group = GroupState.initial(GroupId.of("town-hall-diabetes"));
    var profile =
        GroupProfile.builder()
            .name("Town Hall Diabetes Peer Group")
            .purpose("We share what helps us live well with diabetes.")
            .topic("diabetes")
            .addFormats(MeetingFormat.FACE_TO_FACE, MeetingFormat.ONLINE)
            .openTo("anyone living with diabetes")
            .build();
    var found =
        FoundGroup.builder()
            .actor(MemberId.of("alice"))
            .profile(profile)
            .addFounders(FoundingMember.of("alice", "Alice"), FoundingMember.of("bob", "Bob"))
            .addDraft(Clause.of("sharing", "We share our own experience; we do not give advice."))
            .build();
    group = engine.apply(group, found).state();
    for (String founder : List.of("alice", "bob")) { // every founder endorses the draft
      var endorse =
          EndorseFoundingGuidelines.builder().actor(MemberId.of(founder)).revision(1).build();
      group = engine.apply(group, endorse).state();
    }
    System.out.println(group.guidelinesInForce().orElseThrow().clauses());
    // README-END
    return group;
  }

  @Test
  void should_adopt_the_founding_guidelines_as_the_readme_says() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    GroupState group;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      group = quickStart();
    } finally {
      System.setOut(out);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("We share our own experience");
    assertThat(group.guidelinesInForce()).isPresent();
    assertThat(group.guidelinesInForce().orElseThrow().number()).isEqualTo(1);
    assertThat(group.version()).isEqualTo(4);
  }

  @Test
  void should_show_exactly_this_code_in_the_readme() throws IOException {
    assertThat(ReadmeBlocks.readme()).contains(ReadmeBlocks.marked(ReadmeQuickStartTest.class));
  }
}
