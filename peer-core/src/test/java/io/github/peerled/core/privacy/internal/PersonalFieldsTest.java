package io.github.peerled.core.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The registry of personal fields is complete: every text an event can carry is either marked
 * personal or judged not personal here, with the reason; a new event or field fails this test until
 * it is one or the other.
 */
class PersonalFieldsTest {
  /** Text fields of the events that are not about one person, and why. */
  private static final Map<String, String> NOT_PERSONAL =
      Map.ofEntries(
          Map.entry("GroupProfile.name", "the group's own name"),
          Map.entry("GroupProfile.purpose", "the group's purpose"),
          Map.entry("GroupProfile.topic", "the group's topic"),
          Map.entry("GroupProfile.openTo", "who the group is for"),
          Map.entry("Clause.text", "a guideline of the group, adopted together"),
          Map.entry("AmendClause.text", "a guideline of the group, adopted together"),
          Map.entry("RuleBinding.ruleId", "the name of a facilitation rule"),
          Map.entry("RuleBinding.parameters", "a facilitation rule's settings"),
          Map.entry("ProposalDrafted.title", "the group's record of what it decided"),
          Map.entry("ProposalDrafted.rationale", "the group's record of what it decided"),
          Map.entry("MeetingPlan.schedule", "when the group meets"),
          Map.entry("MeetingPlan.place", "where the group meets"),
          Map.entry("MeetingPlan.online", "where the group meets online"),
          Map.entry("SessionScheduled.place", "where a session is held"),
          Map.entry("SessionStarted.reason", "the engine's account of the facilitator choice"),
          Map.entry("Tally.explanation", "the engine's account of a count"),
          Map.entry("ProposalDecided.outcomeStatement", "the group's record of what it decided"),
          Map.entry("ProposalRevised.title", "the group's record of what it decided"),
          Map.entry("ProposalRevised.rationale", "the group's record of what it decided"),
          Map.entry("DecisionProcedure.objectionTest", "the group's own wording of a rule"),
          Map.entry("PollOpened.question", "the group's question to itself"),
          Map.entry("PollOpened.options", "the options the group chooses among"),
          Map.entry("PollResult.explanation", "the engine's account of a count"),
          Map.entry("RoleDefinition.duties", "the group's description of a role it defines"),
          Map.entry("ActionItemAgreed.title", "the group's record of what it agreed to do"),
          Map.entry("HoldReviewed.reason", "the group's record of a review"),
          Map.entry("MemberLeft.reason", "the group's record of what it decided"),
          Map.entry("MemberPaused.reason", "the group's record of what it decided"),
          Map.entry("MembershipChange.reason", "the group's record of what it decided"),
          Map.entry("HoldReview.reason", "the group's record of what it decided"));

  @Test
  void should_mark_the_names_and_words_of_members_as_personal() {
    Map<String, List<String>> found = new TreeMap<>();
    PersonalFields.byType()
        .forEach(
            (type, fields) -> {
              if (!fields.isEmpty()) {
                found.put(
                    type.getSimpleName(),
                    fields.stream()
                        .map(f -> String.join(".", f.path()) + " of " + owner(f))
                        .toList());
              }
            });

    assertThat(found)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "GroupFounded", List.of("founders.*.displayName of id"),
                "MemberJoined", List.of("displayName of member"),
                "ProposalCommented", List.of("text of actor"),
                "StanceTaken", List.of("reason of actor"),
                "ContributionRecorded", List.of("contribution.text of author"),
                "ContributionFlagged", List.of("reason of actor")));
  }

  @Test
  void should_have_judged_every_text_field_an_event_carries() {
    assertThat(PersonalFields.unmarkedText())
        .as("text fields neither marked @PersonalData nor judged not personal in this test")
        .containsExactlyInAnyOrderElementsOf(NOT_PERSONAL.keySet());
  }

  private static String owner(PersonalFields.Field f) {
    return f.owner().isEmpty() ? "actor" : f.owner();
  }
}
