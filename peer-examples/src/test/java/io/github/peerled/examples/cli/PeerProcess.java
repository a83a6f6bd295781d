package io.github.peerled.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * Runs the {@code peer} tool as a separate process, as a user would, or in this JVM through {@link
 * PeerCommand#commandLine()} (what {@code main} runs), and captures its output and exit code.
 */
final class PeerProcess {
  record Run(int exitCode, String out, String err) {}

  private PeerProcess() {}

  static Run run(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PeerCommand.class.getName());
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("peer " + String.join(" ", args) + " did not finish");
    }
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  static Run inThisJvm(String... args) {
    return inThisJvm(new java.io.ByteArrayInputStream(new byte[0]), args);
  }

  /** Runs in this JVM with the given standard input, which a file named {@code -} reads. */
  static Run inThisJvm(java.io.InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = PeerCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = Inputs.with(in, () -> cl.execute(args));
    return new Run(code, out.toString(), err.toString());
  }
}
