package io.github.peerled.rules;

import io.github.peerled.core.group.ImmutableMember;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A session transcript read from a test resource: members, facilitator and contributions, one a
 * line ({@code HH:MM author KIND[>reply]: text}), after header lines for the members ({@code
 * "@member id STANDING Name"}), the facilitator ({@code "@facilitator id"}) and, optionally, who is
 * expected to take part ({@code "@attendees id id ..."}) and the group's topic ({@code "@topic
 * medical genetics"}).
 */
final class Transcript {
  static final Instant DAY = Instant.parse("2025-03-04T00:00:00Z");

  final SessionId sessionId;
  final List<Member> members = new ArrayList<>();
  final List<Contribution> contributions = new ArrayList<>();
  final List<MemberId> attendees = new ArrayList<>();
  MemberId facilitator = MemberId.of("nobody");
  @Nullable String topic;

  private Transcript(String name) {
    this.sessionId = SessionId.of(name);
  }

  static Transcript load(String name) {
    String path = "/transcripts/" + name + ".txt";
    try (InputStream in = Transcript.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no transcript " + path);
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Transcript parse(String name, String text) {
    Transcript t = new Transcript(name);
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@member ")) {
        String[] p = line.split(" ", 4);
        t.members.add(
            ImmutableMember.builder()
                .id(MemberId.of(p[1]))
                .standing(Standing.valueOf(p[2]))
                .displayName(p[3])
                .joinedAt(DAY.minusSeconds(86400 * 100))
                .acknowledgedVersion(1)
                .build());
      } else if (line.startsWith("@topic ")) {
        t.topic = line.substring(7).strip();
      } else if (line.startsWith("@attendees ")) {
        for (String id : line.substring(11).strip().split(" +", -1)) {
          t.attendees.add(MemberId.of(id));
        }
      } else if (line.startsWith("@facilitator ")) {
        t.facilitator = MemberId.of(line.substring(13).strip());
      } else {
        int colon = line.indexOf(": ");
        String[] head = line.substring(0, colon).split(" ", -1);
        String[] kind = head[2].split(">", -1);
        String[] hm = head[0].split(":", -1);
        ImmutableContribution.Builder b =
            ImmutableContribution.builder()
                .sessionId(t.sessionId)
                .number(t.contributions.size() + 1)
                .author(MemberId.of(head[1]))
                .at(
                    DAY.plusSeconds(
                        Integer.parseInt(hm[0]) * 3600L + Integer.parseInt(hm[1]) * 60L))
                .kind(ContributionKind.valueOf(kind[0]))
                .text(line.substring(colon + 2));
        if (kind.length > 1) {
          b.replyTo(Integer.parseInt(kind[1]));
        }
        t.contributions.add(b.build());
      }
    }
    return t;
  }

  GroupContext context() {
    return ImmutableGroupContext.builder()
        .members(members)
        .facilitator(facilitator)
        .topic(Optional.ofNullable(topic))
        .attendees(attendees)
        .build();
  }

  Contribution get(int number) {
    return contributions.get(number - 1);
  }
}
