package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioJsonTest {

  @Test
  void should_read_back_what_it_writes() {
    Scenario s = Scenarios.busy();
    String json = PeerledJson.write(s);
    assertThat(PeerledJson.read(json, Scenario.class, "test")).isEqualTo(s);
  }

  @Test
  void should_fill_in_the_defaults_of_a_minimal_scenario() {
    Scenario s =
        PeerledJson.read(
            "{\"name\": \"min\", \"arms\": [{\"label\": \"go\", \"policies\": [{\"name\":"
                + " \"go-round\"}]}]}",
            Scenario.class,
            "test");
    assertThat(s.group().size()).isEqualTo(12);
    assertThat(s.turnsPerSession()).isEqualTo(120);
    assertThat(s.arms()).containsExactly(PolicyArm.of("go", PolicySpec.of("go-round")));
  }

  @Test
  void should_name_the_path_of_an_unknown_policy() {
    String json =
        "{\"arms\": [{\"label\": \"none\"}, {\"label\": \"x\", \"policies\": [{\"name\":"
            + " \"go-rond\"}]}]}";
    assertThatThrownBy(() -> PeerledJson.read(json, Scenario.class, "s.json"))
        .isInstanceOf(JsonInputException.class)
        .satisfies(
            e -> {
              JsonInputException j = (JsonInputException) e;
              assertThat(j.source()).isEqualTo("s.json");
              assertThat(j.path()).isEqualTo("$.arms[1].policies[0]");
              assertThat(j.reason()).contains("unknown policy 'go-rond'").contains("go-round");
            });
  }

  @Test
  void should_name_the_path_of_a_bad_parameter() {
    String json =
        "{\"arms\": [{\"label\": \"x\", \"policies\": [{\"name\": \"sharing-not-advice\","
            + " \"parameters\": {\"complience\": 0.5}}]}]}";
    assertThatThrownBy(() -> PeerledJson.read(json, Scenario.class, "s.json"))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.arms[0].policies[0]")
        .hasMessageContaining("no parameter 'complience'");
  }

  @Test
  void should_reject_a_probability_out_of_range() {
    assertThatThrownBy(
            () ->
                PeerledJson.read(
                    "{\"behaviour\": {\"attendance\": 1.5}}", Scenario.class, "s.json"))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.behaviour")
        .hasMessageContaining("attendance must be a probability");
  }

  @Test
  void should_read_groups_of_any_size_up_to_the_engines_limit() {
    // given scenarios of 65, 2,000 and 10,000 members, the last one with the engine's limit
    for (int size : new int[] {65, 2_000, GroupSpec.MAX_SIZE}) {
      String json =
          "{\"group\": {\"size\": "
              + size
              + ", \"newcomers\": 5}, \"arms\": [{\"label\": \"none\"}]}";
      // when read, then the group has its size
      assertThat(PeerledJson.read(json, Scenario.class, "s.json").group().size()).isEqualTo(size);
    }
  }

  @Test
  void should_name_the_limit_and_the_path_of_an_absurd_group_size() {
    // given a group one member past the limit, and one of a billion
    for (String size : new String[] {"10001", "1000000000"}) {
      String json = "{\"group\": {\"size\": " + size + "}, \"arms\": [{\"label\": \"none\"}]}";
      // when read / then
      assertThatThrownBy(() -> PeerledJson.read(json, Scenario.class, "s.json"))
          .isInstanceOf(JsonInputException.class)
          .satisfies(
              e -> {
                JsonInputException j = (JsonInputException) e;
                assertThat(j.path()).isEqualTo("$.group");
                assertThat(j.reason())
                    .isEqualTo(
                        "size must be 1 to 10000 (the engine's limit on the members of a"
                            + " group), was "
                            + size);
              });
    }
  }

  @Test
  void should_list_the_built_in_policies() {
    assertThat(FacilitationPolicies.names())
        .containsAll(
            List.of(
                "go-round",
                "invite-the-quiet",
                "none",
                "respond-to-requests-first",
                "safety",
                "sharing-not-advice"));
  }
}
