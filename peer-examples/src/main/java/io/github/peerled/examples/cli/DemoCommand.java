package io.github.peerled.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code peer demo}: runs a complete scenario and tells its story. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the demo scenario.")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.println("Peerled demo");
    return 0;
  }
}
