package io.github.childcarerules.cli;

import io.github.childcarerules.cli.report.Renderer;
import io.github.childcarerules.core.rule.Rule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rules}: the rule catalogue, as a table or as JSON. */
@Command(
    name = "rules",
    description =
        "Lists the rule catalogue: every rule id with its severity, source and description.")
final class RulesCommand implements Callable<Integer> {
  private final StandardStreams streams;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  CommonOptions common;

  @Option(
      names = "--json",
      description = "Print a JSON array of {\"id\", \"severity\", \"source\", \"description\"}.")
  boolean json;

  RulesCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Renderer.of(json, common.language.locale()).catalogue(Rule.catalogue(), streams.out());
    return ExitStatus.DONE;
  }
}
