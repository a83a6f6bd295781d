package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the project's own example files (drop a field, duplicate an element, set a number to 0,
 * -1 or a huge value, put a value of another type, cut the text short) and runs {@code peer
 * validate}, {@code review}, {@code replay} and {@code simulate} on each: the exit code is 0, 1 or
 * 2, nothing prints a stack trace, and every JSON path printed about the mutated file is in it.
 */
class MutatedExamplesPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

  enum Kind {
    GROUP,
    SESSION,
    CHANGE,
    EVENT,
    SCENARIO
  }

  enum Mutation {
    DROP_FIELD,
    DROP_ELEMENT,
    DUPLICATE_ELEMENT,
    ZERO,
    MINUS_ONE,
    HUGE,
    OTHER_TYPE,
    TRUNCATE
  }

  /** Group files three times as often as the others: they have the most to check. */
  private static final List<Kind> WEIGHTED =
      List.of(
          Kind.GROUP, Kind.GROUP, Kind.GROUP, Kind.SESSION, Kind.CHANGE, Kind.EVENT, Kind.SCENARIO);

  /**
   * A mutation, the place it is made ({@code where}) and the value it puts there ({@code what}).
   */
  record Step(Mutation mutation, int where, int what) {}

  /** An example file, with the group and session files it goes with. */
  record Example(Kind kind, String text, String group, @Nullable String session) {}

  @TempDir Path dir;

  private static String read(String name) {
    try {
      return Files.readString(EXAMPLES.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  private static List<Example> examples() {
    String diabetes = example("diabetes/group.json");
    String february = example("diabetes/session-february.json");
    String forum = example("mentoring-forum/group.json");
    String thread = example("mentoring-forum/session-thread.json");
    List<Example> all = new ArrayList<>();
    all.add(new Example(Kind.GROUP, read("diabetes/group.json"), diabetes, february));
    all.add(new Example(Kind.GROUP, read("mentoring-forum/group.json"), forum, thread));
    all.add(new Example(Kind.GROUP, read("knowledge-network/group.json"), "", null));
    all.add(new Example(Kind.SESSION, read("diabetes/session-february.json"), diabetes, null));
    all.add(new Example(Kind.SESSION, read("mentoring-forum/session-thread.json"), forum, null));
    all.add(new Example(Kind.CHANGE, read("diabetes/change-problems.json"), diabetes, null));
    all.add(new Example(Kind.CHANGE, read("diabetes/change-quiet-voices.json"), diabetes, null));
    for (String name : List.of("diabetes-go-round.json", "diabetes-facilitation.json")) {
      Path scenario = Path.of("src/main/resources/scenarios").resolve(name);
      try {
        all.add(new Example(Kind.SCENARIO, Files.readString(scenario), "", null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (String event :
        PeerProcess.inThisJvm("demo", "--format", "json").out().lines().skip(1).toList()) {
      all.add(new Example(Kind.EVENT, event, "", null));
    }
    return all;
  }

  @Test
  void should_exit_0_1_or_2_without_a_trace_and_print_only_paths_in_the_file() {
    List<Example> examples = examples();
    Map<Kind, List<Example>> byKind = new EnumMap<>(Kind.class);
    List<String> log = new ArrayList<>();
    for (Example e : examples) {
      byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
      if (e.kind() == Kind.EVENT) {
        log.add(e.text());
      }
    }
    qt().withFixedSeed(20261202L)
        .withExamples(250)
        .forAll(
            integers().between(0, WEIGHTED.size() - 1).map(WEIGHTED::get),
            integers().allPositive(),
            lists()
                .of(
                    arbitrary()
                        .enumValues(Mutation.class)
                        .zip(integers().allPositive(), integers().allPositive(), Step::new))
                .ofSizeBetween(1, 2))
        .checkAssert(
            (kind, which, steps) -> {
              List<Example> ofKind = Objects.requireNonNull(byKind.get(kind));
              Example e = ofKind.get(which % ofKind.size());
              String mutated = e.text();
              for (Step step : steps) {
                mutated = mutate(mutated, step);
              }
              check(e, mutated, kind == Kind.EVENT ? log.indexOf(e.text()) : -1, log);
            });
  }

  private void check(Example e, String mutated, int line, List<String> log) {
    try {
      Path file = dir.resolve(e.kind().name().toLowerCase(java.util.Locale.ROOT) + ".json");
      List<String[]> runs = new ArrayList<>();
      switch (e.kind()) {
        case GROUP -> {
          runs.add(new String[] {"validate", file.toString()});
          if (e.session() != null) {
            runs.add(new String[] {"review", e.session(), "--group", file.toString()});
          }
        }
        case SESSION -> runs.add(new String[] {"review", file.toString(), "--group", e.group()});
        case CHANGE -> runs.add(new String[] {"validate", e.group(), file.toString()});
        case EVENT -> runs.add(new String[] {"replay", file.toString()});
        case SCENARIO ->
            runs.add(
                new String[] {
                  "simulate",
                  file.toString(),
                  "--replicates",
                  "1",
                  "--threads",
                  "1",
                  "--out",
                  dir.resolve("out").toString()
                });
      }
      String about = file.toString();
      if (e.kind() == Kind.EVENT) {
        List<String> lines = new ArrayList<>(log);
        lines.set(line, mutated);
        Files.write(file, lines);
        about = file + ":" + (line + 1);
      } else {
        Files.writeString(file, mutated);
      }
      JsonNode tree = parse(mutated);
      for (String[] args : runs) {
        PeerProcess.Run run = PeerProcess.inThisJvm(args);
        String all = run.out() + run.err();
        String what = String.join(" ", args) + " on:\n" + mutated + "\nprinted:\n" + all;

        assertThat(run.exitCode()).as(what).isIn(0, 1, 2);
        assertThat(all).as(what).doesNotContain("Exception").doesNotContain("\tat ");
        if (tree != null) {
          for (String path : PrintedPaths.of(all, about)) {
            assertThat(PrintedPaths.exists(tree, path)).as(path + " in " + what).isTrue();
          }
        }
      }
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static @Nullable JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }

  /** Applies a mutation to JSON text; text that is not JSON (cut short already) stays as it is. */
  static String mutate(String text, Step step) {
    Mutation mutation = step.mutation();
    int where = step.where();
    int what = step.what();
    if (mutation == Mutation.TRUNCATE) {
      return text.substring(0, where % Math.max(1, text.length()));
    }
    JsonNode root = parse(text);
    if (root == null) {
      return text;
    }
    List<Slot> slots = new ArrayList<>();
    slots(root, 0, slots);
    Predicate<Slot> fits =
        switch (mutation) {
          case DROP_FIELD -> s -> s.parent().isObject();
          case DROP_ELEMENT, DUPLICATE_ELEMENT -> s -> s.parent().isArray();
          case ZERO, MINUS_ONE, HUGE -> s -> s.node().isNumber();
          default -> s -> true;
        };
    List<Slot> fitting = slots.stream().filter(fits).toList();
    if (fitting.isEmpty()) {
      return text;
    }
    // first a depth, then a place at that depth: shallow places, though few, are often picked
    int depths = fitting.stream().mapToInt(Slot::depth).max().orElse(0) + 1;
    int depth = where % depths;
    while (true) {
      int d = depth;
      List<Slot> at = fitting.stream().filter(x -> x.depth() == d).toList();
      if (!at.isEmpty()) {
        fitting = at;
        break;
      }
      depth = (depth + 1) % depths;
    }
    Slot s = fitting.get(where / depths % fitting.size());
    switch (mutation) {
      case DROP_FIELD -> ((ObjectNode) s.parent()).remove(s.key());
      case DROP_ELEMENT -> ((ArrayNode) s.parent()).remove(s.index());
      case DUPLICATE_ELEMENT -> ((ArrayNode) s.parent()).insert(s.index(), s.node().deepCopy());
      case ZERO -> s.set(NODES.numberNode(0));
      case MINUS_ONE -> s.set(NODES.numberNode(-1));
      case HUGE ->
          s.set(
              List.of(
                      NODES.numberNode(2_147_483_648L),
                      NODES.numberNode(Long.MAX_VALUE),
                      NODES.numberNode(new BigDecimal("1e400")))
                  .get(what % 3));
      default ->
          s.set(
              List.<JsonNode>of(
                      NODES.textNode("x"),
                      NODES.numberNode(7),
                      NODES.booleanNode(true),
                      NODES.nullNode(),
                      NODES.arrayNode(),
                      NODES.objectNode())
                  .get(what % 6));
    }
    return root.toString();
  }

  /** A place in a document: a node, its parent, its key or index there, and its depth. */
  record Slot(JsonNode node, JsonNode parent, String key, int index, int depth) {
    void set(JsonNode value) {
      if (parent instanceof ObjectNode o) {
        o.set(key, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private static void slots(JsonNode node, int depth, List<Slot> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        out.add(new Slot(f.getValue(), node, f.getKey(), -1, depth));
        slots(f.getValue(), depth + 1, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(new Slot(node.get(i), node, "", i, depth));
        slots(node.get(i), depth + 1, out);
      }
    }
  }
}
