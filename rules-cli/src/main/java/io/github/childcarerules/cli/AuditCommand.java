package io.github.childcarerules.cli;

import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.Auditor;
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

/** {@code audit FILE}: where a coordinating office's decisions depart from its policy (§10). */
@Command(
    name = "audit",
    description = {
      "Audits a coordinating office's actual decisions (JSON allocation scenario whose"
          + " boardDecisions are what the board decided and lettersSent the letters sent)"
          + " against the allocation policy: the departures with their evidence, then the"
          + " recommendations the board has yet to decide.",
      "Exit status: 0 no departure, 1 a departure (or the scenario has an ERROR: its report is"
          + " printed), 2 unusable input."
    })
final class AuditCommand implements Callable<Integer> {
  private final StandardStreams streams;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  CommonOptions common;

  @Parameters(paramLabel = "FILE", description = "The scenario (JSON), or - for standard input.")
  String file = "";

  @Option(names = "--json", description = "Print the audit (or the report) as JSON.")
  boolean json;

  AuditCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Scenario scenario = Inputs.document(file, streams.in(), ChildcareJson::readScenario);
    try {
      return Auditor.audit(scenario).fold(this::report, this::audit);
    } catch (IllegalArgumentException e) {
      // a date the scenario would make the library write past 9999-12-31: unusable input
      throw new UnusableInputException(file, String.valueOf(e.getMessage()));
    }
  }

  /** A scenario with an {@code ERROR}: nothing audited, its report printed. */
  private Integer report(ValidationReport report) {
    streams.out().println(Renderer.of(json, common.language.locale()).scenarioReport(report));
    return ExitStatus.FINDING;
  }

  /** The audit, written as it is produced: no whole document in memory. */
  private Integer audit(AuditResult audit) {
    Locale locale = common.language.locale();
    PrintStream out = streams.out();
    if (json) {
      ChildcareJson.writeAudit(audit, locale, out);
      out.println();
    } else {
      audit.writeText(locale, out::println);
    }
    return audit.isClean() ? ExitStatus.DONE : ExitStatus.FINDING;
  }
}
