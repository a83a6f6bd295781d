package io.github.peerled.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code peer} command-line tool. */
@Command(
    name = "peer",
    mixinStandardHelpOptions = true,
    version = "peer 0.1.0",
    description = "Peer-led group governance: demo, review, validate, classify, simulate, replay.",
    subcommands = {DemoCommand.class, SimulateCommand.class})
public final class PeerCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new PeerCommand()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
