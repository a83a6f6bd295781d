package io.github.peerled.rules.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.ImmutableClause;
import io.github.peerled.core.guideline.RuleBinding;
import io.github.peerled.core.leadership.RotationKind;
import io.github.peerled.core.leadership.RotationPolicy;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.Signpost;
import io.github.peerled.rules.ViolationCode;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class GroupSetupValidatorTest {
  private final GroupSetupValidator validator = GroupSetupValidator.ofDefaults();
  private static final GroupResources HELP =
      GroupResources.custom()
          .addSignpost(Signpost.of(Signpost.Kind.CRISIS, "the Samaritans", "116 123"))
          .build();

  private static final Clause SAFETY =
      ImmutableClause.builder()
          .id(ClauseId.of("safe"))
          .text("We keep each other safe.")
          .rule(RuleBinding.of("safety"))
          .build();

  private static ImmutableFoundGroup.Builder setup() {
    return ImmutableFoundGroup.builder()
        .actor(MemberId.of("ann"))
        .profile(
            ImmutableGroupProfile.builder()
                .name("Rare Together")
                .purpose("We share what helps us live with our condition.")
                .topic("a rare connective tissue condition")
                .addFormats(MeetingFormat.ONLINE)
                .openTo("anyone living with the condition")
                .build())
        .addFounders(FoundingMember.of("ann", "Ann"), FoundingMember.of("bo", "Bo"))
        .draft(List.of(Clause.of("kind", "We are kind."), SAFETY));
  }

  private static List<Tuple> codesAndPaths(List<Violation> v) {
    return v.stream().map(x -> tuple(ViolationCode.of(x).orElseThrow(), x.path())).toList();
  }

  @Test
  void should_accept_a_sound_set_up() {
    assertThat(validator.validate(setup().build(), HELP)).isEmpty();
  }

  @Test
  void should_need_founders_and_a_rotation_that_can_turn() {
    FoundGroup alone = setup().founders(List.of(FoundingMember.of("ann", "Ann"))).build();
    FoundGroup twice =
        setup()
            .founders(List.of(FoundingMember.of("ann", "Ann"), FoundingMember.of("ann", "A")))
            .build();
    FoundGroup nobody = setup().founders(List.of()).build();

    assertThat(codesAndPaths(validator.validate(alone, HELP)))
        .containsExactly(
            tuple(ViolationCode.TOO_FEW_FOUNDERS, "$.founders"),
            tuple(ViolationCode.ROTATION_INFEASIBLE, "$.governance.rotation"));
    assertThat(codesAndPaths(validator.validate(twice, HELP)))
        .containsExactly(
            tuple(ViolationCode.DUPLICATE_FOUNDER, "$.founders[1].id"),
            tuple(ViolationCode.ROTATION_INFEASIBLE, "$.governance.rotation"));
    assertThat(codesAndPaths(validator.validate(nobody, HELP)))
        .containsExactly(tuple(ViolationCode.NO_FOUNDERS, "$.founders"));
  }

  @Test
  void should_need_three_founders_to_rotate_pairs() {
    FoundGroup pairs =
        setup()
            .governance(
                GovernanceSettings.custom()
                    .rotation(RotationPolicy.of(RotationKind.CO_FACILITATOR_PAIRS))
                    .build())
            .build();

    assertThat(codesAndPaths(validator.validate(pairs, HELP)))
        .containsExactly(tuple(ViolationCode.ROTATION_INFEASIBLE, "$.governance.rotation"));
  }

  @Test
  void should_need_a_safety_clause_and_help_for_it_to_point_to() {
    FoundGroup noSafety = setup().draft(List.of(Clause.of("kind", "We are kind."))).build();

    assertThat(codesAndPaths(validator.validate(noSafety, HELP)))
        .containsExactly(tuple(ViolationCode.SAFETY_CLAUSE_MISSING, "$.draft"));
    assertThat(codesAndPaths(validator.validate(setup().build(), GroupResources.ofDefaults())))
        .containsExactly(tuple(ViolationCode.SAFETY_RESOURCES_MISSING, "$.resources.signposts"));
  }

  @Test
  void should_check_the_draft_guidelines() {
    FoundGroup draft =
        setup()
            .draft(
                List.of(
                    SAFETY,
                    Clause.of("who", "The clinic decides who may join."),
                    ImmutableClause.builder()
                        .id(ClauseId.of("x"))
                        .text("X.")
                        .rule(RuleBinding.of("sharing-not-advise"))
                        .build()))
            .build();

    assertThat(codesAndPaths(validator.validate(draft, HELP)))
        .containsExactly(
            tuple(ViolationCode.DECISIONS_TO_OUTSIDERS, "$.draft[1].text"),
            tuple(ViolationCode.UNKNOWN_RULE, "$.draft[2].rule.ruleId"));
  }

  @Test
  void should_report_each_clause_that_reuses_an_earlier_clause_id() {
    // the engine refuses such a draft when founding, so the validator must not call it valid
    FoundGroup draft =
        setup()
            .draft(
                List.of(
                    Clause.of("kind", "We are kind."),
                    SAFETY,
                    Clause.of("kind", "We listen."),
                    Clause.of("kind", "We take turns.")))
            .build();

    List<Violation> violations = validator.validate(draft, HELP);

    assertThat(codesAndPaths(violations))
        .containsExactly(
            tuple(ViolationCode.DUPLICATE_CLAUSE, "$.draft[2].id"),
            tuple(ViolationCode.DUPLICATE_CLAUSE, "$.draft[3].id"));
    assertThat(violations.get(0).message()).contains("'kind'");
  }
}
