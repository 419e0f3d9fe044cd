package io.github.childcarerules.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code childcare-rules}: names the command to run. */
@Command(
    name = "childcare-rules",
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "The regulatory rules of Quebec's subsidized childcare network (CSG records).",
      "Every command reads a file path, or - for standard input.",
      "Exit status: 0 done (and valid), 1 a finding (an ERROR, or an inconsistent coverage"
          + " table), 2 unusable input or usage."
    })
final class RootCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command (" + String.join(", ", spec.subcommands().keySet()) + "; see --help)");
  }
}
