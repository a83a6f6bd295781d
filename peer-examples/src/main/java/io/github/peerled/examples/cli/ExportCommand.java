package io.github.peerled.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.PersonalDataExport;
import io.github.peerled.core.store.EventStore;
import io.github.peerled.core.store.JsonLinesEventStore;
import io.github.peerled.core.store.StoreRecordException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peer export}: a member's copy of the personal data a store holds about them. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the personal data an event store holds about one member of a group: every value"
          + " marked personal (the name they joined under, what they said, their comments, the"
          + " reasons of their stances), each with its event, as JSON. A value erased at their"
          + " request or expired under the group's retention setting reads as such.",
      "The store is a directory of the file store, whose key file (member.keys) it opens, or a"
          + " jdbc:postgresql: URL (user and password as for migrate), whose key tables it opens;"
          + " --keys names another key file.",
      "Exit codes: 0 written, 2 bad input (a store that cannot be reached or read, an unknown"
          + " group or member, sealed values without their keys)."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--store",
      required = true,
      paramLabel = "STORE",
      description = "The store: a directory of the file store or a jdbc:postgresql: URL.")
  String store = "";

  @Option(names = "--group", required = true, paramLabel = "GROUP", description = "The group's id.")
  String group = "";

  @Option(
      names = "--member",
      required = true,
      paramLabel = "MEMBER",
      description = "The member's id.")
  String member = "";

  @Option(
      names = "--keys",
      paramLabel = "FILE",
      description =
          "The member key file (default: member.keys in the store's directory; the key tables"
              + " of a database).")
  @Nullable Path keys;

  @Option(
      names = "--format",
      paramLabel = "json|text",
      description = "Output format: json (default) or text (one value a line).")
  String format = "json";

  @Mixin Output output = new Output();

  @Override
  public Integer call() {
    Formats.check(format);
    GroupId groupId = id("--group", () -> GroupId.of(group));
    MemberId memberId = id("--member", () -> MemberId.of(member));
    Path keyFile = keys;
    if (keyFile != null && !Files.isRegularFile(keyFile)) {
      throw new InputProblem("--keys " + keyFile + ": no such file");
    }
    String where = "--store " + StoreLocation.shown(store);
    String json;
    try (EventStore s =
        StoreLocation.open(
            "--store", store, false, keyFile == null ? null : MemberKeyStore.inFile(keyFile))) {
      List<GroupEvent> log = s.read(groupId);
      if (log.isEmpty()) {
        throw new InputProblem(where + ": has no group " + group);
      }
      if (log.stream().noneMatch(e -> e.actor().equals(memberId))) {
        throw new InputProblem(
            "--member " + member + ": never acted in group " + group + " of " + where);
      }
      json = PersonalDataExport.of(groupId, memberId, log);
    } catch (UncheckedIOException e) {
      throw new InputProblem(where + ": " + StoreLocation.reason(e), e);
    } catch (StoreRecordException e) {
      throw new InputProblem(where + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new InputProblem(
          (keyFile == null ? where : "--keys " + keyFile) + ": " + e.getMessage(), e);
    }
    JsonNode root = PeerledJson.read(json, JsonNode.class, "export");
    for (JsonNode v : root.path("values")) {
      String value = v.path("value").asText();
      if (value.startsWith("peerled-sealed:") || value.startsWith("peerled-retained:")) {
        throw new InputProblem(
            where
                + ": event "
                + v.path("sequence").asLong()
                + ", field "
                + v.path("field").asText()
                + ": the value is sealed and no key opens it here"
                + (keyFile == null && !StoreLocation.isDatabase(store)
                    ? " (the directory has no " + JsonLinesEventStore.KEY_FILE + ")"
                    : "")
                + "; name the key file with --keys");
      }
    }
    try (Output.Sink sink = output.open(spec.commandLine().getOut())) {
      print(sink.out, root, json);
    }
    return 0;
  }

  private void print(PrintWriter out, JsonNode root, String json) {
    if (format.equals("json")) {
      out.println(json);
      return;
    }
    for (JsonNode v : root.path("values")) {
      out.println(
          v.path("sequence").asLong()
              + " "
              + v.path("at").asText()
              + " "
              + v.path("event").asText()
              + " "
              + v.path("field").asText()
              + ": "
              + v.path("value").asText());
    }
    out.println(root.path("values").size() + " personal values of " + member + " in " + group);
  }

  private static <T> T id(String option, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new InputProblem(option + ": " + e.getMessage(), e);
    }
  }
}
