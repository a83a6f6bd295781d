package io.github.peerled.examples.cli;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.InvalidGuidelinesException;
import io.github.peerled.rules.RuleSet;
import io.github.peerled.rules.ViolationCode;
import io.github.peerled.rules.files.GroupFile;
import io.github.peerled.rules.validate.GroupSetupValidator;
import io.github.peerled.rules.validate.GuidelineValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a group file before the {@code peer} command uses it, and says what is wrong in the file's
 * own terms: the validators of peer-rules speak of the {@code FoundGroup} command ({@code
 * $.founders}, {@code $.draft[2].rule}) and of a guideline version ({@code $.clauses[2]}, {@code
 * $.number}); a group file holds these as {@code $.members}, {@code $.guidelines.clauses} and
 * {@code $.guidelines.version}.
 */
final class GroupCheck {
  /** A version without clauses: its rules are those that apply whatever the guidelines say. */
  private static final GuidelineVersion NO_CLAUSES =
      ImmutableGuidelineVersion.builder().number(1).effectiveAt(Instant.EPOCH).build();

  private GroupCheck() {}

  /**
   * A group file, checked.
   *
   * @param problems what keeps the file from use, with paths into the file; empty if nothing does
   * @param guidelines the guidelines in force, if they make a valid guideline version
   * @param rules the rules of the guidelines in force, present exactly when there is no problem
   */
  record Result(
      List<Violation> problems, Optional<GuidelineVersion> guidelines, Optional<RuleSet> rules) {}

  /**
   * Checks what a group file must get right to be used at all: member ids, clause ids and resource
   * ids distinct, a guideline version from 1, rule bindings the rules know, a language the rules
   * speak.
   *
   * @param g the group file
   * @return the problems, the guidelines if they are a valid version, the rules if no problem
   */
  static Result check(GroupFile g) {
    List<Violation> out = new ArrayList<>();
    Set<MemberId> members = new HashSet<>();
    for (int i = 0; i < g.members().size(); i++) {
      MemberId id = g.members().get(i).id();
      if (!members.add(id)) {
        out.add(
            FileProblem.DUPLICATE_MEMBER.at(
                "$.members[" + i + "].id", "member " + id + " is listed twice"));
      }
    }
    distinct(g.resources().myths(), m -> m.id(), "$.resources.myths", "known myth", out);
    distinct(g.resources().faq(), f -> f.id(), "$.resources.faq", "FAQ entry", out);
    boolean spoken = speaks(g.resources());
    if (!spoken) {
      out.add(
          FileProblem.UNSUPPORTED_LANGUAGE.at(
              "$.resources.language",
              "the rules have no lexicons for language '"
                  + g.resources().language()
                  + "'; use one they have, such as 'en'"));
    }
    List<Violation> version = new ArrayList<>();
    if (g.guidelines().version() < 1) {
      version.add(
          FileProblem.GUIDELINE_VERSION.at(
              "$.guidelines.version",
              "a guideline version number starts at 1, was " + g.guidelines().version()));
    }
    for (Violation v :
        GuidelineValidator.ofDefaults()
            .validateClauses(g.guidelines().clauses(), "$.guidelines.clauses")) {
      if (v.code().equals(ViolationCode.DUPLICATE_CLAUSE.name())) {
        version.add(v);
      }
    }
    if (!version.isEmpty()) {
      out.addAll(version);
      return new Result(out, Optional.empty(), Optional.empty());
    }
    GuidelineVersion guidelines = Documents.guidelines(g);
    if (!spoken) {
      return new Result(out, Optional.of(guidelines), Optional.empty());
    }
    try {
      RuleSet rules = RuleSet.of(guidelines, g.resources());
      return new Result(
          out, Optional.of(guidelines), out.isEmpty() ? Optional.of(rules) : Optional.empty());
    } catch (InvalidGuidelinesException e) {
      for (Violation v : e.violations()) {
        out.add(moved(v, fromVersion(v.path())));
      }
      return new Result(out, Optional.of(guidelines), Optional.empty());
    }
  }

  /** Tells whether the rules have lexicons for the language of the group's resources. */
  private static boolean speaks(GroupResources resources) {
    try {
      RuleSet.of(NO_CLAUSES, resources);
      return true;
    } catch (IllegalArgumentException e) { // documented: no lexicon for the language
      return false;
    }
  }

  /**
   * Validates a group file as a set-up to found a group with, and adds what keeps it from use.
   *
   * @param g the group file
   * @param problems what {@link #check} found
   * @return every violation, each once, with paths into the file
   */
  static List<Violation> validate(GroupFile g, List<Violation> problems) {
    Set<Violation> all = new LinkedHashSet<>(problems);
    List<Integer> founders = new ArrayList<>();
    for (int i = 0; i < g.members().size(); i++) {
      if (g.members().get(i).standing() == Standing.FOUNDING_MEMBER) {
        founders.add(i);
      }
    }
    for (Violation v :
        GroupSetupValidator.ofDefaults().validate(Documents.founding(g), g.resources())) {
      all.add(moved(v, fromSetup(v.path(), founders)));
    }
    return List.copyOf(all);
  }

  private static <T> void distinct(
      List<T> entries, Function<T, String> id, String path, String what, List<Violation> out) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String key = id.apply(entries.get(i));
      if (!seen.add(key)) {
        out.add(
            FileProblem.DUPLICATE_RESOURCE.at(
                path + "[" + i + "].id", what + " id '" + key + "' is used twice"));
      }
    }
  }

  private static Violation moved(Violation v, String path) {
    return new Violation(v.code(), path, v.message(), v.reason());
  }

  /** Maps a path into a guideline version to the path of the same thing in a group file. */
  static String fromVersion(String path) {
    if (under(path, "$.clauses")) {
      return "$.guidelines.clauses" + path.substring("$.clauses".length());
    }
    if (under(path, "$.number")) {
      return "$.guidelines.version" + path.substring("$.number".length());
    }
    return path;
  }

  /**
   * Maps a path into the {@code FoundGroup} command the file makes to the path of the same thing in
   * the file: founders are the founding members among {@code $.members}, the draft is {@code
   * $.guidelines.clauses}.
   *
   * @param founders the index in {@code $.members} of each founder, in order
   */
  static String fromSetup(String path, List<Integer> founders) {
    if (under(path, "$.draft")) {
      return "$.guidelines.clauses" + path.substring("$.draft".length());
    }
    if (!under(path, "$.founders")) {
      return path;
    }
    String rest = path.substring("$.founders".length());
    int close = rest.indexOf(']');
    if (!rest.startsWith("[") || close < 2) {
      return "$.members" + rest;
    }
    int i = Integer.parseInt(rest.substring(1, close));
    return i < founders.size()
        ? "$.members[" + founders.get(i) + "]" + rest.substring(close + 1)
        : "$.members";
  }

  /** Tells whether a path is a leading path or lies under it. */
  private static boolean under(String path, String head) {
    return path.equals(head) || path.startsWith(head + ".") || path.startsWith(head + "[");
  }
}
