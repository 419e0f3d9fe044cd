package io.github.childcarerules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.Auditor;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.vavr.collection.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Java block of docs/guide/report.md, as the page shows it, run on the bundled examples. */
class ReportsReadmeTest {
  @Test
  void theGuidesSnippetDrawsUpEachPage() {
    ParentChildRecord record = Examples.record("valid-two-agreements.json");
    List<CoverageRow> rows = Examples.coverageTable();
    Scenario scenario = Examples.scenario("allocation/girouette.json");

    // README snippet: report-pages — spotless:off
    String recordPage = Reports.record(record, Locale.ENGLISH);          // ParentChildRecord
    String coveragePage = Reports.coverage(rows, Locale.CANADA_FRENCH);   // Seq<CoverageRow>, TOTAL row included

    AllocationResult run = Allocator.allocate(scenario).toEither()      // Left(report) on an ERROR
        .getOrElseThrow(report -> new IllegalArgumentException(report.toString()));
    String allocationPage = Reports.allocation(run, scenario, Locale.FRENCH);
    AuditResult audit = Auditor.audit(scenario).toEither()
        .getOrElseThrow(report -> new IllegalArgumentException(report.toString()));
    String auditPage = Reports.audit(audit, run, scenario, Locale.FRENCH);
    // README snippet end — spotless:on

    assertThat(recordPage).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">");
    assertThat(coveragePage).contains("<html lang=\"fr\">", "RATE_MISMATCH");
    assertThat(allocationPage).contains("data-grid=\"B1\"", "data-letter=\"CONFIRMATION\"");
    assertThat(auditPage).contains("class=\"departure\"", "data-grid=\"B1\"");
  }
}
