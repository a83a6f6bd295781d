package io.github.peerled.examples.cli;

import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.guideline.ImmutableRuleBinding;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.rules.Finding;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.ImmutableGroupContext;
import io.github.peerled.rules.Rule;
import io.github.peerled.rules.RuleRegistry;
import io.github.peerled.rules.RuleSet;
import io.github.peerled.rules.SessionReview;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peer evaluate-rules}: runs the built-in facilitation rules over labelled session
 * transcripts and prints, per category, how many findings match a label (precision), how many
 * labels a finding matches (recall) and how often matched severities agree. Not thread-safe (one
 * run per instance).
 */
@Command(
    name = "evaluate-rules",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every built-in facilitation rule, with default parameters unless a session's @bind"
          + " lines say otherwise, over the labelled sessions (*.session) in DIR and prints one"
          + " row per category: sessions where it has a label or a finding, labels, findings,"
          + " findings that match a label (matched-f), labels a finding matches (matched-l),"
          + " precision, recall and severity agreement over the matched pairs; then the total.",
      "A session is held out when the first byte of SHA-256(its name) is below 86; tune the"
          + " rules on the tuning split only. A directory that holds a file named TUNING is a"
          + " tuning set whole (a held-out set retired after it was measured): --details may then"
          + " be used with --split all.",
      "Exit codes: 0 the table was printed; 1 bad input (DIR missing or without sessions, a"
          + " line of a session file that is not of the format: each named with file and line);"
          + " 2 bad arguments."
    })
final class EvaluateRulesCommand implements Callable<Integer> {
  private static final String SESSION = ".session";

