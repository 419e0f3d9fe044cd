package io.github.childcarerules.report;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.github.childcarerules.report.internal.AllocationPage;
import io.github.childcarerules.report.internal.AuditPage;
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

  /**
   * An allocation run's page: for each batch, its analysis grid laid out as annex 6 (the heading
   * with the analyst and the date, sections A and B, the results, and for each provider selected
   * its identification, the items of step 2 and the confirmation), each yes/no item as the form's
   * boxes, from {@link AllocationResult#grids()} alone; then every letter of the run on a sheet of
   * its own (the office's heading, the provider's name and address when the scenario gives them,
   * the date it is due by, its subject, and its reasons read from the run: the trail events of its
   * request, the places a confirmation confirms, a decrease's outcome, the rule it cites); then a
   * chart of each sector's coverage rate against the 70 % line, with the places this run gave to
   * each sector, and where each batch's places went.
   *
   * @param result the run ({@code Allocator.allocate(scenario)})
   * @param scenario the scenario it ran on: the providers' names and addresses, the requests as
   *     entered, the sectors' figures, the analyst
   * @param locale the language of the page: English when its language is English, French otherwise
   * @return the HTML page
   * @since 0.1.0
   */
  public static String allocation(AllocationResult result, Scenario scenario, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(locale, "locale");
    return Pages.allocation(AllocationPage.of(result, scenario, Words.in(locale)));
  }

  /**
   * The page of an audit of a coordinating office's decisions (RULES.md §10): for each batch, the
   * departures of the board's decisions about it (rule id, message, evidence) and the
   * recommendations the board has yet to decide, beside the batch's analysis grid; then the
   * departures about letters and answers, and every request's real outcome in the replay.
   *
   * <p>The grids are those of {@code allocation}, §9's run of the same scenario: the grid the
   * policy has the analyst fill for each batch, the yardstick each departure is read against. The
   * audit replays §9 on what the board really authorized, so from the first departure on, a later
   * batch's grid (§9's run) and the audit's walk of it may differ; the departures are the audit's.
   *
   * @param audit the audit ({@code Auditor.audit(scenario)})
   * @param allocation §9's run of the same scenario ({@code Allocator.allocate(scenario)}), whose
   *     grids are shown
   * @param scenario the scenario: the analyst, the providers' names and addresses
   * @param locale the language of the page: English when its language is English, French otherwise
   * @return the HTML page
   * @since 0.1.0
   */
  public static String audit(
      AuditResult audit, AllocationResult allocation, Scenario scenario, Locale locale) {
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(locale, "locale");
    return Pages.audit(AuditPage.of(audit, allocation, scenario, Words.in(locale)));
  }
}
