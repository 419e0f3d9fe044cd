package io.github.childcarerules.cli;

import io.github.childcarerules.cli.csv.CoverageCsv;
import io.github.childcarerules.cli.report.PlacesRenderer;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.coverage.CoverageTables;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coverage-audit FILE.csv} (FORMAT.md, "Coverage table"). */
@Command(
    name = "coverage-audit",
    description = {
      "Recomputes a coverage table (CSV, POL Tableau 1) and flags inconsistent rows and totals.",
      "Exit status: 0 no finding, 1 a finding, 2 unusable input or usage."
    })
final class CoverageAuditCommand implements Callable<Integer> {
  private final StandardStreams streams;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  CommonOptions common;

  @Parameters(paramLabel = "FILE.csv", description = "The table (CSV), or - for standard input.")
  String file = "";

  @Option(names = "--json", description = "Print the audit as JSON.")
  boolean json;

  CoverageAuditCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    CoverageAudit audit = CoverageTables.audit(Inputs.read(file, streams.in(), CoverageCsv::read));
    PlacesRenderer.of(json, common.language.locale()).coverageAudit(audit, streams.out());
    return audit.isConsistent() ? ExitStatus.DONE : ExitStatus.FINDING;
  }
}
