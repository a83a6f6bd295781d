package io.github.peerled.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host application compiled against the freshly built peer-core and peer-rules, with only what
 * declaring those two brings, and every lint warning an error; then run. Once as a named module on
 * the module path, once on the class path.
 */
class HostProjectsTest {
  private static final List<String> EXPECTED_OUTPUT =
      List.of("submission ACCEPTED ACCEPTED", "guidelines 1", "members 3", "label ADVICE");

  @TempDir Path classes;

  @Test
  void should_compile_and_run_a_host_module_on_the_module_path_without_a_warning()
      throws Exception {
    List<String> diagnostics =
        compile(hostSources(true), List.of("--module-path", joined(hostPath())));

    assertThat(diagnostics).isEmpty();
    assertThat(
            run(
                "--module-path",
                joined(hostPath()) + File.pathSeparator + classes,
                "--module",
                "org.example.host/org.example.host.Host"))
        .containsExactlyElementsOf(EXPECTED_OUTPUT);
  }

  @Test
  void should_compile_and_run_a_host_on_the_class_path_without_a_warning() throws Exception {
    List<String> diagnostics =
        compile(hostSources(false), List.of("--class-path", joined(hostPath())));

    assertThat(diagnostics).isEmpty();
    assertThat(
            run(
                "--class-path",
                joined(hostPath()) + File.pathSeparator + classes,
                "org.example.host.Host"))
        .containsExactlyElementsOf(EXPECTED_OUTPUT);
  }

  @Test
  void should_give_a_host_the_two_libraries_and_no_annotation_processing_jar() throws IOException {
    List<String> names = hostPath().stream().map(p -> p.toString()).toList();

    assertThat(names)
        .anyMatch(n -> n.contains("peer-core"))
        .anyMatch(n -> n.contains("peer-rules"));
    assertThat(names).noneMatch(n -> n.contains("immutables"));
  }

  private static List<Path> hostPath() throws IOException {
    String file = Files.readString(Path.of(property("peerled.host.path")), StandardCharsets.UTF_8);
    return Arrays.stream(file.strip().split(File.pathSeparator)).map(Path::of).toList();
  }

  private static List<Path> hostSources(boolean withModule) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(property("peerled.host.sources")))) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> withModule || !p.getFileName().toString().equals("module-info.java"))
          .sorted()
          .toList();
    }
  }

  private List<String> compile(List<Path> sources, List<String> pathOptions) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(pathOptions);
    options.addAll(List.of("--release", "17", "-Xlint:all", "-Werror", "-d", classes.toString()));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean compiled =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      List<String> reported =
          diagnostics.getDiagnostics().stream()
              .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
              .collect(Collectors.toList());
      if (!compiled && reported.isEmpty()) {
        reported.add("the compiler failed without a diagnostic");
      }
      return reported;
    }
  }

  private static List<String> run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(property("java.home"), "bin", "java").toString());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the host ends").isTrue();
    assertThat(process.exitValue()).as("exit status; output:%n%s", output).isZero();
    return output.lines().toList();
  }

  private static String joined(List<Path> path) {
    return path.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("system property " + name + " is not set");
    }
    return value;
  }
}
