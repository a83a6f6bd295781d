package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.examples.cli.LabelledSession.Label;
import io.github.peerled.rules.Severity;
import io.github.peerled.rules.Signpost;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelledSessionTest {
  private static final String HEAD =
      """
      # A diabetes group meets online.
      @member ana FOUNDING_MEMBER Ana Lopez
      @member ben MEMBER Ben
      @facilitator ana
      """;

  private static LabelledSession parse(String text) {
    return LabelledSession.parse("dir/x.session", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void should_read_every_line_type() {
    LabelledSession s =
        parse(
            """
            # A diabetes group meets online.
            @topic medical genetics
            @member ana FOUNDING_MEMBER Ana Lopez
            @member ben MEMBER Ben
            @member cy NEWCOMER Cy
            @member nur ADVISOR Nurse Kay
            @facilitator ana
            @attendees ana ben cy
            @signpost CRISIS | Samaritans | 116 123
            @signpost INFORMATION | Leaflet
            @myth cinnamon | cinnamon cures diabetes | cinnamon cure*; cures diabetes \
            | INFORMATION Diabetes UK | diabetes.org.uk
            @myth okra | okra water | okra water
            @faq travel | Flying with insulin | faq/travel | fly with insulin; airport security
            @bind everyone-counts quietAfter=5 nameQuiet=true

            09:05 ana OTHER: Welcome back, everyone.
            09:07 ben REQUEST_FOR_SUPPORT: Could someone help: my lows wake me at night.
            => everyone-counts NUDGE
            09:08 cy RESPONSE>2: Ben, that sounds hard: what time do they come?
            09:10 nur QUESTION>3: Is it ok if I add something?
            => sharing-not-advice INFO
            => safety INTERVENE
            => end everyone-counts INFO
            """);
    assertThat(s.name).isEqualTo("x");
    assertThat(s.topic).contains("medical genetics");
    assertThat(s.members)
        .extracting(m -> m.id().value(), m -> m.standing(), m -> m.displayName().orElse(""))
        .containsExactly(
            tuple("ana", Standing.FOUNDING_MEMBER, "Ana Lopez"),
            tuple("ben", Standing.MEMBER, "Ben"),
            tuple("cy", Standing.NEWCOMER, "Cy"),
            tuple("nur", Standing.ADVISOR, "Nurse Kay"));
    assertThat(s.facilitator).contains(MemberId.of("ana"));
    assertThat(s.attendees)
        .containsExactly(MemberId.of("ana"), MemberId.of("ben"), MemberId.of("cy"));
    assertThat(s.signposts)
        .containsExactly(
            Signpost.of(Signpost.Kind.CRISIS, "Samaritans", "116 123"),
            io.github.peerled.rules.ImmutableSignpost.builder()
                .kind(Signpost.Kind.INFORMATION)
                .label("Leaflet")
                .build());
    assertThat(s.myths).hasSize(2);
    assertThat(s.myths.get(0).claim()).isEqualTo("cinnamon cures diabetes");
    assertThat(s.myths.get(0).phrases()).containsExactly("cinnamon cure*", "cures diabetes");
    assertThat(s.myths.get(0).resource())
        .contains(Signpost.of(Signpost.Kind.INFORMATION, "Diabetes UK", "diabetes.org.uk"));
    assertThat(s.myths.get(1).resource()).isEmpty();
    assertThat(s.faq)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.title()).isEqualTo("Flying with insulin");
              assertThat(f.link()).isEqualTo("faq/travel");
              assertThat(f.phrases()).containsExactly("fly with insulin", "airport security");
            });
    assertThat(s.bindings)
        .containsExactly(
            new LabelledSession.Binding(
                14, "everyone-counts", Map.of("quietAfter", "5", "nameQuiet", "true")));
    assertThat(s.contributions).hasSize(4);
    Contribution c3 = s.contributions.get(2);
    assertThat(c3.number()).isEqualTo(3);
    assertThat(c3.author()).isEqualTo(MemberId.of("cy"));
    assertThat(c3.kind()).isEqualTo(ContributionKind.RESPONSE);
    assertThat(c3.replyTo()).hasValue(2);
    assertThat(c3.text()).isEqualTo("Ben, that sounds hard: what time do they come?");
    assertThat(c3.at()).isEqualTo(Instant.parse("2025-03-04T09:08:00Z"));
    assertThat(s.contributions.get(0).replyTo()).isEmpty();
    assertThat(s.labels)
        .containsExactly(
            new Label(18, 2, "everyone-counts", Severity.NUDGE),
            new Label(21, 4, "sharing-not-advice", Severity.INFO),
            new Label(22, 4, "safety", Severity.INTERVENE),
            new Label(23, 0, "everyone-counts", Severity.INFO));
    assertThat(s.labels.get(3).end()).isTrue();
  }

  @Test
  void should_skip_a_byte_order_mark_and_carriage_returns() {
    LabelledSession s = parse("\uFEFF@member ana MEMBER Ana\r\n10:00 ana SHARING: Hi.\r\n");
    assertThat(s.contributions)
        .singleElement()
        .satisfies(c -> assertThat(c.text()).isEqualTo("Hi."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " ~ ",
      quoteCharacter = '`',
      value = {
        "10:00 zed SHARING: Hello. ~ 5 ~ unknown member 'zed'",
        "@facilitator zed ~ 5 ~ unknown member 'zed'",
        "@attendees ana zed ~ 5 ~ unknown member 'zed'",
        "10:00 ana ADVICE: Hello. ~ 5 ~ unknown KIND 'ADVICE'",
        "10:00 ana SHARING>1: Hello. ~ 5 ~ '>1' must point to an earlier contribution, and this"
            + " is the first",
        "10:00 ana SHARING>x: Hello. ~ 5 ~ '>x' must point to an earlier contribution",
        "=> safety NUDGE ~ 5 ~ a label before any contribution",
        "@member ben MEMBER Ben again ~ 5 ~ member 'ben' is declared twice",
        "@member cy GUEST Cy ~ 5 ~ unknown standing 'GUEST'",
        "@signpost HOTLINE | Samaritans | 116 123 ~ 5 ~ unknown signpost kind 'HOTLINE'",
        "@myth m | claim |  ~ 5 ~ part 3 of ID | claim | phrase; phrase",
        "@faq f | title | link | ; ~ 5 ~ an FAQ entry needs at least one phrase",
        "@bind safety graphic ~ 5 ~ 'graphic' is not key=value",
        "@colour blue ~ 5 ~ unknown line '@colour'",
        "@topic ~ 5 ~ @topic needs a value",
        "25:00 ana SHARING: Late. ~ 5 ~ '25:00' is not a time HH:MM",
        "10:00 ana SHARING:   ~ 5 ~ the contribution's text is empty",
        "hello there ~ 5 ~ not a contribution 'HH:MM AUTHOR KIND[>N]: text'",
      })
  void should_name_file_line_and_what_is_wrong(String line, int lineNo, String what) {
    assertThatThrownBy(() -> parse(HEAD + line + "\n"))
        .isInstanceOf(LabelledSession.FormatError.class)
        .hasMessageStartingWith("dir/x.session:" + lineNo + ": ")
        .hasMessageContaining(what);
  }

  @Test
  void should_reject_a_label_of_unknown_category_or_severity_and_a_forward_reply() {
    String body = HEAD + "10:00 ana SHARING: Hello.\n";
    assertThatThrownBy(() -> parse(body + "=> advice NUDGE\n"))
        .hasMessageStartingWith("dir/x.session:6: unknown category 'advice': use one of crisis");
    assertThatThrownBy(() -> parse(body + "=> safety LOUD\n"))
        .hasMessage("dir/x.session:6: unknown severity 'LOUD': use INFO, NUDGE or INTERVENE");
    assertThatThrownBy(() -> parse(body + "=> end safety\n"))
        .hasMessageStartingWith("dir/x.session:6: a label is '=> CATEGORY SEVERITY'");
    assertThatThrownBy(() -> parse(body + "10:01 ben RESPONSE>3: Yes.\n"))
        .hasMessage("dir/x.session:6: '>3' must point to an earlier contribution (1 to 1)");
  }

  @Test
  void should_name_the_line_of_bytes_that_are_not_utf8() {
    byte[] bytes = (HEAD + "10:00 ana SHARING: caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> LabelledSession.parse("x.session", bytes))
        .hasMessage("x.session:5: the text is not valid UTF-8");
  }
}
