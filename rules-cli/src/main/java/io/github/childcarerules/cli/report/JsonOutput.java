package io.github.childcarerules.cli.report;

import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.json.UnusableInput;
import io.vavr.collection.Seq;
import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code --json}: FORMAT.md's validation report, its JSON Lines form and the catalogue, as
 * rules-json writes them (single documents indented, batch lines compact), straight to the output.
 */
record JsonOutput(Locale locale) implements Renderer {
  @Override
  public void report(ValidationReport report, PrintStream out) {
    ChildcareJson.writeReport(report, locale, out);
    out.println();
  }

  @Override
  public String scenarioReport(ValidationReport report) {
    return ChildcareJson.writeReport(report, locale);
  }

  @Override
  public void batchResult(long line, ValidationReport report, PrintStream out) {
    ChildcareJson.writeReportLine(line, report, locale, out);
    out.println();
  }

  @Override
  public void batchError(long line, String error, PrintStream out) {
    ChildcareJson.writeErrorLine(line, new UnusableInput(error), out);
    out.println();
  }

  @Override
  public void catalogue(Seq<Rule> rules, PrintStream out) {
    ChildcareJson.writeCatalogue(rules, locale, out);
    out.println();
  }
}
