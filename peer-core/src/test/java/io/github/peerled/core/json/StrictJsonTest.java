package io.github.peerled.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peerled.core.command.CommentOnProposal;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.LeaveGroup;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.internal.Ceilings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON reader is strict: a field given twice, a value of the wrong JSON type, a null where a
 * value is needed, bytes that are not UTF-8 and documents past the reading limits are refused with
 * the JSON path and a plain reason. A leading byte-order mark is skipped, in text and in files.
 */
class StrictJsonTest {
  @TempDir Path dir;

  private static JsonInputException refused(String json, Class<?> type) {
    JsonInputException e =
        catchThrowableOfType(
            JsonInputException.class, () -> PeerledJson.read(json, type, "in.json"));
    assertThat(e).as("%s is refused", abbreviated(json)).isNotNull();
    return e;
  }

  private static JsonInputException refusedCommand(String json) {
    return refused(json, GroupCommand.class);
  }

  private static String q(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static String abbreviated(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  private static final String LEFT =
      "{'type':'MemberLeft','sequence':1,'groupId':'g','actor':'ana',"
          + "'at':'2026-01-05T18:30:00Z','member':'ana'}";

  @Test
  void should_refuse_a_field_given_twice_naming_it() {
    JsonInputException e = refusedCommand(q("{'type':'LeaveGroup','actor':'ana','actor':'ben'}"));

    assertThat(e.path()).isEqualTo("$.actor");
    assertThat(e.reason()).isEqualTo("duplicate field 'actor'");
    assertThat(e.getMessage())
        .isEqualTo("in.json: at $.actor (line 1, column 43): duplicate field 'actor'");
  }

  @Test
  void should_refuse_a_field_given_twice_deep_in_the_document() {
    JsonInputException e =
        refusedCommand(
            q(
                "{'type':'DraftProposal','actor':'a','proposalId':'p','title':'t','content':"
                    + "{'baseVersion':1,'kind':'guidelines','baseVersion':2,'changes':[]}}"));

    assertThat(e.path()).isEqualTo("$.content.baseVersion");
    assertThat(e.reason()).isEqualTo("duplicate field 'baseVersion'");
  }

  @Test
  void should_refuse_true_where_text_is_expected() {
    JsonInputException e =
        refusedCommand(q("{'type':'CommentOnProposal','actor':'a','proposalId':'p','text':true}"));

    assertThat(e.path()).isEqualTo("$.text");
    assertThat(e.reason()).isEqualTo("expected text, found true");
  }

  @Test
  void should_refuse_an_empty_string_where_the_number_of_a_reply_is_expected() {
    JsonInputException e =
        refusedCommand(
            q(
                "{'type':'RecordContribution','actor':'a','sessionId':'s','text':'hi',"
                    + "'replyTo':''}"));

    assertThat(e.path()).isEqualTo("$.replyTo");
    assertThat(e.reason()).isEqualTo("expected a whole number, found ''");
  }

  @Test
  void should_refuse_a_number_where_optional_text_is_expected() {
    JsonInputException e =
        refusedCommand(
            q("{'type':'TakeStance','actor':'a','proposalId':'p','kind':'AGREE','reason':3.5}"));

    assertThat(e.path()).isEqualTo("$.reason");
    assertThat(e.reason()).isEqualTo("expected text, found 3.5");
  }

  @Test
  void should_refuse_numbers_given_as_text() {
    JsonInputException whole =
        refusedCommand(q("{'type':'JoinGroup','actor':'a','acknowledgedVersion':'5'}"));
    assertThat(whole.path()).isEqualTo("$.acknowledgedVersion");
    assertThat(whole.reason()).isEqualTo("expected a whole number, found '5'");

    JsonInputException sequence =
        refused(q(LEFT.replace("'sequence':1", "'sequence':'1'")), GroupEvent.class);
    assertThat(sequence.path()).isEqualTo("$.sequence");
    assertThat(sequence.reason()).isEqualTo("expected a whole number, found '1'");

    String settings = PeerledJson.write(GovernanceSettings.ofDefaults());
    JsonInputException fraction =
        refused(
            settings.replaceFirst("\"quorum\":[0-9.]+", "\"quorum\":\"0.5\""),
            GovernanceSettings.class);
    assertThat(fraction.path()).matches("\\$\\.procedures\\.[A-Z_]+\\.quorum");
    assertThat(fraction.reason()).isEqualTo("expected a number, found '0.5'");
  }

  @Test
  void should_refuse_true_or_false_given_as_text_or_as_a_number() {
    String comment = "{'type':'CommentOnProposal','actor':'a','proposalId':'p','text':'t',";

    JsonInputException text = refusedCommand(q(comment + "'recommendation':'true'}"));
    assertThat(text.path()).isEqualTo("$.recommendation");
    assertThat(text.reason()).isEqualTo("expected true or false, found 'true'");

    JsonInputException number = refusedCommand(q(comment + "'recommendation':1}"));
    assertThat(number.path()).isEqualTo("$.recommendation");
    assertThat(number.reason()).isEqualTo("expected true or false, found 1");
  }

  @Test
  void should_refuse_an_id_or_an_enum_given_as_another_kind_of_value() {
    JsonInputException id = refusedCommand(q("{'type':'LeaveGroup','actor':true}"));
    assertThat(id.path()).isEqualTo("$.actor");
    assertThat(id.reason()).isEqualTo("expected a text value (MemberId), found true");

    JsonInputException enumeration =
        refusedCommand(q("{'type':'TakeStance','actor':'a','proposalId':'p','kind':1}"));
    assertThat(enumeration.path()).isEqualTo("$.kind");
    assertThat(enumeration.reason())
        .isEqualTo("expected one of [AGREE, CONCERN, ABSTAIN, OBJECT, DISAGREE], found 1");

    JsonInputException empty =
        refusedCommand(q("{'type':'TakeStance','actor':'a','proposalId':'p','kind':''}"));
    assertThat(empty.path()).isEqualTo("$.kind");
    assertThat(empty.reason()).startsWith("'' is not one of [");
  }

  @Test
  void should_refuse_an_instant_or_a_duration_given_as_a_number() {
    JsonInputException at =
        refused(
            q(LEFT.replace("'at':'2026-01-05T18:30:00Z'", "'at':1767637800")), GroupEvent.class);
    assertThat(at.path()).isEqualTo("$.at");
    assertThat(at.reason()).isEqualTo("expected text (an ISO-8601 instant), found 1767637800");

    String settings = PeerledJson.write(GovernanceSettings.ofDefaults());
    JsonInputException period =
        refused(
            settings.replaceFirst("\"newcomerPeriod\":\"[^\"]+\"", "\"newcomerPeriod\":86400"),
            GovernanceSettings.class);
    assertThat(period.path()).isEqualTo("$.newcomerPeriod");
    assertThat(period.reason()).isEqualTo("expected text (an ISO-8601 duration), found 86400");
  }

  @Test
  void should_still_read_a_whole_number_where_a_fraction_is_expected() {
    String settings =
        PeerledJson.write(GovernanceSettings.ofDefaults())
            .replaceAll("\"quorum\":[0-9.]+", "\"quorum\":1");

    GovernanceSettings s = PeerledJson.read(settings, GovernanceSettings.class, "in.json");

    assertThat(PeerledJson.write(s)).contains("\"quorum\":1.0").doesNotContain("\"quorum\":0");
  }

  @Test
  void should_name_the_element_of_an_array_that_is_null() {
    JsonInputException e =
        refusedCommand(
            q("{'type':'StartSession','actor':'a','sessionId':'s','attendees':['b',null]}"));

    assertThat(e.path()).isEqualTo("$.attendees[1]");
    assertThat(e.reason()).isEqualTo("expected a text value (MemberId), found null");
  }

  @Test
  void should_name_a_required_field_given_as_null() {
    JsonInputException e = refusedCommand(q("{'type':'LeaveGroup','actor':null}"));

    assertThat(e.path()).isEqualTo("$.actor");
    assertThat(e.reason()).isEqualTo("expected a text value (MemberId), found null");
  }

  @Test
  void should_read_null_for_an_optional_field_as_absent() {
    GroupCommand c =
        PeerledJson.read(
            q("{'type':'TakeStance','actor':'a','proposalId':'p','kind':'AGREE','reason':null}"),
            GroupCommand.class,
            "in.json");

    assertThat(PeerledJson.write(c)).doesNotContain("reason");
  }

  @Test
  void should_skip_a_leading_byte_order_mark_in_text_and_in_files() throws Exception {
    String json = q("{'type':'LeaveGroup','actor':'ana'}");
    Path file = dir.resolve("bom.json");
    Files.writeString(file, "\uFEFF" + json); // UTF-8: the bytes EF BB BF, then the JSON

    LeaveGroup fromText = (LeaveGroup) PeerledJson.read("\uFEFF" + json, GroupCommand.class, "t");
    LeaveGroup fromFile = (LeaveGroup) PeerledJson.read(file, GroupCommand.class);

    assertThat(fromText.actor()).isEqualTo(MemberId.of("ana"));
    assertThat(fromFile).isEqualTo(fromText);
    assertThat(PeerledJson.readText(file)).isEqualTo(json);
  }

  @Test
  void should_refuse_a_byte_order_mark_that_is_not_the_first_character() throws Exception {
    Path file = dir.resolve("two-boms.json");
    Files.writeString(file, "\uFEFF\uFEFF" + q("{'type':'LeaveGroup','actor':'ana'}"));
    JsonInputException inFile =
        catchThrowableOfType(
            JsonInputException.class, () -> PeerledJson.read(file, GroupCommand.class));
    assertThat(inFile.reason()).startsWith("not valid JSON: Unexpected character ('\\ufeff'");

    JsonInputException twice =
        refusedCommand("\uFEFF\uFEFF" + q("{'type':'LeaveGroup','actor':'ana'}"));
    JsonInputException inside = refusedCommand(q("{'type':'LeaveGroup',\uFEFF'actor':'ana'}"));

    assertThat(twice.path()).isEqualTo("$");
    assertThat(twice.reason()).startsWith("not valid JSON: ");
    assertThat(twice.column()).isEqualTo(1);
    assertThat(inside.reason()).startsWith("not valid JSON: ");
  }

  @Test
  void should_name_the_file_line_and_column_of_bytes_that_are_not_utf8() throws Exception {
    Path file = dir.resolve("latin1.json");
    // ISO-8859-1: the é is the single byte E9, which is not UTF-8
    Files.writeString(
        file,
        q("{'type':'CommentOnProposal','actor':'a',\n'proposalId':'p','text':'café'}\n"),
        StandardCharsets.ISO_8859_1);

    JsonInputException e =
        catchThrowableOfType(
            JsonInputException.class, () -> PeerledJson.read(file, GroupCommand.class));

    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.path()).isEqualTo("$.text");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(29);
    assertThat(e.reason()).isEqualTo("not valid UTF-8 (byte 0xe9)");
  }

  @Test
  void should_refuse_a_25_mb_comment_by_the_path_of_its_field() throws Exception {
    String text = "a".repeat(25_000_000);
    String json =
        q("{'type':'CommentOnProposal','actor':'a','proposalId':'p','text':'") + text + "\"}";
    Path file = dir.resolve("huge.json");
    Files.writeString(file, json);

    JsonInputException fromText = refusedCommand(json);
    JsonInputException fromFile =
        catchThrowableOfType(
            JsonInputException.class, () -> PeerledJson.read(file, GroupCommand.class));

    for (JsonInputException e : new JsonInputException[] {fromText, fromFile}) {
      assertThat(e.path()).isEqualTo("$.text");
      assertThat(e.reason()).isEqualTo("text of more than 1000000 characters");
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(65);
    }
  }

  @Test
  void should_read_text_of_exactly_the_ceiling_and_refuse_one_more_character() {
    String head = q("{'type':'CommentOnProposal','actor':'a','proposalId':'p','text':'");
    String atCeiling = head + "é".repeat(Ceilings.MAX_TEXT_LENGTH) + "\"}";
    String past = head + "é".repeat(Ceilings.MAX_TEXT_LENGTH + 1) + "\"}";

    CommentOnProposal c =
        (CommentOnProposal) PeerledJson.read(atCeiling, GroupCommand.class, "in.json");

    assertThat(c.text()).hasSize(Ceilings.MAX_TEXT_LENGTH);
    assertThat(refusedCommand(past).path()).isEqualTo("$.text");
  }

  @Test
  void should_refuse_a_document_nested_10000_deep_plainly() {
    String arrays = "[".repeat(10_000) + "]".repeat(10_000);
    // the type comes last, so the reader holds everything before it
    String objects =
        "{\"x\":".repeat(10_000) + "1" + "}".repeat(10_000 - 1) + q(",'type':'LeaveGroup'}");

    JsonInputException untyped = refused(arrays, Object.class);
    JsonInputException command = refusedCommand(objects);

    assertThat(untyped.reason()).isEqualTo("nested more than 64 levels deep");
    assertThat(untyped.path()).isEqualTo("$" + "[0]".repeat(64));
    assertThat(command.reason()).isEqualTo("nested more than 64 levels deep");
    assertThat(command.path()).isEqualTo("$" + ".x".repeat(64));
  }
}
