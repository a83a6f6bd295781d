package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.privacy.PersonalDataExport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member's copy of their personal data, before and after they are forgotten. */
class PersonalDataExportTest {
  @TempDir Path dir;

  private static List<String> values(String export) {
    JsonNode root = PeerledJson.read(export, JsonNode.class, "export");
    List<String> out = new ArrayList<>();
    root.get("values")
        .forEach(v -> out.add(v.get("field").asText() + "=" + v.get("value").asText()));
    return out;
  }

  @Test
  void should_export_every_personal_value_of_the_member_and_nothing_of_others() {
    try (JsonLinesEventStore s =
        JsonLinesEventStore.builder(dir)
            .durability(Durability.NO_FORCE)
            .memberKeys(MemberKeyStore.inMemory())
            .build()) {
      ForgetStory story = new ForgetStory(s).told();

      String export = PersonalDataExport.of(s, ForgetStory.GROUP, ForgetStory.QUILL);

      assertThat(values(export))
          .containsExactly(
              "displayName=" + ForgetStory.NAME,
              "contribution.text=" + ForgetStory.SAID,
              "text=" + ForgetStory.COMMENT,
              "reason=" + ForgetStory.REASON);
      assertThat(export).doesNotContain("Thank you for telling us");

      story.forget();
      assertThat(values(PersonalDataExport.of(s, ForgetStory.GROUP, ForgetStory.QUILL)))
          .hasSize(4)
          .allSatisfy(v -> assertThat(v).endsWith("=" + PersonalData.REMOVED));
    }
  }
}
