package io.github.peerled.core.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** When and where a group meets; changed by a logistics decision. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableMeetingPlan.class)
@JsonDeserialize(as = ImmutableMeetingPlan.class)
public interface MeetingPlan {
  /**
   * Returns when the group meets, in words.
   *
   * @return for example "first Tuesday of the month, 18:30"
   */
  String schedule();

  /**
   * Returns where the group meets in person, if it does.
   *
   * @return for example "Town hall, room 2"
   */
  Optional<String> place();

  /**
   * Returns how to join online, if the group meets online.
   *
   * @return for example a meeting link
   */
  Optional<String> online();

  /**
   * Returns a plan with only its schedule, no place and no online link.
   *
   * @param schedule when the group meets, in words
   * @return the plan
   */
  static MeetingPlan of(String schedule) {
    return builder().schedule(schedule).build();
  }

  /**
   * Returns a builder of {@code MeetingPlan}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * MeetingPlan meetingPlan = MeetingPlan.builder()
   *     .schedule("Tuesdays at 7 pm")
   *     .online("https://meet.example.org/living-well")
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableMeetingPlan.Builder builder() {
    return ImmutableMeetingPlan.builder();
  }
}
