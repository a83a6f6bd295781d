package org.example.host;

import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Detectors;

/** Founds a group, submits a command, reads the state and classifies a sentence. */
public final class Host {
  private Host() {}

  /**
   * Runs the host.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    try (GroupRuntime runtime = GroupRuntime.ofDefaults()) {
      GroupHandle group = runtime.group(GroupId.of("host-group"));
      Submission founded =
          group.submit(
              ImmutableFoundGroup.builder()
                  .actor(MemberId.of("alice"))
                  .profile(
                      ImmutableGroupProfile.builder()
                          .name("Host Group")
                          .purpose("We share what helps us live well with diabetes.")
                          .topic("diabetes")
                          .addFormats(MeetingFormat.ONLINE)
                          .openTo("anyone living with diabetes")
                          .build())
                  .addFounders(FoundingMember.of("alice", "Alice"), FoundingMember.of("bob", "Bob"))
                  .addDraft(Clause.of("sharing", "We share our own experience."))
                  .build());
      GroupState state = group.state();
      System.out.println("submission " + founded.status());
      System.out.println("version " + group.version());
      System.out.println("members " + state.members().size());
      ContributionClassifier detector = Detectors.defaultDetector();
      System.out.println("label " + detector.classify("You should stop taking your insulin.").label());
    }
  }
}
