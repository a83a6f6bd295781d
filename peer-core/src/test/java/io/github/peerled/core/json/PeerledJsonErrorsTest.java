package io.github.peerled.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.Member;
import org.junit.jupiter.api.Test;

/** Bad JSON fails with a message that says where (source, JSON path, line, column) and why. */
class PeerledJsonErrorsTest {
  private static JsonInputException readCommand(String json) {
    return catchThrowableOfType(
        JsonInputException.class, () -> PeerledJson.read(json, GroupCommand.class, "cmd.json"));
  }

  private static String q(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void should_name_an_unknown_discriminator_and_the_known_ones() {
    JsonInputException e =
        catchThrowableOfType(
            JsonInputException.class,
            () -> PeerledJson.read(q("{'type':'GroupDissolved'}"), GroupEvent.class, "log"));

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason())
        .startsWith("unknown type 'GroupDissolved'; known types are [")
        .containsSubsequence(", AttendanceRecorded, ", ", ContributionRecorded, ", ", PollOpened, ")
        .endsWith(", StanceTaken, StandingChanged]");
    assertThat(e.getMessage()).startsWith("log: at $ (line 1, column 9): unknown type");
  }

  @Test
  void should_name_a_nested_unknown_discriminator_by_its_path() {
    JsonInputException e =
        readCommand(
            q(
                "{'type':'DraftProposal','actor':'a','proposalId':'p','title':'t',"
                    + "'content':{'kind':'guidelines','baseVersion':1,'changes':[{'op':'explode'}]}}"));

    assertThat(e.path()).isEqualTo("$.content.changes[0]");
    assertThat(e.reason())
        .isEqualTo("unknown type 'explode'; known types are [add, amend, remove, reorder]");
  }

