package io.github.peerled.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's dependency snippet names the two libraries at the version being built. */
class ReadmeDependencyTest {
  @Test
  void should_show_the_dependencies_a_host_declares_at_this_version() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String version = System.getProperty("peerled.version", "");

    assertThat(version).isNotBlank();
    for (String artifact : new String[] {"peer-core", "peer-rules"}) {
      assertThat(readme)
          .contains(
              "<dependency>\n"
                  + "  <groupId>io.github.peerled</groupId>\n"
                  + "  <artifactId>"
                  + artifact
                  + "</artifactId>\n"
                  + "  <version>"
                  + version
                  + "</version>\n"
                  + "</dependency>");
    }
  }
}
