package io.github.peerled.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.ImmutableAmendClause;
import io.github.peerled.core.guideline.RuleBinding;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.leadership.ImmutableRotationPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A bad argument to a factory of the model is an {@link IllegalArgumentException} that names the
 * argument and its allowed range; read from JSON, the same message comes with its path.
 */
class FactoryArgumentsTest {
  @Test
  void should_refuse_a_supermajority_threshold_out_of_range() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DecisionProcedure.supermajority(1.5))
        .withMessage("threshold must be a fraction in (0.5, 1], was 1.5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DecisionProcedure.supermajority(0.5))
        .withMessage("threshold must be a fraction in (0.5, 1], was 0.5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DecisionProcedure.supermajority(Double.NaN))
        .withMessage("threshold must be a fraction in (0.5, 1], was NaN");
    assertThat(DecisionProcedure.supermajority(0.75).threshold()).isEqualTo(0.75);
  }

  @Test
  void should_refuse_a_quorum_or_a_duration_out_of_range() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> ImmutableDecisionProcedure.copyOf(DecisionProcedure.majority()).withQuorum(1.5))
        .withMessage("quorum must be a fraction in [0, 1], was 1.5");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ImmutableDecisionProcedure.builder()
                    .method(DecisionMethod.CONSENT)
                    .discussionPeriod(Duration.ofDays(-1))
                    .build())
        .withMessage("discussionPeriod must be zero or longer, was PT-24H");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ImmutableDecisionProcedure.builder()
                    .method(DecisionMethod.CONSENT)
                    .deadline(Duration.ofDays(1))
                    .build())
        .withMessage("deadline must be at least discussionPeriod (PT72H), was PT24H");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GovernanceSettings.custom().newcomerPeriod(Duration.ofDays(-2)).build())
        .withMessage("newcomerPeriod must be zero or longer, was PT-48H");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableRotationPolicy.builder().maxConsecutiveTurns(0).build())
        .withMessage("maxConsecutiveTurns must be at least 1, was 0");
  }

  @Test
  void should_refuse_a_blank_clause_text_or_rule_id() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Clause.of("sharing", " "))
        .withMessage(
            "the text of clause sharing must hold at least one character that is not a space");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Clause.of("no spaces please", "We share."))
        .withMessage(
            "clause id may hold only letters, digits, '.', '_' and '-', was \"no spaces please\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Clause.bound("sharing", "We share.", ""))
        .withMessage("ruleId must hold at least one character that is not a space");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleBinding.of("\t"))
        .withMessage("ruleId must hold at least one character that is not a space");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> ImmutableAmendClause.builder().clauseId(ClauseId.of("a")).text("").build())
        .withMessage(
            "the new text of clause a must hold at least one character that is not a space");
  }

  @Test
  void should_report_the_same_plain_messages_with_their_path_when_read_from_json() {
    JsonInputException quorum =
        read(
            "{'type':'DraftProposal','actor':'a','proposalId':'p','title':'t','content':{'kind':"
                + "'governance','settings':{'procedures':{'GUIDELINES':{'method':'CONSENT',"
                + "'quorum':1.5}}}}}");
    assertThat(quorum.path()).isEqualTo("$.content.settings.procedures.GUIDELINES");
    assertThat(quorum.reason()).isEqualTo("quorum must be a fraction in [0, 1], was 1.5");

    JsonInputException blank =
        read(
            "{'type':'ReviseFoundingDraft','actor':'a','basedOnRevision':1,"
                + "'draft':[{'id':'sharing','text':'  '}]}");
    assertThat(blank.path()).isEqualTo("$.draft[0]");
    assertThat(blank.reason())
        .isEqualTo(
            "the text of clause sharing must hold at least one character that is not a space");
  }

  private static JsonInputException read(String singleQuoted) {
    return catchThrowableOfType(
        JsonInputException.class,
        () -> PeerledJson.read(singleQuoted.replace('\'', '"'), GroupCommand.class, "cmd.json"));
  }
}
