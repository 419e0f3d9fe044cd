package io.github.childcarerules.cli;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.cli.report.AllocationReport;
import io.github.childcarerules.cli.report.GridReport;
import io.github.childcarerules.cli.report.Renderer;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.json.ChildcareJson;
import io.vavr.control.Validation;
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
    Validation<ValidationReport, AllocationResult> outcome =
        Allocator.allocate(Inputs.document(file, streams.in(), ChildcareJson::readScenario));
    if (outcome.isInvalid()) {
      streams
          .out()
          .println(Renderer.of(json, common.language.locale()).scenarioReport(outcome.getError()));
      return ExitStatus.FINDING;
    }
    AllocationResult result = outcome.get();
    String printed;
    if (grid) {
      printed =
          json
              ? ChildcareJson.writeGrids(result)
              : GridReport.text(result, common.language.locale());
    } else {
      printed =
          json
              ? ChildcareJson.writeAllocationResult(result)
              : AllocationReport.text(result, common.language.locale());
    }
    streams.out().println(printed);
    return ExitStatus.DONE;
  }
}
