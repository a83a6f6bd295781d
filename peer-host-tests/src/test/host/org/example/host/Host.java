package org.example.host;

import io.github.peerled.core.command.EndorseFoundingGuidelines;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.JoinGroup;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Detectors;

/**
 * Founds a group, endorses its guidelines, lets a newcomer join, reads the state and classifies a
 * sentence; the commands are built from their own interfaces.
 */
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
              FoundGroup.builder()
                  .actor(MemberId.of("alice"))
                  .profile(
                      GroupProfile.builder()
                          .name("Host Group")
                          .purpose("We share what helps us live well with diabetes.")
                          .topic("diabetes")
                          .addFormats(MeetingFormat.ONLINE)
                          .openTo("anyone living with diabetes")
                          .build())
                  .addFounders(FoundingMember.of("alice", "Alice"), FoundingMember.of("bob", "Bob"))
                  .addDraft(Clause.of("sharing", "We share our own experience."))
                  .build());
      for (String founder : new String[] {"alice", "bob"}) {
        group.submit(
            EndorseFoundingGuidelines.builder().actor(MemberId.of(founder)).revision(1).build());
      }
      Submission joined =
          group.submit(JoinGroup.of(MemberId.of("carol"), group.state().guidelineVersionNumber()));
      GroupState state = group.state();
      System.out.println("submission " + founded.status() + " " + joined.status());
      System.out.println("guidelines " + state.guidelineVersionNumber());
      System.out.println("members " + state.members().size());
      ContributionClassifier detector = Detectors.defaultDetector();
      System.out.println("label " + detector.classify("You should stop taking your insulin.").label());
    }
  }
}
