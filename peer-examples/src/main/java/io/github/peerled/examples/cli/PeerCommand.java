package io.github.peerled.examples.cli;

import io.github.peerled.core.files.PeerFileException;
import io.github.peerled.core.files.PeerledVersion;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code peer} command-line tool. */
@Command(
    name = "peer",
    mixinStandardHelpOptions = true,
    versionProvider = PeerCommand.Version.class,
    description =
        "Peer-led group governance: demo, review, validate, classify, simulate, replay,"
            + " evaluate-rules, migrate, export, merge.",
    subcommands = {
      DemoCommand.class,
      ReviewCommand.class,
      ValidateCommand.class,
      ClassifyCommand.class,
      SimulateCommand.class,
      ReplayCommand.class,
      EvaluateRulesCommand.class,
      MigrateCommand.class,
      ExportCommand.class,
      MergeCommand.class
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:findings (review) or violations (validate), each listed; bad session files"
          + " (evaluate-rules), each named with file and line; a copy that differs from its"
          + " source (migrate)",
      "2:bad input: the message names the file, the JSON path and what is wrong, one problem a"
          + " line; also an internal error, in one line that starts 'peer: internal error'"
    })
public final class PeerCommand implements Callable<Integer> {
  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code;
    try {
      code = commandLine().execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      System.err.println(internalError(e));
      code = 2;
    }
    System.exit(code);
  }

  /**
   * Returns the command line, set up so that bad input gives exit code 2 and a message on standard
   * error, one problem a line, never a stack trace. A failure that is not about the input (a bug)
   * also exits 2, with one line that starts {@code peer: internal error}.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    return withExitCodes(new CommandLine(new PeerCommand()));
  }

  /**
   * Sets a command line up to exit 2 on bad input, with the messages {@link #commandLine()} says.
   */
  static CommandLine withExitCodes(CommandLine cl) {
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof InputProblem || e instanceof PeerFileException) {
            for (String line : String.valueOf(e.getMessage()).split("\n", -1)) {
              err.println("peer: " + line);
            }
          } else {
            err.println(internalError(e));
          }
          err.flush();
          return 2;
        });
    cl.setExitCodeExceptionMapper(e -> 2);
    return cl;
  }

  private static String internalError(Throwable e) {
    return "peer: internal error (a bug in peer; please report it with the input that caused it): "
        + e.getClass().getSimpleName()
        + ": "
        + String.valueOf(e.getMessage()).replace('\n', ' ');
  }

  @Spec CommandSpec spec = CommandSpec.create();

  /** Without a command: prints the usage on standard error and exits 2. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("peer: name a command");
    spec.commandLine().usage(err);
    err.flush();
    return 2;
  }

  /** The version the build wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"peer " + PeerledVersion.current()};
    }
  }
}
