package io.github.peerled.examples.cli;

import io.github.peerled.rules.AnalyzedContribution;
import io.github.peerled.rules.FindingSink;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.Parameter;
import io.github.peerled.rules.Rule;
import io.github.peerled.rules.RuleParameters;
import io.github.peerled.rules.RuleRegistry;
import io.github.peerled.rules.RuleSession;
import io.github.peerled.rules.Severity;
import io.github.peerled.rules.SuggestedAction;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule for testing the evaluation: it raises exactly the findings written in the text as markers
 * {@code {ID SEVERITY}} (about this contribution), {@code {ID SEVERITY n m}} (also about
 * contributions n and m), {@code {ID crisis SEVERITY}} (checking safety) and {@code {ID end
 * SEVERITY}} (raised when the session ends). With {@code silent=true} it raises nothing.
 */
final class MarkerRule implements Rule {
  static final Parameter<Boolean> SILENT = Parameter.ofBoolean("silent", "Raise nothing.", false);

  private final String id;

  MarkerRule(String id) {
    this.id = id;
  }

  /** A registry of marker rules for safety, everyone-counts and sharing-not-advice only. */
  static RuleRegistry registry() {
    return RuleRegistry.builder()
        .add(new MarkerRule("safety"))
        .add(new MarkerRule("everyone-counts"))
        .add(new MarkerRule("sharing-not-advice"))
        .build();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return "Raises the findings its markers ask for.";
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(SILENT);
  }

  @Override
  public RuleSession startSession(RuleParameters p, GroupContext c, GroupResources r) {
    boolean silent = p.get(SILENT);
    List<Severity> atEnd = new ArrayList<>();
    return new RuleSession() {
      @Override
      public void accept(AnalyzedContribution a, FindingSink sink) {
        String text = a.text();
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
          String[] m = text.substring(open + 1, text.indexOf('}', open)).split(" ", -1);
          if (silent || !m[0].equals(id)) {
            continue;
          }
          if (m[1].equals("end")) {
            atEnd.add(Severity.valueOf(m[2]));
            continue;
          }
          boolean crisis = m[1].equals("crisis");
          int sev = crisis ? 2 : 1;
          var f =
              sink.draft(
                  Severity.valueOf(m[sev]),
                  crisis ? SuggestedAction.CHECK_SAFETY : SuggestedAction.PAUSE,
                  "Marker " + String.join(" ", m) + " at " + a.contribution().number());
          for (int i = sev + 1; i < m.length; i++) {
            f.addContributions(Integer.parseInt(m[i]));
          }
          sink.report(f.build());
        }
      }

      @Override
      public void finish(FindingSink sink) {
        for (Severity s : atEnd) {
          sink.report(sink.draft(s, SuggestedAction.BALANCE_PARTICIPATION, "End marker").build());
        }
      }
    };
  }
}
