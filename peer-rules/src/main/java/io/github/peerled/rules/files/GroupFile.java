package io.github.peerled.rules.files;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.rules.GroupResources;
import java.util.List;
import org.immutables.value.Value;

/**
 * A group as an integrator describes it in JSON ({@code "format": "peerled-group/1"}): its profile,
 * governance settings, people, guidelines in force, and the resources its rules point to. Immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupFile.class)
@JsonDeserialize(as = ImmutableGroupFile.class)
public interface GroupFile {
  /** The format this version of Peerled reads and writes. */
  String FORMAT = "peerled-group/1";

  /**
   * Returns the format and its version.
   *
   * @return {@value #FORMAT}
   */
  String format();

  /**
   * Returns the group's id.
   *
   * @return the id
   */
  GroupId groupId();

  /**
   * Returns the group's profile.
   *
   * @return the profile
   */
  GroupProfile profile();

  /**
   * Returns the governance settings.
   *
   * @return the settings; the defaults unless set
   */
  @Value.Default
  default GovernanceSettings governance() {
    return GovernanceSettings.ofDefaults();
  }

  /**
   * Returns the people in the group, founders first.
   *
   * @return the members
   */
  List<MemberEntry> members();

  /**
   * Returns the guidelines in force.
   *
   * @return the guidelines
   */
  GuidelinesEntry guidelines();

  /**
   * Returns the resources the group's rules point to.
   *
   * @return the resources; none unless set
   */
  @Value.Default
  default GroupResources resources() {
    return GroupResources.ofDefaults();
  }
}
