package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peerled.rules.detect.Detectors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassifyCommandTest {
  record Run(int exit, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, count());
    }

    private int count() {
      return (int) out.chars().filter(c -> c == '\n').count();
    }
  }

  static Run run(byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    InputStream in = new ByteArrayInputStream(input);
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == ClassifyCommand.class) {
              return cls.cast(new ClassifyCommand(in, out, errStream));
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    CommandLine cl = new CommandLine(new PeerCommand(), factory);
    cl.setErr(
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(errStream, StandardCharsets.UTF_8), true));
    cl.setOut(
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(errStream, StandardCharsets.UTF_8), true));
    String[] all = new String[args.length + 1];
    all[0] = "classify";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = cl.execute(all);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String input, String... args) {
    return run(input.getBytes(StandardCharsets.UTF_8), args);
  }

  @Test
  void should_write_one_tsv_line_per_input_line() {
    // given
    String input =
        "honestly just stop eating bread\n\nwhat helped me was cutting carbs\nhow did that feel?\n";

    // when
    Run r = run(input);

    // then
    assertThat(r.exit()).isZero();
    assertThat(r.lines()).hasSize(4);
    assertThat(r.lines().get(0)).startsWith("advice\t").contains("advice:imperative@14-18\"stop\"");
    assertThat(r.lines().get(1)).isEqualTo("other\t1.000\t-");
    assertThat(r.lines().get(2)).startsWith("sharing\t");
    assertThat(r.lines().get(3)).startsWith("question\t");
    for (String line : r.lines()) {
      String[] f = line.split("\t", -1);
      assertThat(f).hasSize(3);
      assertThat(f[1]).matches("[01]\\.\\d{3}");
    }
  }

  @Test
  void should_handle_crlf_a_missing_final_newline_a_bom_and_tabs_inside_the_text() {
    // when
    Run r = run("\uFEFFYou should\tcall your doctor.\r\nI called my doctor");

    // then
    assertThat(r.exit()).isZero();
    assertThat(r.lines()).hasSize(2);
    assertThat(r.lines().get(0)).startsWith("advice\t");
    assertThat(r.lines().get(0).split("\t", -1)).hasSize(3);
    assertThat(r.lines().get(1)).startsWith("sharing\t");
  }

  @Test
  void should_write_json_objects_with_span_offsets() throws IOException {
    // given
    String text = "Have you tried a \"CGM\"?";

    // when
    Run r = run(text + "\n", "--format", "json");

    // then
    assertThat(r.exit()).isZero();
    JsonNode n = new ObjectMapper().readTree(r.lines().get(0));
    assertThat(n.get("label").asText()).isEqualTo("advice");
    assertThat(n.get("confidence").asDouble())
        .as("the Java API's confidence for the same line, to three decimals")
        .isCloseTo(Detectors.defaultDetector().classify(text).confidence(), within(0.0005));
    boolean found = false;
    for (JsonNode s : n.get("spans")) {
      String spanText = text.substring(s.get("start").asInt(), s.get("end").asInt());
      assertThat(s.get("text").asText()).isEqualTo(spanText);
      found |= s.get("label").asText().equals("advice");
    }
    assertThat(found).isTrue();
  }

  @Test
  void should_exit_2_and_name_the_line_on_invalid_utf8() {
    // given: line 3 holds a lone continuation byte
    byte[] input = {'o', 'k', '\n', 'f', 'i', 'n', 'e', '\n', 'b', (byte) 0x80, 'd', '\n'};

    // when
    Run r = run(input);

    // then
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not valid UTF-8").contains("line 3");
    assertThat(r.lines()).hasSize(2);
  }

  @Test
  void should_exit_2_on_bad_arguments() {
    assertThat(run("x\n", "--format", "xml").exit()).isEqualTo(2);
    assertThat(run("x\n", "--format", "xml").err()).contains("--format");
    assertThat(run("x\n", "--no-such-option").exit()).isEqualTo(2);
  }

  @Test
  void should_classify_the_first_million_chars_of_a_longer_line_and_say_so() {
    // given: line 2 is sharing for a million chars, then advice
    StringBuilder line = new StringBuilder();
    while (line.length() < 1_000_000) {
      line.append("I walked after dinner and my numbers came down. ");
    }
    line.setLength(1_000_000);
    line.append(" You should take 2 units of insulin.");

    // when
    Run r = run("how did that feel?\n" + line + "\nthat sounds so hard\n");

    // then
    assertThat(r.exit()).isZero();
    assertThat(r.lines()).hasSize(3);
    assertThat(r.lines().get(1)).startsWith("sharing\t");
    assertThat(r.err().lines())
        .containsExactly(
            "peer classify: line 2 has 1000036 characters; only the first 1000000 were"
                + " classified");
  }

  @Test
  void should_stream_a_million_lines_with_one_output_line_each() {
    // given
    String[] texts = {
      "honestly just stop eating bread",
      "what helped me was cutting carbs at breakfast",
      "",
      "how did that feel?",
      "that sounds so hard"
    };
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 1_000_000; i++) {
      sb.append(texts[i % texts.length]).append('\n');
    }

    // when
    Run r = run(sb.toString());

    // then
    assertThat(r.exit()).isZero();
    assertThat(r.out().chars().filter(c -> c == '\n').count()).isEqualTo(1_000_000);
    assertThat(r.out()).startsWith("advice\t");
  }

  @Test
  void should_run_as_a_separate_process(@TempDir Path dir) throws Exception {
    // given
    Path input = dir.resolve("in.txt");
    Files.writeString(input, "Cut back the caffeine.\nI cut back the caffeine.\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                PeerCommand.class.getName(),
                "classify")
            .redirectInput(input.toFile());

    // when
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    // then
    assertThat(p.exitValue()).isZero();
    assertThat(out.split("\n", -1)).hasSize(3);
    assertThat(out).startsWith("advice\t").contains("\nsharing\t");
  }
}
