package io.github.peerled.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code peer} command-line tool. */
@Command(
    name = "peer",
    mixinStandardHelpOptions = true,
    version = "peer 0.1.0",
    description = "Peer-led group governance: demo, review, validate, classify, simulate, replay.",
    subcommands = {
      DemoCommand.class,
      ReviewCommand.class,
      ValidateCommand.class,
      ClassifyCommand.class,
      SimulateCommand.class,
      ReplayCommand.class
    })
public final class PeerCommand implements Runnable {
  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * Returns the command line, set up so that bad input gives exit code 2 and a one-line message on
   * standard error, never a stack trace.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new PeerCommand());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof InputProblem) {
            commandLine.getErr().println("peer: " + e.getMessage());
            commandLine.getErr().flush();
            return 2;
          }
          throw e;
        });
    cl.setExitCodeExceptionMapper(e -> 2);
    return cl;
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
