package io.github.peerled.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ImmutableAttendanceRecorded;
import io.github.peerled.core.event.ImmutableContributionRecorded;
import io.github.peerled.core.event.ImmutableMemberLeft;
import io.github.peerled.core.event.ImmutableStanceTaken;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.internal.Ceilings;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.session.ContributionAct;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The token-stream reader of frequent events must agree with the data binder: on any input it
 * either declines (and the binder decides) or returns exactly what the binder returns, and on what
 * the store writes it does not decline.
 */
class HotEventsTest {
  private static final ObjectMapper MAPPER = PeerledJson.newMapper();

  private enum Outcome {
    FAST_AND_EQUAL,
    DECLINED_BINDER_READ,
    DECLINED_BINDER_REFUSED
  }

  @Test
  void should_read_what_the_store_writes_exactly_as_the_binder_does() throws Exception {
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 3000; i++) {
      GroupEvent event = randomEvent(r);
      byte[] json = MAPPER.writeValueAsBytes(event);

      GroupEvent fast = HotEvents.read(RecordCodec.factory(), json, 0, json.length);

      assertThat(fast).as("read fast: %s", utf8(json)).isNotNull().isEqualTo(event);
      assertThat(RecordCodec.bind(json, 0, json.length)).isEqualTo(fast);
    }
  }

  @Test
  void should_decline_whatever_it_does_not_read_as_the_binder_would() {
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    qt().withFixedSeed(20261122L)
        .withExamples(4000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              byte[] json = mutate(randomEvent(r), r);
              @Nullable GroupEvent bound;
              try {
                bound = RecordCodec.bind(json, 0, json.length);
              } catch (Exception e) {
                bound = null;
              }

              GroupEvent fast = HotEvents.read(RecordCodec.factory(), json, 0, json.length);

              if (fast != null) {
                assertThat(bound).as("the binder reads %s", utf8(json)).isNotNull();
                assertThat(fast).as("read of %s", utf8(json)).isEqualTo(bound);
                outcomes.merge(Outcome.FAST_AND_EQUAL, 1, Integer::sum);
              } else {
                outcomes.merge(
                    bound == null ? Outcome.DECLINED_BINDER_REFUSED : Outcome.DECLINED_BINDER_READ,
                    1,
                    Integer::sum);
              }
            });
    assertThat(outcomes)
        .as("the mutations reach every outcome")
        .containsKeys(Outcome.values())
        .allSatisfy((k, v) -> assertThat(v).as("%s", k).isGreaterThan(100));
  }

  @Test
  void should_decline_other_event_types() throws Exception {
    byte[] json =
        MAPPER.writeValueAsBytes(
            ImmutableMemberLeft.builder()
                .sequence(9)
                .groupId(GroupId.of("g"))
                .actor(MemberId.of("ann"))
                .at(Instant.EPOCH)
                .member(MemberId.of("ann"))
                .build());

    assertThat(HotEvents.read(RecordCodec.factory(), json, 0, json.length)).isNull();
  }

  @Test
  void should_read_text_up_to_the_ceiling_and_refuse_longer_text_as_the_binder_does()
      throws Exception {
    GroupEvent event =
        ImmutableStanceTaken.builder()
            .sequence(3)
            .groupId(GroupId.of("g"))
            .actor(MemberId.of("ann"))
            .at(Instant.EPOCH)
            .proposalId(ProposalId.of("p"))
            .kind(StanceKind.AGREE)
            .reason("@reason@")
            .build();
    String template = MAPPER.writeValueAsString(event);
    for (int length : new int[] {Ceilings.MAX_TEXT_LENGTH, Ceilings.MAX_TEXT_LENGTH + 1}) {
      byte[] json =
          template.replace("@reason@", "é".repeat(length)).getBytes(StandardCharsets.UTF_8);

      GroupEvent fast = HotEvents.read(RecordCodec.factory(), json, 0, json.length);

      if (length <= Ceilings.MAX_TEXT_LENGTH) {
        assertThat(fast).isNotNull().isEqualTo(RecordCodec.bind(json, 0, json.length));
      } else {
        assertThat(fast).isNull();
        JsonProcessingException refused =
            catchThrowableOfType(
                JsonProcessingException.class, () -> RecordCodec.bind(json, 0, json.length));
        JsonInputException e = PeerledJson.translate("event", refused);
        assertThat(e.path()).isEqualTo("$.reason");
        assertThat(e.reason()).isEqualTo("text of more than 1000000 characters");
      }
    }
  }

  // ---- random events ----

  private static GroupEvent randomEvent(SplittableRandom r) {
    long sequence = 1 + r.nextLong(1L << 40);
    GroupId group = GroupId.of(id(r));
    MemberId actor = MemberId.of(id(r));
    Instant at = instant(r);
    return switch (r.nextInt(3)) {
      case 0 -> {
        int number = 1 + r.nextInt(100_000);
        ImmutableContribution.Builder c =
            ImmutableContribution.builder()
                .sessionId(SessionId.of(id(r)))
                .number(number)
                .author(actor)
                .at(at)
                .kind(pick(ContributionKind.values(), r))
                .text(text(r));
        if (number > 1 && r.nextBoolean()) {
          c.replyTo(1 + r.nextInt(number - 1));
        }
        if (r.nextBoolean()) {
          c.act(pick(ContributionAct.values(), r));
        }
        yield ImmutableContributionRecorded.builder()
            .sequence(sequence)
            .groupId(group)
            .actor(actor)
            .at(at)
            .contribution(c.build())
            .build();
      }
      case 1 -> {
        ImmutableStanceTaken.Builder b =
            ImmutableStanceTaken.builder()
                .sequence(sequence)
                .groupId(group)
                .actor(actor)
                .at(at)
                .proposalId(ProposalId.of(id(r)))
                .kind(pick(StanceKind.values(), r));
        if (r.nextBoolean()) {
          b.reason(text(r));
        }
        yield b.build();
      }
      default ->
          ImmutableAttendanceRecorded.builder()
              .sequence(sequence)
              .groupId(group)
              .actor(actor)
              .at(at)
              .sessionId(SessionId.of(id(r)))
              .member(MemberId.of(id(r)))
              .build();
    };
  }

  private static <T> T pick(T[] values, SplittableRandom r) {
    return values[r.nextInt(values.length)];
  }

  private static final String ID_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

  private static String id(SplittableRandom r) {
    int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 64 : 8);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(ID_CHARS.charAt(r.nextInt(ID_CHARS.length())));
    }
    return b.toString();
  }

  private static final String[] PIECES = {
    "I found",
    " walking",
    " helped",
    " é",
    " 😀",
    "\"",
    "\\",
    "\n",
    "\t",
    "\u0001",
    "日本",
    " ",
    "/",
    "\u2028"
  };

  private static String text(SplittableRandom r) {
    int n = r.nextInt(12);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private static Instant instant(SplittableRandom r) {
    long seconds = r.nextLong(-2_000_000_000L, 8_000_000_000L);
    int nanos =
        switch (r.nextInt(3)) {
          case 0 -> 0;
          case 1 -> r.nextInt(1000) * 1_000_000;
          default -> r.nextInt(1_000_000_000);
        };
    return Instant.ofEpochSecond(seconds, nanos);
  }

  // ---- mutations of the written form ----

  private static final String[] ODD_VALUES = {
    "null",
    "1",
    "-1",
    "1.5",
    "true",
    "\"x\"",
    "{}",
    "[]",
    "\"\"",
    "9999999999999999999999",
    "\"2026-01-05T18:30:00+01:00\"",
    "\"2026-01-05\"",
    "\"sharing\"",
    "\"SHOUTING\"",
    "\"AGREE\"",
    "\"ADVICE\"",
    "\"bad id\"",
    "2147483648",
    "0"
  };

  private static byte[] mutate(GroupEvent event, SplittableRandom r) {
    ObjectNode tree = MAPPER.valueToTree(event);
    ObjectNode target = tree;
    JsonNode inner = tree.get("contribution");
    boolean inContribution = inner instanceof ObjectNode && r.nextBoolean();
    if (inContribution) {
      target = (ObjectNode) inner;
    }
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = target.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    String name = names.get(r.nextInt(names.size()));
    String text;
    switch (r.nextInt(8)) {
      case 0 -> text = tree.toString();
      case 1 -> {
        target.remove(name);
        text = tree.toString();
      }
      case 2 -> {
        target.put("extra", "x");
        text = tree.toString();
      }
      case 3 -> {
        target.set(name, parse(ODD_VALUES[r.nextInt(ODD_VALUES.length)]));
        text = tree.toString();
      }
      case 4 -> {
        // the same field twice
        String whole = tree.toString();
        String again = ",\"" + name + "\":" + ODD_VALUES[r.nextInt(ODD_VALUES.length)] + "}";
        text =
            inContribution
                ? whole.replace(target.toString(), target.toString().replaceFirst("}$", again))
                : whole.substring(0, whole.length() - 1) + again;
      }
      case 5 -> {
        JsonNode type = tree.remove("type");
        tree.set("type", type);
        text = tree.toString();
      }
      case 6 -> text = tree.toString() + (r.nextBoolean() ? " 1" : "}");
      default -> {
        text = tree.toString();
        int cut = r.nextInt(text.length());
        text = text.substring(0, cut);
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