  @Test
  void should_say_which_property_names_the_type_when_it_is_missing() {
    JsonInputException e = readCommand(q("{'actor':'alice'}"));

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason())
        .startsWith("the 'type' property that names the type is missing; known types are [")
        .contains(
            "DraftProposal, EndorseFoundingGuidelines, FlagContribution, ForgetMember, FoundGroup");
    JsonInputException content =
        readCommand(
            q(
                "{'type':'DraftProposal','actor':'a','proposalId':'p','title':'t',"
                    + "'content':{'baseVersion':1}}"));
    assertThat(content.path()).isEqualTo("$.content");
    assertThat(content.reason())
        .isEqualTo(
            "the 'kind' property that names the type is missing; known types are [governance,"
                + " guidelines, hold-review, leadership, logistics, membership, reconsideration]");
  }

  @Test
  void should_list_missing_fields() {
    JsonInputException e =
        catchThrowableOfType(
            JsonInputException.class,
            () ->
                PeerledJson.read(q("{'type':'MemberLeft','sequence':1}"), GroupEvent.class, "log"));

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason())
        .isEqualTo("missing required field(s) [groupId, actor, at, member] of MemberLeft");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(34);
  }

  @Test
  void should_name_the_expected_and_the_found_type_of_a_wrong_value() {
    JsonInputException list =
        readCommand(q("{'type':'FoundGroup','actor':'a','founders':'alice'}"));
    assertThat(list.path()).isEqualTo("$.founders");
    assertThat(list.reason()).isEqualTo("expected an array, found 'alice'");

    JsonInputException number =
        readCommand(q("{'type':'JoinGroup','actor':'a','acknowledgedVersion':[1]}"));
    assertThat(number.path()).isEqualTo("$.acknowledgedVersion");
    assertThat(number.reason()).isEqualTo("expected a whole number, found an array");

    JsonInputException flag =
        readCommand(
            q(
                "{'type':'CommentOnProposal','actor':'a','proposalId':'p','text':'t','recommendation':'yes'}"));
    assertThat(flag.path()).isEqualTo("$.recommendation");
    assertThat(flag.reason()).isEqualTo("expected true or false, found 'yes'");

    JsonInputException id = readCommand(q("{'type':'LeaveGroup','actor':5}"));
    assertThat(id.path()).isEqualTo("$.actor");
    assertThat(id.reason()).isEqualTo("expected a text value (MemberId), found 5");

    JsonInputException object = readCommand(q("{'type':'FoundGroup','actor':'a','profile':5}"));
    assertThat(object.reason()).isEqualTo("expected an object (GroupProfile), found 5");
  }

  @Test
  void should_refuse_a_fraction_where_a_whole_number_is_expected() {
    JsonInputException e =
        readCommand(q("{'type':'JoinGroup','actor':'a','acknowledgedVersion':1.5}"));

    assertThat(e.path()).isEqualTo("$.acknowledgedVersion");
    assertThat(e.reason()).isEqualTo("expected a whole number, found 1.5");
  }

  @Test
  void should_name_the_values_of_an_enum() {
    JsonInputException e =
        readCommand(
            q("{'type':'JoinGroup','actor':'a','acknowledgedVersion':1,'standing':'KING'}"));

    assertThat(e.path()).isEqualTo("$.standing");
    assertThat(e.reason())
        .isEqualTo("'KING' is not one of [FOUNDING_MEMBER, MEMBER, NEWCOMER, ADVISOR, GUEST]");
  }

  @Test
  void should_say_why_an_id_is_invalid() {
    JsonInputException e =
        readCommand(
            q("{'type':'FoundGroup','actor':'a','founders':[{'id':'alice'},{'id':'bob smith'}]}"));

    assertThat(e.path()).isEqualTo("$.founders[1].id");
    assertThat(e.reason())
        .isEqualTo("member id may hold only letters, digits, '.', '_' and '-', was \"bob smith\"");
    assertThat(readCommand(q("{'type':'LeaveGroup','actor':''}")).reason())
        .isEqualTo("member id must be 1 to 64 characters long, was \"\"");
  }

  @Test
  void should_name_an_unknown_field_and_the_known_ones() {
    JsonInputException e = readCommand(q("{'type':'LeaveGroup','actor':'a','reason':'moving'}"));

    assertThat(e.path()).isEqualTo("$.reason");
    assertThat(e.reason()).isEqualTo("unknown field 'reason'; known fields are [actor]");
  }

  @Test
  void should_refuse_text_that_is_not_json() {
    JsonInputException e = readCommand("hello");

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason())
        .isEqualTo(
            "not valid JSON: Unrecognized token 'hello': was expecting (JSON String, Number,"
                + " Array, Object or token 'null', 'true' or 'false')");
    assertThat(readCommand(q("{'type':'LeaveGroup',")).reason())
        .isEqualTo("not valid JSON: Unexpected end-of-input within/between Object entries");
  }

  @Test
  void should_refuse_trailing_content_after_the_value() {
    JsonInputException token = readCommand(q("{'type':'LeaveGroup','actor':'a'} {}"));
    JsonInputException garbage = readCommand(q("{'type':'LeaveGroup','actor':'a'} x"));
    JsonInputException brace = readCommand(q("{'type':'LeaveGroup','actor':'a'}}"));

    assertThat(token.reason()).isEqualTo("unexpected content after the JSON value");
    assertThat(garbage.reason()).isEqualTo("unexpected content after the JSON value");
    assertThat(brace.reason()).isEqualTo("unexpected content after the JSON value");
    assertThat(garbage.getMessage())
        .isEqualTo("cmd.json: at $ (line 1, column 35): unexpected content after the JSON value");
  }

  @Test
  void should_refuse_a_null_document() {
    JsonInputException e = readCommand("null");

    assertThat(e.getMessage())
        .isEqualTo("cmd.json: at $ (line 1, column 1): expected a value, found null");
  }

  @Test
  void should_report_a_structural_invariant_with_its_path() {
    JsonInputException e =
        readCommand(
            q(
                "{'type':'DraftProposal','actor':'a','proposalId':'p','title':'t',"
                    + "'content':{'kind':'guidelines','baseVersion':1,'changes':[]}}"));

    assertThat(e.path()).isEqualTo("$.content");
    assertThat(e.reason()).isEqualTo("a guideline amendment needs at least one change");
  }

  @Test
  void should_read_back_a_member_as_written() {
    String json =
        q(
            "{'id':'dana','standing':'NEWCOMER','roles':[],'joinedAt':'2026-01-05T18:30:00Z',"
                + "'acknowledgedVersion':1}");

    Member m = PeerledJson.read(json, Member.class, "member.json");

    assertThat(m.isActive()).isTrue();
    assertThat(PeerledJson.write(m)).isEqualTo(json);
  }
}
