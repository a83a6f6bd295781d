package io.github.peerled.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.internal.Ceilings;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile JSON never gets past the reader in another form: commands and events of random groups,
 * written by {@code PeerledJson.write} and then mutated (a field dropped, given twice or of another
 * JSON type, the text cut short, nested deeply, a string inflated past the ceiling, a byte-order
 * mark or bytes that are not UTF-8 put in), either read as a value that round-trips or are refused
 * with a {@link JsonInputException} whose path starts at {@code $} and whose reason is plain. No
 * other exception escapes.
 */
class JsonMutationTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final String MARK = "@@mutated@@";

  @TempDir Path dir;

  private enum Mutation {
    DROP,
    DUPLICATE,
    RETYPE,
    TRUNCATE,
    NEST,
    INFLATE,
    BYTE_ORDER_MARK,
    NOT_UTF8
  }

  private enum Outcome {
    READ,
    REFUSED
  }

  /** A document of the model and the type it is read as. */
  private record Document(String json, Class<?> type) {}

  /** A mutated document: text, or bytes to read from a file. */
  private static final class Mutated {
    final Mutation mutation;
    final String text;
    final byte[] bytes;

    Mutated(Mutation mutation, String text, byte[] bytes) {
      this.mutation = mutation;
      this.text = text;
      this.bytes = bytes;
    }

    boolean asFile() {
      return bytes.length > 0;
    }
  }

  @Test
  void should_read_or_refuse_with_a_path_every_mutation_of_commands_and_events() {
    Map<Mutation, Map<Outcome, Integer>> outcomes = new EnumMap<>(Mutation.class);
    TreeSet<String> reasons = new TreeSet<>();
    qt().withFixedSeed(20261201L)
        .withExamples(150)
        .forAll(RandomGroups.scenarios(5, 30), longs().all())
        .checkAssert(
            (scenario, seed) -> {
              List<Document> documents = new ArrayList<>();
              GroupFixture f =
                  RandomGroups.run(
                      scenario,
                      step ->
                          documents.add(
                              new Document(PeerledJson.write(step.command()), GroupCommand.class)));
              for (GroupEvent e : f.log) {
                documents.add(new Document(PeerledJson.write(e), GroupEvent.class));
              }
              SplittableRandom r = new SplittableRandom(seed);
              for (int i = 0; i < 8; i++) {
                Document d = documents.get(r.nextInt(documents.size()));
                Mutation m = Mutation.values()[r.nextInt(Mutation.values().length)];
                Mutated mutated = mutate(d, m, r);
                Outcome o = readOrRefuse(mutated, d.type(), reasons);
                outcomes
                    .computeIfAbsent(m, k -> new EnumMap<>(Outcome.class))
                    .merge(o, 1, Integer::sum);
              }
            });

    assertThat(outcomes).containsOnlyKeys(Mutation.values());
    outcomes.forEach(
        (m, byOutcome) -> assertThat(byOutcome).as("%s", m).containsKey(Outcome.REFUSED));
    // A retyped value reads only where it is a null for an optional part, too rarely for a fixed
    // sample to be sure of one; should_read_a_null_for_an_optional_part_as_absent shows it does.
    for (Mutation m : List.of(Mutation.DROP, Mutation.BYTE_ORDER_MARK)) {
      assertThat(outcomes.get(m)).as("%s", m).containsKey(Outcome.READ);
    }
    for (Mutation m :
        List.of(
            Mutation.DUPLICATE,
            Mutation.TRUNCATE,
            Mutation.NEST,
            Mutation.INFLATE,
            Mutation.NOT_UTF8)) {
      assertThat(outcomes.get(m)).as("%s", m).doesNotContainKey(Outcome.READ);
    }
    assertThat(reasons)
        .as("every kind of refusal occurs")
        .contains(
            "duplicate field",
            "nested more than 64 levels deep",
            "text of more than 1000000 characters",
            "not valid UTF-8",
            "not valid JSON",
            "expected",
            "missing required field(s)",
            "unknown field");
  }

  @Test
  void should_read_a_null_for_an_optional_part_as_absent() {
    String json =
        "{\"type\":\"TakeStance\",\"actor\":\"bob\",\"proposalId\":\"p1\","
            + "\"kind\":\"AGREE\",\"reason\":null}";

    GroupCommand read = PeerledJson.read(json, GroupCommand.class, "RETYPE");

    assertThat(read).isEqualTo(Groups.stance(Groups.BOB, "p1", StanceKind.AGREE, ""));
  }

  @Test
  void should_write_documents_far_shallower_than_the_nesting_limit() {
    int[] deepest = new int[1];
    qt().withFixedSeed(20261202L)
        .withExamples(50)
        .forAll(RandomGroups.scenarios(10, 60))
        .checkAssert(
            scenario -> {
              GroupFixture f =
                  RandomGroups.run(
                      scenario,
                      step ->
                          deepest[0] =
                              Math.max(deepest[0], depth(PeerledJson.write(step.command()))));
              deepest[0] = Math.max(deepest[0], depth(PeerledJson.write(f.state)));
              for (GroupEvent e : f.log) {
                deepest[0] = Math.max(deepest[0], depth(PeerledJson.write(e)));
              }
            });

    assertThat(deepest[0]).as("the deepest document, of a limit of 64").isBetween(3, 64 / 4);
  }

  private static int depth(String json) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return deepest;
  }

  private Outcome readOrRefuse(Mutated m, Class<?> type, Set<String> reasons) {
    String source = m.mutation.name();
    Object value;
    try {
      value = m.asFile() ? PeerledJson.read(file(m.bytes), type) : read(m.text, type, source);
    } catch (JsonInputException e) {
      assertThat(e.path()).as("%s: %s", m.mutation, e.getMessage()).startsWith("$");
      assertThat(e.reason())
          .as("%s: %s", m.mutation, e.getMessage())
          .isNotBlank()
          .doesNotContain(
              "fasterxml", "Jackson", "StreamRead", "REDACTED", "java.", "JsonToken", "\uFEFF");
      reasons.add(kindOf(e.reason()));
      return Outcome.REFUSED;
    }
    String written = PeerledJson.write(value);
    assertThat(read(written, type, "written")).as("round trip of %s", written).isEqualTo(value);
    return Outcome.READ;
  }

  private static Object read(String json, Class<?> type, String source) {
    return PeerledJson.read(json, type, source);
  }

  /** The reason up to its first detail: the kind of refusal. */
  private static String kindOf(String reason) {
    for (String kind :
        List.of(
            "duplicate field",
            "not valid UTF-8",
            "not valid JSON",
            "missing required field(s)",
            "unknown field",
            "expected")) {
      if (reason.startsWith(kind)) {
        return kind;
      }
    }
    return reason;
  }

  private Path file(byte[] bytes) {
    Path f = dir.resolve("mutated.json");
    try {
      Files.write(f, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }

  // ---- mutations ----

  private static Mutated mutate(Document d, Mutation m, SplittableRandom r) {
    JsonNode tree = parse(d.json());
    List<Slot> slots = new ArrayList<>();
    slots(tree, slots);
    Slot slot = slots.get(r.nextInt(slots.size()));
    byte[] none = new byte[0];
    return switch (m) {
      case DROP -> {
        List<Slot> fields = slots.stream().filter(s -> s.name != null).toList();
        Slot s = fields.get(r.nextInt(fields.size()));
        ((ObjectNode) s.container).remove(s.field());
        yield new Mutated(m, tree.toString(), none);
      }
      case DUPLICATE -> {
        List<Slot> fields = slots.stream().filter(s -> s.name != null).toList();
        Slot s = fields.get(r.nextInt(fields.size()));
        JsonNode again = r.nextBoolean() ? s.value() : parse(odd(r));
        ((ObjectNode) s.container).set(MARK, again);
        yield new Mutated(
            m, tree.toString().replace("\"" + MARK + "\"", "\"" + s.field() + "\""), none);
      }
      case RETYPE -> {
        String replacement = odd(r);
        while (parse(replacement).getNodeType() == slot.value().getNodeType()) {
          replacement = odd(r);
        }
        yield new Mutated(m, replaced(tree, slot, replacement), none);
      }
      case TRUNCATE -> new Mutated(m, d.json().substring(0, r.nextInt(d.json().length())), none);
      case NEST -> {
        int depth = List.of(65, 100, 10_000).get(r.nextInt(3));
        String nested =
            r.nextBoolean()
                ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        // before the type, the reader has to hold all of it until it knows the type
        yield r.nextBoolean()
            ? new Mutated(m, replaced(tree, slot, nested), none)
            : new Mutated(m, "{\"nest\":" + nested + "," + d.json().substring(1), none);
      }
      case INFLATE -> {
        List<Slot> texts = slots.stream().filter(s -> s.value().isTextual()).toList();
        Slot s = texts.isEmpty() ? slot : texts.get(r.nextInt(texts.size()));
        String huge = "\"" + "x".repeat(Ceilings.MAX_TEXT_LENGTH + 1 + r.nextInt(1000)) + "\"";
        yield new Mutated(m, replaced(tree, s, huge), none);
      }
      case BYTE_ORDER_MARK -> {
        String json = d.json();
        yield switch (r.nextInt(3)) {
          case 0 -> new Mutated(m, "\uFEFF" + json, none);
          case 1 -> {
            int at = r.nextInt(json.length() + 1);
            yield new Mutated(m, json.substring(0, at) + "\uFEFF" + json.substring(at), none);
          }
          default -> new Mutated(m, json, utf8("\uFEFF" + json));
        };
      }
      case NOT_UTF8 -> {
        byte[] json = utf8(d.json());
        byte[][] bad = {
          {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80}
        };
        int at = r.nextInt(json.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json, 0, at);
        out.writeBytes(bad[r.nextInt(bad.length)]);
        out.write(json, at, json.length - at);
        yield new Mutated(m, "", out.toByteArray());
      }
    };
  }

  /** Where a value stands: a field of an object or an element of an array. */
  private record Slot(JsonNode container, @Nullable String name, int index) {
    String field() {
      return java.util.Objects.requireNonNull(name, "a field");
    }

    JsonNode value() {
      String n = name;
      return n != null ? container.get(n) : container.get(index);
    }
  }

  private static void slots(JsonNode node, List<Slot> out) {
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        out.add(new Slot(o, e.getKey(), -1));
        slots(e.getValue(), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Slot(a, null, i));
        slots(a.get(i), out);
      }
    }
  }

  /** The document with the value at the slot replaced by the given JSON text. */
  private static String replaced(JsonNode tree, Slot slot, String json) {
    String name = slot.name;
    if (name != null) {
      ((ObjectNode) slot.container).put(name, MARK);
    } else {
      ((ArrayNode) slot.container).set(slot.index, MARK);
    }
    return tree.toString().replace("\"" + MARK + "\"", json);
  }

  private static final String[] ODD = {
    "null",
    "\"\"",
    "\"5\"",
    "5",
    "3.5",
    "-1",
    "true",
    "false",
    "[]",
    "{}",
    "[\"x\"]",
    "{\"a\":1}",
    "\"text\"",
    "\"2026-01-05T18:30:00Z\"",
    "\"P1D\"",
    "\"AGREE\"",
    "9999999999999999999999"
  };

  private static String odd(SplittableRandom r) {
    return ODD[r.nextInt(ODD.length)];
  }

  private static JsonNode parse(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
