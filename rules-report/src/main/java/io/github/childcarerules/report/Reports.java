package io.github.childcarerules.report;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.github.childcarerules.report.internal.CoveragePage;
import io.github.childcarerules.report.internal.Pages;
import io.github.childcarerules.report.internal.RecordPage;
import io.github.childcarerules.report.internal.Words;
import io.vavr.collection.Seq;
import java.util.Locale;
import java.util.Objects;

/**
 * Printable pages of the library's results, each one self-contained HTML page (UTF-8): inline CSS
 * and SVG, no script, nothing fetched from the network, laid out for letter paper (a page break
 * between documents, no block split across pages). Every word comes from the library's French and
 * English texts (French unless English is asked); every value from the input is escaped, so a
 * {@code <script>} in a child's name prints as text. A page is computed from the library's own
 * results (validation, counts, audits), never decided anew.
 *
 * @since 0.1.0
 */
public final class Reports {
  private Reports() {}

  /**
   * A record's page: a timeline of every dated element (age brackets, CISSS/CIUSSS, ECP and
   * disability periods, the transitional measure, agreements and their special schedules), each
   * violation of {@code RecordValidator.validate(record)} numbered on the element and date it is
   * about, with the 28 days or the reference year that trigger a care-day warning; a bar chart of
   * the half-days its agreements plan, month by month, at the reduced and the full contribution;
   * then every element with its entered values and its violations (rule id, message, source).
   *
   * @param record the record as entered (it is validated and counted here)
   * @param locale the language of the page: English when its language is English, French otherwise
   * @return the HTML page
   */
  public static String record(ParentChildRecord record, Locale locale) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(locale, "locale");
    return Pages.record(RecordPage.of(record, Words.in(locale)));
  }

  /**
   * A coverage table's page: the table as given, with the rate the audit recomputes for each
   * sector, each finding of {@code CoverageTables.audit(table)} highlighted in the cell it is about
   * and explained under the table (the stated value, the computed one and why they differ).
   *
   * @param table the rows as read, in input order, the {@code TOTAL} row included
   * @param locale the language of the page: English when its language is English, French otherwise
   * @return the HTML page
   */
  public static String coverage(Seq<CoverageRow> table, Locale locale) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(locale, "locale");
    return Pages.coverage(CoveragePage.of(table, Words.in(locale)));
  }
}
