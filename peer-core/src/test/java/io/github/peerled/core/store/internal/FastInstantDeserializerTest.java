package io.github.peerled.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FastInstantDeserializerTest {
  @Test
  void should_read_the_forms_the_store_writes_exactly_as_instant_parse_does() {
    for (String s :
        new String[] {
          "2026-01-05T18:30:00Z",
          "1970-01-01T00:00:00Z",
          "2024-02-29T23:59:59.5Z",
          "2026-12-31T00:00:01.123456789Z",
          "1969-07-20T20:17:40.000001Z"
        }) {
      assertThat(FastInstantDeserializer.parse(s)).as(s).isEqualTo(Instant.parse(s));
    }
  }

  @Test
  void should_leave_other_forms_to_the_standard_parser() {
    assertThat(FastInstantDeserializer.parse("2026-01-05T18:30:00+01:00")).isNull();
    assertThat(FastInstantDeserializer.parse("2026-02-30T18:30:00Z")).isNull();
    assertThat(FastInstantDeserializer.parse("+12026-01-05T18:30:00Z")).isNull();
    assertThat(FastInstantDeserializer.parse("2026-01-05T18:30:00.1234567890Z")).isNull();
  }
}
