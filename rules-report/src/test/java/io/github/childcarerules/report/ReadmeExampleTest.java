package io.github.childcarerules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.vavr.collection.Seq;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The Java example of docs/guide/report.md, as written there. */
class ReadmeExampleTest {
  @Test
  void theGuidesExampleWritesAPageForARecordAndForACoverageTable() {
    ParentChildRecord record = Examples.record("invalid-agreements.json");
    Seq<CoverageRow> rows = Examples.coverageTable();
    // README snippet: report-pages — spotless:off
    String recordPage = Reports.record(record, Locale.ENGLISH);          // ParentChildRecord
    String coveragePage = Reports.coverage(rows, Locale.CANADA_FRENCH);   // Seq<CoverageRow>, TOTAL row included
    // README snippet end — spotless:on

    assertThat(Jsoup.parse(recordPage).select("html").attr("lang")).isEqualTo("en");
    assertThat(Jsoup.parse(coveragePage).select("html").attr("lang")).isEqualTo("fr");
    assertThat(Jsoup.parse(recordPage).select("script")).isEmpty();
  }
}
