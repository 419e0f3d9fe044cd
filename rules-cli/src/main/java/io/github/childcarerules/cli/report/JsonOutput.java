package io.github.childcarerules.cli.report;

import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.json.UnusableInput;
import io.vavr.collection.Seq;
import java.util.Locale;

/**
 * {@code --json}: FORMAT.md's validation report, its JSON Lines form and the catalogue, as
 * rules-json writes them (single documents indented, batch lines compact).
 */
record JsonOutput(Locale locale) implements Renderer {
  @Override
  public String report(ValidationReport report) {
    return ChildcareJson.writeReport(report, locale);
  }

  @Override
  public String scenarioReport(ValidationReport report) {
    return report(report);
  }

  @Override
  public String batchResult(long line, ValidationReport report) {
    return ChildcareJson.writeReportLine(line, report, locale);
  }

  @Override
  public String batchError(long line, String error) {
    return ChildcareJson.writeErrorLine(line, new UnusableInput(error));
  }

  @Override
  public String catalogue(Seq<Rule> rules) {
    return ChildcareJson.writeCatalogue(rules, locale);
  }
}
