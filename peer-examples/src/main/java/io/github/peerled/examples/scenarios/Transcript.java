package io.github.peerled.examples.scenarios;

import io.github.peerled.core.command.RecordContribution;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.rules.Finding;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.RuleSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * What is said in one session of a story: each contribution is recorded in the engine three minutes
 * after the one before and told as a numbered line; at the end the group's rules review what was
 * said. Not thread-safe.
 */
final class Transcript {
  private final Telling telling;
  private final SessionId session;
  private final List<Contribution> said = new ArrayList<>();

  Transcript(Telling telling, SessionId session) {
    this.telling = telling;
    this.session = session;
  }

  void say(MemberId who, ContributionKind kind, String text) {
    record(who, kind, OptionalInt.empty(), text);
  }

  void reply(MemberId who, ContributionKind kind, int replyTo, String text) {
    record(who, kind, OptionalInt.of(replyTo), text);
  }

  private void record(MemberId who, ContributionKind kind, OptionalInt replyTo, String text) {
    telling.clock().advance(Duration.ofMinutes(3));
    telling.apply(
        RecordContribution.builder()
            .actor(who)
            .sessionId(session)
            .kind(kind)
            .replyTo(replyTo)
            .text(text)
            .build(),
        s -> {
          Contribution c = telling.lastOf(ContributionRecorded.class).contribution();
          said.add(c);
          telling.tell(
              "   #"
                  + c.number()
                  + " "
                  + who
                  + " ("
                  + kind.name().toLowerCase(Locale.ROOT)
                  + (replyTo.isPresent() ? ", replying to #" + replyTo.getAsInt() : "")
                  + "): "
                  + text);
        });
  }

  /** Tells what the rules notice in what was said, one line per finding. */
  void review(RuleSet rules) {
    Session held = telling.state().session(session).orElseThrow();
    for (Finding f : rules.review(GroupContext.of(telling.state(), held), said)) {
      telling.tell(
          "   #"
              + f.contribution()
              + " "
              + f.severity()
              + " ["
              + f.ruleId()
              + f.clauseId().map(c -> ", our guideline '" + c + "'").orElse("")
              + "] "
              + f.message()
              + " -> "
              + f.action().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
  }
}
