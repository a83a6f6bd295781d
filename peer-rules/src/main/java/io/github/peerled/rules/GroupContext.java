package io.github.peerled.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who is in a session: the group's members, the facilitator and co-facilitator, and who attends.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupContext.class)
@JsonDeserialize(as = ImmutableGroupContext.class)
public interface GroupContext {
  /**
   * Returns the group's members, in the order they joined.
   *
   * @return the members
   */
  List<Member> members();

  /**
   * Returns the session's facilitator.
   *
   * @return the facilitator, if known
   */
  Optional<MemberId> facilitator();

  /**
   * Returns the session's co-facilitator.
   *
   * @return the co-facilitator, if any
   */
  Optional<MemberId> coFacilitator();

  /**
   * Returns who attends the session, in the order given.
   *
   * @return the attendees; empty to mean every active member
   */
  List<MemberId> attendees();

  /**
   * Returns the group's own topic, named when a finding asks to bring the group back to it.
   *
   * @return the topic, for example {@code medical genetics}; empty when not known
   */
  Optional<String> topic();

  /**
   * Returns the members by id.
   *
   * @return the map, in join order
   */
  @JsonIgnore
  @Value.Lazy
  default Map<MemberId, Member> byId() {
    Map<MemberId, Member> m = new LinkedHashMap<>();
    for (Member x : members()) {
      m.put(x.id(), x);
    }
    return m;
  }

  /**
   * Returns who is expected to take part: the attendees if given, otherwise every active peer
   * (advisors and guests attend to listen and advise, and are not counted as quiet).
   *
   * @return the members, in order
   */
  @JsonIgnore
  @Value.Lazy
  default List<MemberId> expected() {
    if (!attendees().isEmpty()) {
      return attendees();
    }
    List<MemberId> out = new ArrayList<>();
    for (Member m : members()) {
      if (m.isActivePeer()) {
        out.add(m.id());
      }
    }
    return out;
  }

  /**
   * Tells whether someone facilitates the session (as facilitator or co-facilitator).
   *
   * @param id the member
   * @return true for the facilitator and co-facilitator
   */
  default boolean facilitates(MemberId id) {
    return facilitator().filter(id::equals).isPresent()
        || coFacilitator().filter(id::equals).isPresent();
  }

  /**
   * Returns the name to use for someone in a message.
   *
   * @param id the member
   * @return the display name, or the id
   */
  default String nameOf(MemberId id) {
    Member m = byId().get(id);
    return m == null ? id.value() : m.displayName().orElse(id.value());
  }

  /**
   * Returns the context of a session of a group.
   *
   * @param state the group's state
   * @param session the session
   * @return the context
   */
  static GroupContext of(GroupState state, Session session) {
    return ImmutableGroupContext.builder()
        .members(state.members().values())
        .facilitator(session.facilitator())
        .coFacilitator(session.coFacilitator())
        .attendees(session.attendees())
        .topic(state.profile().map(p -> p.topic()))
        .build();
  }
}