  /** The file that marks a whole directory of sessions as a tuning set. */
  static final String TUNING_MARKER = "TUNING";

  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "DIR", description = "The directory of *.session files.")
  Path dir = Path.of("");

  @Option(
      names = "--split",
      paramLabel = "heldout|tuning|all",
      description = "Which sessions to score (default: all).")
  String split = "all";

  @Option(
      names = "--details",
      description =
          "Also list, per session, each missed label, each finding that matched no label and"
              + " each matched pair of different severities"
              + " (with --split tuning, or --split all on a directory marked TUNING).")
  boolean details;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Split chosen;
    try {
      chosen = Split.valueOf(split.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println(
          "peer evaluate-rules: unknown --split '" + split + "': use heldout, tuning or all");
      err.flush();
      return 2;
    }
    if (details && chosen != Split.TUNING && !(chosen == Split.ALL && isTuningSet(dir))) {
      err.println(
          "peer evaluate-rules: --details shows single sessions, which is for tuning: use it with"
              + " --split tuning, or with --split all on a directory that holds a "
              + TUNING_MARKER
              + " file");
      err.flush();
      return 2;
    }
    String report;
    try {
      report = evaluate(dir, chosen, details, RuleRegistry.ofDefaults());
    } catch (BadSessions e) {
      for (String line : String.valueOf(e.getMessage()).split("\n", -1)) {
        err.println("peer evaluate-rules: " + line);
      }
      err.flush();
      return 1;
    }
    out.print(report);
    out.flush();
    return 0;
  }

  /**
   * Tells whether a directory is a tuning set whole: it holds a {@value #TUNING_MARKER} file, put
   * there when a held-out set was measured and retired.
   */
  static boolean isTuningSet(Path dir) {
    return Files.isRegularFile(dir.resolve(TUNING_MARKER));
  }

  /** Bad input: one problem a line, each naming the file and, for a session, the line. */
  static final class BadSessions extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadSessions(List<String> problems) {
      super(String.join("\n", problems));
    }
  }

  /**
   * Reads every session of a directory, reviews those of a split and returns the report. Nothing is
   * printed: either the whole report is returned or every file's first problem is thrown.
   *
   * @param dir the directory of {@code *.session} files
   * @param split which sessions to score
   * @param details whether to add the per-session list of misses
   * @param registry the rules to bind
   * @return the report
   * @throws BadSessions if the directory cannot be read, holds no session, or a file is not of the
   *     format
   */
  static String evaluate(Path dir, Split split, boolean details, RuleRegistry registry) {
    List<Path> files = sessionFiles(dir);
    List<String> problems = new ArrayList<>();
    List<LabelledSession> sessions = new ArrayList<>();
    for (Path file : files) {
      try {
        sessions.add(LabelledSession.parse(file.toString(), Files.readAllBytes(file)));
      } catch (LabelledSession.FormatError e) {
        problems.add(String.valueOf(e.getMessage()));
      } catch (IOException e) {
        problems.add(file + ": cannot be read: " + e.getMessage());
      }
    }
    Set<String> bound = bound(registry);
    RuleScores scores = new RuleScores(bound);
    int scored = 0;
    for (LabelledSession s : sessions) {
      try {
        RuleSet rules = rules(s, registry);
        if (!split.includes(s.name) || !problems.isEmpty()) {
          continue;
        }
        SessionReview review = rules.start(context(s));
        List<Finding> during = review.acceptAll(s.contributions);
        scores.add(s, during, review.finish());
        scored++;
      } catch (LabelledSession.FormatError e) {
        problems.add(String.valueOf(e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadSessions(problems);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(
        scores.table(
            "Facilitation rules, split "
                + split.code()
                + ": "
                + scored
                + " of "
                + sessions.size()
                + " labelled sessions in "
                + dir));
    if (details) {
      sb.append('\n')
          .append("Missed labels, unmatched findings and severity disagreements, per session:\n");
      sb.append(scores.details());
    }
    return sb.toString();
  }

  private static List<Path> sessionFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadSessions(List.of(dir + ": no such directory"));
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files =
          list.filter(p -> String.valueOf(p.getFileName()).endsWith(SESSION))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new BadSessions(List.of(dir + ": cannot be listed: " + e.getMessage()));
    }
    if (files.isEmpty()) {
      throw new BadSessions(List.of(dir + ": holds no *" + SESSION + " file"));
    }
    return files;
  }

  /** The categories whose rule the registry has. */
  static Set<String> bound(RuleRegistry registry) {
    Set<String> out = new HashSet<>();
    for (String c : LabelledSession.CATEGORIES) {
      if (registry.find(c.equals("crisis") ? "safety" : c).isPresent()) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Returns the rules of a session: a clause per registered rule, its id the rule's, with default
   * parameters but for those the session's {@code @bind} lines set.
   */
  static RuleSet rules(LabelledSession s, RuleRegistry registry) {
    Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
    for (LabelledSession.Binding b : s.bindings) {
      if (registry.find(b.ruleId()).isEmpty()) {
        if (!LabelledSession.CATEGORIES.contains(b.ruleId()) || b.ruleId().equals("crisis")) {
          throw new LabelledSession.FormatError(
              s.file, b.line(), "@bind names an unknown rule '" + b.ruleId() + "'");
        }
        continue; // a rule not registered yet: its labels are reported as not bound
      }
      Map<String, String> p = parameters.computeIfAbsent(b.ruleId(), r -> new LinkedHashMap<>());
      p.putAll(b.parameters());
      var binding = ImmutableRuleBinding.builder().ruleId(b.ruleId()).parameters(p).build();
      List<Violation> wrong = registry.validate(binding, "$");
      if (!wrong.isEmpty()) {
        throw new LabelledSession.FormatError(
            s.file, b.line(), "@bind " + b.ruleId() + ": " + wrong.get(0).message());
      }
    }
    List<Clause> clauses = new ArrayList<>();
    for (Rule r : registry.rules()) {
      clauses.add(
          Clause.builder()
              .id(ClauseId.of(r.id()))
              .text(r.description().isBlank() ? r.id() : r.description())
              .rule(
                  ImmutableRuleBinding.builder()
                      .ruleId(r.id())
                      .parameters(parameters.getOrDefault(r.id(), Map.of()))
                      .build())
              .build());
    }
    GuidelineVersion v =
        ImmutableGuidelineVersion.builder()
            .number(1)
            .clauses(clauses)
            .effectiveAt(LabelledSession.DAY)
            .build();
    GroupResources resources =
        GroupResources.custom().signposts(s.signposts).myths(s.myths).faq(s.faq).build();
    return RuleSet.builder(v).registry(registry).resources(resources).build();
  }

  /** Who is in a session, from its {@code @member}, {@code @facilitator}, {@code @attendees}. */
  static GroupContext context(LabelledSession s) {
    return ImmutableGroupContext.builder()
        .members(s.members)
        .facilitator(s.facilitator)
        .attendees(s.attendees)
        .topic(s.topic)
        .build();
  }
}
