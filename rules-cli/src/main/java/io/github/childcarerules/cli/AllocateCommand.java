package io.github.childcarerules.cli;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.cli.report.Renderer;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.json.internal.UnusableInputException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code allocate FILE}: the two-step allocation of a scenario (RULES.md §9). */
@Command(
    name = "allocate",
    description = {
      "Runs the two-step allocation of subsidized places on a scenario (JSON): each batch with its"
          + " trail, every request's status and the letters due; with --grid, the analysis grid"
          + " (annex 6) of every batch instead.",
      "Exit status: 0 allocated, 1 the scenario has an ERROR (nothing allocated, the report is"
          + " printed), 2 unusable input."
    })
final class AllocateCommand implements Callable<Integer> {
  private final StandardStreams streams;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  CommonOptions common;

  @Parameters(paramLabel = "FILE", description = "The scenario (JSON), or - for standard input.")
  String file = "";

  @Option(names = "--json", description = "Print the result (or the report) as JSON.")
  boolean json;

  @Option(
      names = "--grid",
      description = "Print the analysis grid (annex 6) of every batch instead of the result.")
  boolean grid;

  AllocateCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Scenario scenario = Inputs.document(file, streams.in(), ChildcareJson::readScenario);
    try {
      return Allocator.allocate(scenario).fold(this::report, this::result);
    } catch (IllegalArgumentException e) {
      // a date the scenario would make the library write past 9999-12-31: unusable input
      throw new UnusableInputException(file, String.valueOf(e.getMessage()));
    }
  }

  /** A scenario with an {@code ERROR}: nothing allocated, its report printed. */
  private Integer report(ValidationReport report) {
    streams.out().println(Renderer.of(json, common.language.locale()).scenarioReport(report));
    return ExitStatus.FINDING;
  }

  /** The result (or the grids), written as it is produced: no whole document in memory. */
  private Integer result(AllocationResult result) {
    Locale locale = common.language.locale();
    PrintStream out = streams.out();
    if (json) {
      if (grid) {
        ChildcareJson.writeGrids(result, out);
      } else {
        ChildcareJson.writeAllocationResult(result, out);
      }
      out.println();
    } else if (grid) {
      result.writeGridsText(locale, out::println);
    } else {
      result.writeText(locale, out::println);
    }
    return ExitStatus.DONE;
  }
}
