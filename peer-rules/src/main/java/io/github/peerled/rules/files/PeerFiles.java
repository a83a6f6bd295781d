package io.github.peerled.rules.files;

import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.files.ContributionEntry;
import io.github.peerled.core.files.CoreFiles;
import io.github.peerled.core.files.Document;
import io.github.peerled.core.files.FileFormat;
import io.github.peerled.core.files.LoggedEvent;
import io.github.peerled.core.files.PeerFileException;
import io.github.peerled.core.files.SessionFile;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.core.sim.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one entry point to Peerled's file formats: reads and writes group files, session transcripts,
 * proposed changes, simulation scenarios and event logs, as the {@code peer} tool does.
 *
 * <pre>{@code
 * GroupFile group = PeerFiles.readGroup(Path.of("group.json")).value();
 * SessionFile session = PeerFiles.readSession(Path.of("session.json")).value();
 * List<Violation> problems = PeerFiles.problems(session, group);
 * }</pre>
 *
 * <p>Every reader fails with a {@link PeerFileException} naming the file, the JSON path and the
 * reason; {@link Document#locate} maps the paths of a validator's violations onto the file. Formats
 * are described in {@link FileFormat}; their JSON Schemas are in the jars at {@link
 * FileFormat#schema()}.
 *
 * <p>Thread-safe: no state.
 */
public final class PeerFiles {
  private PeerFiles() {}

  /**
   * Reads a group file.
   *
   * @param file the file
   * @return the group, with its JSON tree
   * @throws PeerFileException if the file is missing, empty, not JSON, or not a group of format
   *     {@value GroupFile#FORMAT}
   */
  public static Document<GroupFile> readGroup(Path file) {
    return readGroup(file.toString(), CoreFiles.readText(file));
  }

  /**
   * Reads a group file's text.
   *
   * @param source the file name, or what the text is, for messages
   * @param text the JSON text
   * @return the group, with its JSON tree
   * @throws PeerFileException if the text is not a group of format {@value GroupFile#FORMAT}
   */
  public static Document<GroupFile> readGroup(String source, String text) {
    Document<GroupFile> d = CoreFiles.read(source, text, GroupFile.class);
    CoreFiles.checkFormat(source, d.value().format(), FileFormat.GROUP);
    return d;
  }

  /**
   * Writes a group file as indented JSON.
   *
   * @param group the group
   * @return the JSON text
   */
  public static String writeGroup(GroupFile group) {
    return PeerledJson.writePretty(group);
  }

  /**
   * Reads a session transcript.
   *
   * @param file the file
   * @return the session, with its JSON tree
   * @throws PeerFileException if the file is missing, empty, not JSON, or not a session of format
   *     {@value SessionFile#FORMAT}
   */
  public static Document<SessionFile> readSession(Path file) {
    return CoreFiles.readSession(file.toString(), CoreFiles.readText(file));
  }

  /**
   * Reads a proposed change ({@code peerled-change/1}, or a file without {@code format}).
   *
   * @param file the file
   * @return the change, with its JSON tree
   * @throws PeerFileException if the file is missing, empty, not JSON, or not a change
   */
  public static Document<ProposalContent> readChange(Path file) {
    return CoreFiles.readChange(file.toString(), CoreFiles.readText(file));
  }

  /**
   * Reads a simulation scenario ({@code peerled-scenario/1}, or a file without {@code format}).
   *
   * @param file the file
   * @return the scenario, with its JSON tree
   * @throws PeerFileException if the file is missing, empty, not JSON, or not a scenario
   */
  public static Document<Scenario> readScenario(Path file) {
    return CoreFiles.readScenario(file.toString(), CoreFiles.readText(file));
  }

  /**
   * Reads an event log: bare JSON lines, the same after the format line, or a file of the
   * JSON-lines event store (see {@link CoreFiles#readEventLog}).
   *
   * @param file the file
   * @return the events, each with its line
   * @throws PeerFileException if the file is missing, empty, or a line is not an event
   */
  public static List<LoggedEvent> readEventLog(Path file) {
    return CoreFiles.readEventLog(file.toString(), CoreFiles.readText(file));
  }

  /**
   * Checks a session against its group: every person it names is a member, every contribution has a
   * text, and every reply is to an earlier contribution.
   *
   * @param session the session
   * @param group its group
   * @return what is wrong, with paths into the session file (codes of {@link SessionProblem});
   *     empty if nothing is
   */
  public static List<Violation> problems(SessionFile session, GroupFile group) {
    Set<MemberId> known = new HashSet<>();
    for (MemberEntry m : group.members()) {
      known.add(m.id());
    }
    List<Violation> out = new ArrayList<>();
    session.facilitator().ifPresent(m -> known(known, m, "$.facilitator", out));
    session.coFacilitator().ifPresent(m -> known(known, m, "$.coFacilitator", out));
    for (int i = 0; i < session.attendees().size(); i++) {
      known(known, session.attendees().get(i), "$.attendees[" + i + "]", out);
    }
    for (int i = 0; i < session.contributions().size(); i++) {
      ContributionEntry c = session.contributions().get(i);
      String at = "$.contributions[" + i + "]";
      known(known, c.author(), at + ".author", out);
      if (c.text().isBlank()) {
        out.add(SessionProblem.BLANK_TEXT.at(at + ".text", "the text is blank"));
      }
      if (c.replyTo().isPresent() && (c.replyTo().getAsInt() < 1 || c.replyTo().getAsInt() > i)) {
        out.add(
            SessionProblem.REPLY_NOT_EARLIER.at(
                at + ".replyTo",
                "contribution "
                    + (i + 1)
                    + (i == 0
                        ? " is the first and cannot reply to another"
                        : " can only reply to an earlier one (1 to " + i + ")")
                    + ", not "
                    + c.replyTo().getAsInt()));
      }
    }
    return List.copyOf(out);
  }

  private static void known(Set<MemberId> known, MemberId id, String path, List<Violation> out) {
    if (!known.contains(id)) {
      out.add(
          SessionProblem.UNKNOWN_MEMBER.at(
              path, "unknown member '" + id + "'; the group file does not list them"));
    }
  }
}
