package io.github.peerled.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerledVersionTest {
  @Test
  void should_name_the_commit_the_build_recorded_or_unknown() {
    assertThat(PeerledVersion.commit()).matches("[0-9a-f]{40}(-dirty)?|unknown");
  }

  @Test
  void should_say_unknown_for_a_commit_the_build_could_not_learn() {
    String commit = "21fde1c2930211b0f68b5c8a372380b03b3f9972";

    assertThat(PeerledVersion.commitOf(commit)).isEqualTo(commit);
    assertThat(PeerledVersion.commitOf(commit + "-dirty")).isEqualTo(commit + "-dirty");
    assertThat(PeerledVersion.commitOf(null)).isEqualTo("unknown");
    assertThat(PeerledVersion.commitOf("${peerled.commit}")).isEqualTo("unknown");
    assertThat(PeerledVersion.commitOf("")).isEqualTo("unknown");
  }
}
